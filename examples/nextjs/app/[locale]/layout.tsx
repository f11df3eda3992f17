import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { readConfig } from '@/lib/config'
import { isLocale, loadLocale } from '@/lib/locales'
import { Providers } from './Providers'

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { messages } = await loadLocale(locale)
  const { apiUrl, publishableKey } = readConfig()
  return (
    <html lang={locale}>
      <body>
        <Providers apiUrl={apiUrl} publishableKey={publishableKey} messages={messages}>
          {children}
        </Providers>
      </body>
    </html>
  )
}
