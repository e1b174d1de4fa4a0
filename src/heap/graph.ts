// Reading a parsed HeapGraph the way DevTools presents it: class names, node labels, edge labels.
import type { HeapGraph } from './parse.js'

/** Node and edge type codes of one snapshot, looked up by name from its meta (-1 when absent). */
export interface TypeCodes {
  hidden: number
  array: number
  string: number
  object: number
  code: number
  closure: number
  regexp: number
  number: number
  native: number
  synthetic: number
  consString: number
  slicedString: number
  symbol: number
  bigint: number
  objectShape: number
  context: number
  element: number
  property: number
  internal: number
  hiddenEdge: number
  shortcut: number
  weak: number
}

/** The type codes of a graph, looked up once. */
export function typeCodes(g: HeapGraph): TypeCodes {
  const n = (t: string): number => g.nodeTypes.indexOf(t)
  const e = (t: string): number => g.edgeTypes.indexOf(t)
  return {
    hidden: n('hidden'),
    array: n('array'),
    string: n('string'),
    object: n('object'),
    code: n('code'),
    closure: n('closure'),
    regexp: n('regexp'),
    number: n('number'),
    native: n('native'),
    synthetic: n('synthetic'),
    consString: n('concatenated string'),
    slicedString: n('sliced string'),
    symbol: n('symbol'),
    bigint: n('bigint'),
    objectShape: n('object shape'),
    context: e('context'),
    element: e('element'),
    property: e('property'),
    internal: e('internal'),
    hiddenEdge: e('hidden'),
    shortcut: e('shortcut'),
    weak: e('weak')
  }
}

/** DevTools' class name: the constructor name for objects and native nodes, "(type)" otherwise. */
export function className(g: HeapGraph, node: number): string {
  return classNameOf(g.nodeTypes[g.nodeType[node]!], g.strings[g.nodeName[node]!]!)
}

/** className from a node type's name and the node's name. */
export function classNameOf(type: string | undefined, name: string): string {
  switch (type) {
    case 'object':
    case 'native':
      return name
    case 'hidden':
      return '(system)'
    case 'code':
      return '(compiled code)'
    case 'string':
    case 'concatenated string':
    case 'sliced string':
      return '(string)'
    default:
      return `(${type ?? 'unknown'})`
  }
}

/** Whether an edge's name field is a number (element and hidden edges) rather than a string index. */
export function edgeNameIsIndex(t: TypeCodes, type: number): boolean {
  return type === t.element || type === t.hiddenEdge
}

/** An edge as DevTools shows it: `.name` for properties, `[i]` for elements, the bare name otherwise. */
export function edgeLabel(g: HeapGraph, t: TypeCodes, edge: number): string {
  const type = g.edgeType[edge]!
  const name = g.edgeName[edge]!
  if (edgeNameIsIndex(t, type)) return `[${name}]`
  const s = g.strings[name] ?? String(name)
  if (type === t.property) return /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`
  return /^\d+$/.test(s) ? `[${s}]` : `.${s}`
}

/** A node as DevTools shows it: `Listener @123`, `subscribe() @45`, `"text" @7`. */
export function nodeLabel(g: HeapGraph, t: TypeCodes, node: number): string {
  const type = g.nodeType[node]
  const name = g.strings[g.nodeName[node]!]!
  let label: string
  if (type === t.closure) label = `${name || '(anonymous)'}()`
  else if (type === t.string || type === t.consString || type === t.slicedString) {
    label = JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name)
  } else if (type === t.object || type === t.native || type === t.hidden || type === t.synthetic || type === t.array) {
    label = name || className(g, node)
  } else label = `${className(g, node)} ${name}`.trim()
  return `${label} @${g.nodeId[node]}`
}

/** The first edge of `node` of the given type and name (a string), or -1. */
export function findEdge(g: HeapGraph, node: number, type: number, name: string): number {
  for (let e = g.firstEdge[node]!, end = g.firstEdge[node + 1]!; e < end; e++) {
    if (g.edgeType[e] === type && g.strings[g.edgeName[e]!] === name) return e
  }
  return -1
}
