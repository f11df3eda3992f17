const MARKS = '.!?。！？…'

/** The text without the sentence-ending marks and spaces at its end, for comparing. */
const bare = (text: string) => {
  let end = text.length
  while (end > 0 && (MARKS + ' \n\t').includes(text[end - 1]!)) end -= 1
  return text.slice(0, end)
}

/**
 * What a banner's message adds to its title: nothing when it says the same ("The request was
 * cancelled" over "The request was cancelled."), the sentences after it when it starts with the
 * title ("Please try again later." under "Something went wrong on our side"), else the whole
 * message. A banner then never reads the same words twice.
 *
 * @example
 * messageAfterTitle('Too many requests', 'Too many requests. Please wait a moment.')
 * // 'Please wait a moment.'
 */
export function messageAfterTitle(title: string, message: string): string | undefined {
  const head = bare(title.trim())
  const text = message.trim()
  if (!head || !text.startsWith(head)) return message
  const rest = text.slice(head.length)
  // The title's sentence ends where the message's first one does: only the rest is new.
  if (!bare(rest)) return undefined
  return MARKS.includes(rest[0]!) ? rest.slice(1).trim() : message
}
