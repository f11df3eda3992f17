// What a React Server Component may use of `api-error-kit/form` (the `react-server` condition):
// the pure helpers and the components it may render. What acts on a live form stays out.
export { canApplyServerErrors } from './canApplyServerErrors.js'
export { snakeToCamel } from './snakeToCamel.js'
export { serverMessages, SERVER_ERROR_TYPE, ROOT_SERVER_ERROR } from './serverMessages.js'
export { ErrorSummary } from './ErrorSummary.js'
export { FieldError } from './FieldError.js'
export { getFieldA11yProps } from './getFieldA11yProps.js'
export { fieldId, fieldErrorId } from './fieldIds.js'
export { flattenErrors } from './flattenErrors.js'
