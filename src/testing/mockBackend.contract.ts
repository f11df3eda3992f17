import { authContract } from './contract/auth.contract.js'
import { dataContract } from './contract/data.contract.js'
import { docExamplesContract } from './contract/docExamples.contract.js'
import { rateLimitContract } from './contract/rateLimits.contract.js'
import { faultContract } from './contract/faults.contract.js'
import { keysAndCorsContract } from './contract/keysAndCors.contract.js'
import { modeContract } from './contract/modes.contract.js'
import { createHarness, type MockBackendSetup } from './contract/harness.js'

export type { MockBackendFixture, MockBackendSetup } from './contract/harness.js'

/**
 * The behaviour every way of serving the mock backend must share. Run it once per way
 * (HTTP server, MSW in Node): the same expectations hold on both by construction.
 */
export function describeMockBackendContract(name: string, setup: MockBackendSetup): void {
  describe(name, () => {
    const harness = createHarness(setup)
    afterEach(() => harness.stop())

    describe('auth', () => authContract(harness))
    describe('data', () => dataContract(harness))
    describe('rate limits', () => rateLimitContract(harness))
    describe('faults', () => faultContract(harness))
    describe('modes', () => modeContract(harness))
    describe('API keys and CORS', () => keysAndCorsContract(harness))
    describe('examples of the docs', () => docExamplesContract(harness))
  })
}
