import { decodeError, type ApiError } from '../../src/core/index.js'
import { bkendErrorBodies } from '../../src/testing/index.js'

type BkendCode = keyof typeof bkendErrorBodies

/** The ApiError a client would throw for one of bkend's documented error codes. */
export function bkendError(code: BkendCode, init: { requestId?: string } = {}): ApiError {
  const { status, body } = bkendErrorBodies[code]
  return decodeError(body, {
    status,
    method: 'GET',
    url: 'https://api.demo.test/v1/data/posts',
    headers: { 'x-request-id': init.requestId ?? 'req_01HZX4Q9ZK' },
  })
}

/** A Backstack 500 with a developer message, as a server failure reaches the UI. */
export function serverError(): ApiError {
  const body = {
    error: {
      request_method: 'post',
      type: 'system',
      code: 500,
      message: 'An error occurred. Please try again later.',
      dev_message: 'NullPointerException at PostsController.list',
    },
  }
  return decodeError(body, {
    status: 500,
    method: 'POST',
    url: 'https://api.demo.test/v1/data/posts',
    headers: { 'x-request-id': 'req_01HZX4R2A0' },
  })
}
