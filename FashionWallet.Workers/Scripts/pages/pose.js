// MediaPipe Pose (pose_landmark_full: 33 landmarks and a segmentation mask), loaded once from the worker's own files and
// kept warm. Called by FashionWallet.Workers (Avatars/MediaPipeInference.cs). Each MediaPipe solution needs a page of
// its own: their WebAssembly runtimes share globals.
'use strict';

const pose = new Pose({ locateFile: file => `/mediapipe/pose/${file}` });
pose.setOptions({
  modelComplexity: 1,
  smoothLandmarks: false,
  enableSegmentation: true,
  smoothSegmentation: false,
  minDetectionConfidence: 0.5,
});
async function estimatePose(jpegBase64) {
  const canvas = await toCanvas(jpegBase64);
  const started = performance.now();
  // The JavaScript solution has no static image mode: it tracks the last photo's landmarks into the next one, so
  // the result would depend on whoever was measured before. Every photo starts from person detection.
  pose.reset();
  const results = await once(pose, canvas);
  const inferenceMs = performance.now() - started;
  const landmarks = results.poseLandmarks?.map(l => [l.x * canvas.width, l.y * canvas.height, l.z * canvas.width, l.visibility ?? 0]) ?? null;
  const mask = results.segmentationMask && landmarks ? maskBytes(results.segmentationMask, canvas.width, canvas.height) : null;
  return JSON.stringify({ width: canvas.width, height: canvas.height, landmarks, mask, inferenceMs });
}

window.inference = { estimatePose };
// Loading the model compiles the WebAssembly and the graph; the first inference is still slower than the rest.
window.ready = pose.initialize().then(() => true);
