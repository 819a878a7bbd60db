// MediaPipe Selfie Segmentation (every person in the photo), loaded once from the worker's own files and kept warm.
// Called by FashionWallet.Workers (Avatars/MediaPipeInference.cs).
'use strict';

const selfie = new SelfieSegmentation({ locateFile: file => `/mediapipe/selfie_segmentation/${file}` });
selfie.setOptions({ modelSelection: 0, selfieMode: false });

async function segment(jpegBase64) {
  const canvas = await toCanvas(jpegBase64);
  const started = performance.now();
  const results = await once(selfie, canvas);
  const inferenceMs = performance.now() - started;
  return JSON.stringify({ width: canvas.width, height: canvas.height, mask: maskBytes(results.segmentationMask, canvas.width, canvas.height), inferenceMs });
}

window.inference = { segment };
window.ready = selfie.initialize().then(() => true);
