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
  // The models run on the CPU (TFLite in WebAssembly SIMD): five times faster than on SwiftShader, the software GPU
  // of a headless server. The image still comes in and the mask goes out through WebGL.
  useCpuInference: true,
});

// The JavaScript solution has no static image mode: it tracks the last photo's landmarks into the next one, so the
// result would depend on whoever was measured before. A frame with nobody in it ends the tracking (the landmarks it
// finds there fall below the tracking confidence), so the next photo starts from person detection, as the first one
// did. That frame is shown after each answer, while the page waits for its next photo; reset() would do the same by
// rebuilding the graph, which costs seconds on SwiftShader.
const nobody = document.createElement('canvas');
nobody.width = nobody.height = 256;
nobody.getContext('2d').fillRect(0, 0, 256, 256);
let forgetting = Promise.resolve();

async function forgetLastPerson() {
  try {
    if ((await once(pose, nobody)).poseLandmarks)
      await pose.reset();
  } catch {
    await pose.reset();
  }
}

async function estimatePose(jpegBase64) {
  const canvas = await toCanvas(jpegBase64);
  await forgetting;
  try {
    const started = performance.now();
    const results = await once(pose, canvas);
    const inferenceMs = performance.now() - started;
    const landmarks = results.poseLandmarks?.map(l => [l.x * canvas.width, l.y * canvas.height, l.z * canvas.width, l.visibility ?? 0]) ?? null;
    const mask = results.segmentationMask && landmarks ? maskBytes(results.segmentationMask, canvas.width, canvas.height) : null;
    return JSON.stringify({ width: canvas.width, height: canvas.height, landmarks, mask, inferenceMs });
  } finally {
    forgetting = forgetLastPerson();
  }
}

window.inference = { estimatePose };
// Loading the model compiles the WebAssembly and the graph; the first inference is still slower than the rest.
window.ready = pose.initialize().then(() => true);
