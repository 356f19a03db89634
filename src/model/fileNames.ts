// File names for what Concord writes: readable, safe on every file system and mail client.

/**
 * "tan-binh-2024-05-01.gexf": the workspace's name folded to ASCII (Vietnamese marks and đ
 * removed, so that any file system and mail client takes it), then today's date.
 */
export function exportFileName(
  workspaceName: string,
  extension: string,
  today = new Date(),
): string {
  const slug = workspaceName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return `${slug || 'workspace'}-${date}.${extension.replace(/^\./, '')}`;
}
