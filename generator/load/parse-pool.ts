import { availableParallelism } from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

/** A file parsed ahead of time: its data, or the offset and message of its YAML error. */
export type ParsedFile =
  | { readonly text: string; readonly data: unknown }
  | { readonly text: string; readonly error: { readonly offset: number; readonly message: string } }

type WorkerReply =
  | { file: string; missing: true }
  | { file: string; text: string; json: string; refs: string[] }
  | { file: string; text: string; error: { offset: number; message: string }; refs: string[] }

/** Files a worker gets at once: fewer messages, and still enough batches to keep every thread busy. */
const BATCH = 32

/**
 * Parses the spec's files on worker threads, following `$ref`s to find them, while the main
 * thread goes on (loading the emitters). Parsing YAML is most of the time a large spec takes.
 * Only a cache: the resolver still decides what each `$ref` means and reports every error.
 */
export function parseAhead(rootFile: string, threads = Math.min(4, Math.max(1, availableParallelism()))): Promise<Map<string, ParsedFile>> {
  const parsed = new Map<string, ParsedFile>()
  const seen = new Set<string>()
  const queue: string[] = []
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./parse-worker.mjs', import.meta.url)))
  const idle = [...workers]
  let pending = 0

  return new Promise((resolve, reject) => {
    const finish = (error?: unknown) => {
      for (const worker of workers) void worker.terminate()
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
        idle.pop()!.postMessage(queue.splice(0, Math.max(1, Math.min(BATCH, Math.ceil(queue.length / threads)))))
      }
      if (pending === 0 && queue.length === 0) finish()
    }
    for (const worker of workers) {
      worker.on('message', (replies: WorkerReply[]) => {
        pending--
        idle.push(worker)
        for (const reply of replies) {
          if ('missing' in reply) continue
          parsed.set(reply.file, 'error' in reply ? { text: reply.text, error: reply.error } : { text: reply.text, data: JSON.parse(reply.json) })
          reply.refs.forEach(enqueue)
        }
        dispatch()
      })
      worker.on('error', finish)
    }
    enqueue(path.resolve(rootFile))
    dispatch()
  })
}
