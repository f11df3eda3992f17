/** The records each default table starts with. */
export const defaultSeed: Record<string, Record<string, unknown>[]> = {
  posts: [
    { id: 'post_1', title: 'Hello, world', slug: 'hello-world', body: 'The first post.' },
    { id: 'post_2', title: 'Errors are data', slug: 'errors-are-data', body: 'Decode them.' },
    { id: 'post_3', title: 'Retry honestly', slug: 'retry-honestly', body: 'Wait it out.' },
  ],
  todos: [
    { id: 'todo_1', title: 'Write the tests', done: true },
    { id: 'todo_2', title: 'Ship it', done: false },
  ],
  users: [
    { id: 'member_1', email: 'ada@example.com', name: 'Ada' },
    { id: 'member_2', email: 'grace@example.com', name: 'Grace' },
  ],
  secrets: [{ id: 'secret_1', value: 'hunter2' }],
}
