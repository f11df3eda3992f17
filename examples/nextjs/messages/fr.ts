import type { MessageCatalog } from 'api-error-kit'
import type { AppText } from '../lib/locales'

// A locale's catalog is plain data: the server loads it per request and hands it to the page.
const fr: { text: AppText; messages: MessageCatalog } = {
  text: {
    posts: 'Articles',
    todos: 'Vos tâches',
    secrets: 'Secrets',
    signIn: 'Se connecter',
    email: 'E-mail',
    password: 'Mot de passe',
    problem: 'Il y a un problème',
    loading: 'Chargement…',
  },
  messages: {
    codes: {
      'auth/invalid-credentials': "L'e-mail ou le mot de passe est incorrect.",
      'data/permission-denied': "Vous n'avez pas l'autorisation de faire cela.",
    },
    kinds: {
      validation: 'Certaines informations ne sont pas valides. Vérifiez-les et réessayez.',
      permission: "Vous n'avez pas l'autorisation de faire cela.",
      server: 'Un problème est survenu de notre côté. Réessayez plus tard.',
      network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    },
    titles: { permission: "Vous n'avez pas accès" },
  },
}
export default fr
