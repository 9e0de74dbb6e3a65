// React Router as the server's render sees it (`vite-ssr-links.ts`): everything the router
// exports, with `Link` written without its hooks (server-link.tsx). The browser's bundle never
// imports this module.
export * from 'react-router';
export { ServerLink as Link } from './server-link';
