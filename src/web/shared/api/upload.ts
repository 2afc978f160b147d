import { errorAnswer } from './client';

/**
 * One file POSTed as multipart `file` (the kernel's withUploadedFile on the server), with the share sent so
 * far reported as it goes: fetch() cannot tell upload progress, XMLHttpRequest can. Refusals become the same
 * ApiError as apiRequest's (401 and the forced password change handled the same way).
 */
export function uploadFile<T>(path: string, file: File, onProgress: (fraction: number) => void): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-tidtam-csrf', '1');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(errorAnswer(0, undefined));
    xhr.onload = () => {
      let json: unknown = undefined;
      try {
        json = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        json = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(json as T);
      else reject(errorAnswer(xhr.status, json));
    };
    xhr.send(form);
  });
}
