/** Words opening a headline "Label: …" that name no speaker (English, Russian, Ukrainian). */
export const HEADLINE_LABELS: ReadonlySet<string> = new Set([
  'breaking', 'urgent', 'alert', 'flash', 'warning', 'exclusive', 'update', 'updated', 'updates', 'developing', 'latest',
  'new', 'special', 'revealed', 'exposed', 'shocking', 'confirmed', 'official', 'analysis', 'opinion', 'editorial',
  'commentary', 'column', 'explainer', 'explained', 'factbox', 'fact', 'factcheck', 'review', 'recap', 'timeline',
  'interview', 'watch', 'listen', 'read', 'video', 'photos', 'photo', 'gallery', 'podcast', 'live', 'quiz', 'sponsored',
  'correction', 'clarification', 'note', 'editor', "editor's", 'obituary', 'the', 'a', 'in', 'on', 'how', 'why', 'what',
  'срочно', 'эксклюзив', 'молния', 'видео', 'терміново', 'ексклюзив', 'відео',
]);
