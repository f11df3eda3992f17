import type { IncomingMessage, ServerResponse } from 'node:http'
import type { MockControl } from 'api-error-kit/testing'
import { inPageSwitches, type SwitchRequest } from '../src/backendSwitches.js'

/**
 * Answers the demo's `POST /__mock/:name` switches with the running backend's control; returns
 * false for any other request, which the server then serves as usual.
 */
export function handleMockControl(
  control: MockControl,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  if (req.method !== 'POST' || !req.url?.startsWith('/__mock/')) return false
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    const switches = inPageSwitches(control)
    let done: Promise<void>
    try {
      const request = JSON.parse(Buffer.concat(chunks).toString() || '{}') as SwitchRequest
      done =
        request.name === 'rateLimitTasks'
          ? switches.rateLimitTasks(request.seconds)
          : request.name === 'setMode'
            ? switches.setMode(request.mode)
            : switches[request.name]()
    } catch (error) {
      done = Promise.reject(error)
    }
    done.then(
      () => res.writeHead(204).end(),
      (error: unknown) => res.writeHead(400).end(String(error)),
    )
  })
  return true
}
