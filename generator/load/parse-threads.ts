import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { GENERATOR_DIR } from '../source-root.ts'

/** A file parsed ahead of time: its data, or the offset and message of its YAML error. */
export type ParsedFile =
  | { readonly text: string; readonly data: unknown }
  | { readonly text: string; readonly error: { readonly offset: number; readonly message: string } }

type ParseReply =
  | { file: string; missing: true }
  | { file: string; text: string; json: string; refs: string[] }
  | { file: string; text: string; error: { offset: number; message: string }; refs: string[] }

/**
 * Worker threads that parse the spec's YAML files, the heaviest job of a large spec, while the main thread
 * loads the emitters. They never keep the process alive.
 */
export class ParseThreads {
  private readonly workers: Worker[]

  constructor(count = Math.min(4, Math.max(1, availableParallelism()))) {
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(path.join(GENERATOR_DIR, 'load/parse-thread.mjs'))
      worker.unref()
      return worker
    })
  }

  /**
   * Parses the spec's files, following `$ref`s to find them. Only a cache: the resolver still decides
   * what each `$ref` means and reports every error.
   */
  parse(rootFile: string): Promise<Map<string, ParsedFile>> {
    const parsed = new Map<string, ParsedFile>()
    const seen = new Set<string>()
    const queue: string[] = []
    const idle = [...this.workers]
    let pending = 0

    return new Promise((resolve, reject) => {
      const listeners: [Worker, (replies: ParseReply[]) => void][] = []
      const finish = (error?: unknown) => {
        for (const [worker, listener] of listeners) {
          worker.off('message', listener)
          worker.off('error', finish)
        }
        if (error) reject(error)
        else resolve(parsed)
      }
      const enqueue = (file: string) => {
        if (seen.has(file)) return
        seen.add(file)
        queue.push(file)
      }
      const dispatch = () => {
        while (idle.length > 0 && queue.length > 0) {
          pending++
          // An even share of what is known: a worker never waits on the main thread, which is busy loading the emitters.
          idle.pop()!.postMessage({ parse: queue.splice(0, Math.ceil(queue.length / idle.length)) })
        }
        if (pending === 0 && queue.length === 0) finish()
      }
      for (const worker of this.workers) {
        const listener = (replies: ParseReply[]) => {
          pending--
          idle.push(worker)
          for (const reply of replies) {
            if ('missing' in reply) continue
            parsed.set(reply.file, 'error' in reply ? { text: reply.text, error: reply.error } : { text: reply.text, data: JSON.parse(reply.json) })
            reply.refs.forEach(enqueue)
          }
          dispatch()
        }
        listeners.push([worker, listener])
        worker.on('message', listener)
        worker.once('error', finish)
      }
      // The root's references are read here, so that every worker starts at once instead of after the root is parsed.
      const root = path.resolve(rootFile)
      enqueue(root)
      for (const file of referencedFiles(root)) enqueue(file)
      dispatch()
    })
  }

  close(): void {
    for (const worker of this.workers) void worker.terminate()
  }
}

// `$ref: ./paths/x.yaml#/a` → `./paths/x.yaml` (parse-thread.mjs finds the references of the other files the same way).
const REF = /\$ref['"]?\s*:\s*['"]?([^'"#\s]*)/g

/** The files a spec file refers to, by a quick scan of its text (missing or unreadable: none). */
function referencedFiles(file: string): string[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return []
  }
  return [...text.matchAll(REF)].flatMap(([, target]) => (target && !/^[a-z][a-z0-9+.-]*:/i.test(target) ? [path.resolve(path.dirname(file), safeDecode(target))] : []))
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
