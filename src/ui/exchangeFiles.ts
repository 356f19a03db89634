// Files out of the browser: a download through a temporary object URL, and the name an export is
// saved under. Reading the files chosen for an import is src/exchange/importFiles.ts.

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download in
  // some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function downloadText(fileName: string, text: string, mime: string): void {
  downloadBlob(fileName, new Blob([text], { type: `${mime};charset=utf-8` }));
}

// The name of every file Concord writes; in the model so that sync's change files share it.
export { exportFileName } from '../model';
