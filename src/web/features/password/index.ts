export { ChangePasswordForm } from './ChangePasswordForm';
export { ForcedChangePage } from './ForcedChangePage';
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { ResetPasswordPage } from './ResetPasswordPage';
export { passwordMessages } from './messages';
