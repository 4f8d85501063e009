// Every validation message (public and staff catalogues), for the server.
import './validation/public';
import './validation/staff';

export { validationMessage, type ValidationMessageKey } from './validation/registry';
