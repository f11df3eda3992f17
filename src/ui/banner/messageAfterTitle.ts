const SENTENCE_END = /^[.!?。！？]\s*/u

/** The text without the sentence-ending marks and spaces at its end, for comparing. */
const bare = (text: string) => {
  let end = text.length
  while (end > 0 && '.!?。！？… \n\t'.includes(text[end - 1]!)) end -= 1
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
  if (head === '' || bare(text) === head) return head === '' ? message : undefined
  if (!text.startsWith(head)) return message
  const ending = SENTENCE_END.exec(text.slice(head.length))
  if (!ending) return message
  const rest = text.slice(head.length + ending[0].length)
  return rest === '' ? undefined : rest
}
