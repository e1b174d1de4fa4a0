// The opening of every memgate document read back from another job or machine (a shard, a record):
// bounded before it is parsed, a JSON object, of the expected format. What the document holds
// beyond that is its reader's to check, through `refuse`. Pure.
import { MemgateError } from '../errors.js'

export interface OpenedDocument {
  data: Record<string, unknown>
  /** Throws the MemgateError that names the document and what is wrong with it. */
  refuse: (what: string) => never
}

export function openDocument(text: string, source: string, format: string, maxBytes: number): OpenedDocument {
  if (text.length > maxBytes) throw new MemgateError(`${source} is larger than ${maxBytes} bytes; not a ${format}`)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new MemgateError(`${source} is not JSON: ${(error as Error).message}`, 2, { cause: error })
  }
  const refuse = (what: string): never => {
    throw new MemgateError(`${source} is not a usable ${format}: ${what}`)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return refuse('not a JSON object')
  const object = data as Record<string, unknown>
  if (object.format !== format) return refuse(`format is ${JSON.stringify(object.format)}`)
  return { data: object, refuse }
}
