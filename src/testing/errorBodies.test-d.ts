import type { BkendCode } from '../core/codes/bkendCodeTable.js'
import { bkendErrorBodies, errorBodies } from './errorBodies.js'

test('fixtures keep their literal types for autocompletion', () => {
  expectTypeOf(errorBodies.bkend.error.code).toEqualTypeOf<'auth/invalid-credentials'>()
  expectTypeOf(errorBodies.backstack.error.type).toEqualTypeOf<'user'>()
  expectTypeOf(bkendErrorBodies['auth/forbidden'].body.error.code).toEqualTypeOf<'auth/forbidden'>()
  expectTypeOf<keyof typeof bkendErrorBodies>().toEqualTypeOf<BkendCode>()
})
