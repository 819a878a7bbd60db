// What the MediaPipe pages share: photos in as JPEG, masks out as one byte a pixel.
'use strict';

function once(solution, image) {
  return new Promise((resolve, reject) => {
    solution.onResults(resolve);
    solution.send({ image }).catch(reject);
  });
}

async function toCanvas(jpegBase64) {
  const bytes = Uint8Array.from(atob(jpegBase64), c => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d').drawImage(bitmap, 0, 0);
  bitmap.close();
  return canvas;
}

// A mask drawn at the image's size, one byte (0-255 probability) a pixel, as base64.
function maskBytes(mask, width, height) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d', { willReadFrequently: true });
  g.imageSmoothingEnabled = true;
  g.imageSmoothingQuality = 'high';
  g.drawImage(mask, 0, 0, width, height);
  const rgba = g.getImageData(0, 0, width, height).data;
  const values = new Uint8Array(width * height);
  // The mask's confidence is in every channel; the red one is enough.
  for (let i = 0, j = 0; j < values.length; i += 4, j++) values[j] = rgba[i];
  let binary = '';
  for (let i = 0; i < values.length; i += 0x8000) binary += String.fromCharCode.apply(null, values.subarray(i, i + 0x8000));
  return btoa(binary);
}
