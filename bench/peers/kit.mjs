// api-error-kit's client, wired as a bkend app wires it (the bkendAuth preset). Cross-tab
// coordination is off: the peers have none, and a benchmark has one tab.
export function createKitClient(core, { url, headers, tokens }) {
  if (!tokens) return core.createApiClient({ baseUrl: url, headers })
  const client = core.createApiClient(
    core.bkendAuth({
      baseUrl: url,
      publishableKey: headers['X-API-Key'],
      auth: { crossTab: false },
    }),
  )
  client.tokens.set(core.fromBkendTokens(tokens))
  return client
}
