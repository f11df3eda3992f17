import { useId, type ReactNode } from 'react'

/** Props of {@link DemoCard}. */
export interface DemoCardProps {
  title: string
  /** What the card shows, in one sentence. */
  description: ReactNode
  children?: ReactNode
}

/** One scenario of the demo: a titled section with a sentence saying what to try. */
export function DemoCard({ title, description, children }: DemoCardProps) {
  const headingId = useId()
  return (
    <section className="demo-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="demo-description">{description}</p>
      {children}
    </section>
  )
}
