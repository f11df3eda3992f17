import type { ErrorDecoder } from './types.js'
import { backstackDecoder } from './formats/backstack.js'
import { bkendDecoder } from './formats/bkend.js'
import { djangoDecoder } from './formats/django.js'
import { fastApiDecoder } from './formats/fastApi.js'
import { firebaseDecoder } from './formats/firebase.js'
import { genericDecoder } from './formats/generic.js'
import { graphqlDecoder } from './formats/graphql.js'
import { jsonApiDecoder } from './formats/jsonApi.js'
import { laravelDecoder } from './formats/laravel.js'
import { postgrestDecoder } from './formats/postgrest.js'
import { problemDetailsDecoder } from './formats/problemDetails.js'
import { stripeDecoder } from './formats/stripe.js'

/**
 * The decoders `decodeError` runs after the app's own, in order (the order of `FORMAT_ORDER`); the first that recognises a
 * body wins. Most specific first: the `{ error: {...} }` look-alikes are told apart by strict
 * checks (bkend's `success: false` with a `domain/name` code, Backstack's `type`, Firebase's
 * numeric `code`, Stripe's string `type` or `param`). The generic decoder comes last: it takes
 * any object with a usable message. Plain `{ detail: 'text' }` (DRF and FastAPI alike) is
 * claimed by the Django decoder.
 */
export const builtInDecoders: readonly ErrorDecoder[] = [
  bkendDecoder,
  backstackDecoder,
  firebaseDecoder,
  stripeDecoder,
  problemDetailsDecoder,
  jsonApiDecoder,
  graphqlDecoder,
  postgrestDecoder,
  laravelDecoder,
  fastApiDecoder,
  djangoDecoder,
  genericDecoder,
]
