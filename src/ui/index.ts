export { Toaster } from './toast/Toaster.js'
export type { ToasterProps } from './toast/Toaster.js'
export { toast, createToast } from './toast/toast.js'
export type { ToastApi } from './toast/toast.js'
export { createToastStore, toastStore } from './toast/toastStore.js'
export type {
  ToastAction,
  ToastItem,
  ToastOptions,
  ToastPoliteness,
  ToastStore,
  ToastStoreOptions,
  ToastType,
} from './toast/toastStore.js'
export { ErrorBanner } from './banner/ErrorBanner.js'
export type { ErrorBannerProps } from './banner/ErrorBanner.js'
export { errorTitles } from './banner/errorTitles.js'
export { RateLimitCountdown } from './countdown/RateLimitCountdown.js'
export type { RateLimitCountdownProps } from './countdown/RateLimitCountdown.js'
export { useRetryCountdown } from './countdown/useRetryCountdown.js'
export type { RetryCountdown, RetryCountdownInput } from './countdown/useRetryCountdown.js'
export { DeveloperDetails } from './details/DeveloperDetails.js'
export type { DeveloperDetailsProps } from './details/DeveloperDetails.js'
export { PageError } from './PageError.js'
export type { PageErrorProps } from './PageError.js'
export { createUiChannels, uiChannels } from './uiChannels.js'
export type { UiChannelsOptions } from './uiChannels.js'
export { createToasterChannels } from './toasterChannels.js'
export type {
  ExternalToaster,
  ToasterChannelsOptions,
  ToasterErrorOptions,
} from './toasterChannels.js'
