/** What the avatar shows for a user's display name. */
export function initials(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  // Chinese names read best as their last one or two characters (of the Chinese part, when a Latin
  // spelling follows, as in "刘洋 Liu Yang"); Latin names as initials.
  const han = trimmed.match(/[\u4e00-\u9fff]+/);
  if (han) return han[0].slice(-2);
  return trimmed
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}
