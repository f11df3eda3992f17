// What a React Server Component may use of `api-error-kit/ui` (the `react-server` condition):
// the components it may render and the pure parts. The shared toast store is left out: on a
// server it would be shared by every request.
export { Toaster } from './toast/Toaster.js'
export { createToastStore } from './toast/toastStore.js'
export { ErrorBanner } from './banner/ErrorBanner.js'
export { errorTitles } from './banner/errorTitles.js'
export { RateLimitCountdown } from './countdown/RateLimitCountdown.js'
export { DeveloperDetails } from './details/DeveloperDetails.js'
export { PageError } from './PageError.js'
