import { useApiQuery } from 'api-error-kit/query'

interface Task {
  id: string
  title: string
  done: boolean
}

/**
 * The tasks, with a Reload. A rate limit the client waits out (2 s) is counted down at the top
 * of the page while the list waits; a longer one fails at once with a countdown and Try again.
 */
export function TasksPage() {
  const tasks = useApiQuery<{ items: Task[] }>({ queryKey: ['todos'], path: '/v1/data/todos' })
  return (
    <section aria-labelledby="tasks-title" className="blog-page">
      <h2 id="tasks-title">Tasks</h2>
      {tasks.data ? (
        <ul aria-label="Tasks" className="blog-list">
          {tasks.data.items.map((task) => (
            <li key={task.id}>
              {task.title} {task.done ? '(done)' : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>{tasks.isFetching ? 'Loading tasks…' : 'No tasks to show.'}</p>
      )}
      <button
        type="button"
        className="aek-button"
        onClick={() => void tasks.refetch()}
        disabled={tasks.isFetching}
      >
        {tasks.isFetching ? 'Loading…' : 'Reload'}
      </button>
    </section>
  )
}
