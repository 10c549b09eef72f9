// Saves bytes or text as a file the browser downloads: a Blob behind an object URL, clicked through a
// temporary link, the URL released once the browser has taken the file.
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium starts reading the URL on click but finishes later: release it after the download began.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Text files as UTF-8; CSV writers already put the BOM at the start of the text. */
export function textBlob(text: string, mediaType: string): Blob {
  return new Blob([text], { type: `${mediaType};charset=utf-8` });
}
