// Renders a glTF body as a phone photograph: a room (wall and floor), lights and shadows, skin, tight clothing and a
// face painted on, seen from the front and from the side with small changes of pose and camera. Called by
// FashionWallet.Workers (Rendering/Photographer.cs) through window.photographer.shoot(request).
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';

const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(1);
renderer.outputColorSpace = THREE.SRGBColorSpace;
renderer.toneMapping = THREE.NeutralToneMapping;
renderer.shadowMap.enabled = true;
renderer.shadowMap.type = THREE.PCFShadowMap;
document.body.appendChild(renderer.domElement);

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function base64ToBytes(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// A wall or floor texture: plain, a gradient, noise, stripes, bricks or planks, drawn from a seed.
function surfaceTexture(spec, size = 512) {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const g = canvas.getContext('2d');
  const next = random(spec.seed ?? 1);
  const [a, b] = [spec.colors?.[0] ?? '#d8d4cc', spec.colors?.[1] ?? '#b9b2a6'];
  g.fillStyle = a;
  g.fillRect(0, 0, size, size);
  if (spec.kind === 'gradient') {
    const gradient = g.createLinearGradient(0, 0, size * (spec.angle ?? 0.3), size);
    gradient.addColorStop(0, a);
    gradient.addColorStop(1, b);
    g.fillStyle = gradient;
    g.fillRect(0, 0, size, size);
  } else if (spec.kind === 'stripes') {
    const width = 8 + next() * 40;
    g.fillStyle = b;
    for (let x = 0; x < size; x += 2 * width) g.fillRect(x, 0, width, size);
  } else if (spec.kind === 'bricks' || spec.kind === 'planks') {
    const [w, h] = spec.kind === 'bricks' ? [64, 26] : [size, 40];
    g.fillStyle = b;
    for (let y = 0; y < size; y += h) {
      g.fillRect(0, y, size, 3);
      const offset = (y / h) % 2 ? w / 2 : 0;
      for (let x = -offset; x < size; x += w) g.fillRect(x, y, 3, h);
    }
  }
  if (spec.noise) {
    const image = g.getImageData(0, 0, size, size);
    for (let i = 0; i < image.data.length; i += 4) {
      const n = (next() - 0.5) * 2 * spec.noise;
      for (let c = 0; c < 3; c++) image.data[i + c] = Math.max(0, Math.min(255, image.data[i + c] + n));
    }
    g.putImageData(image, 0, 0);
  }
  const texture = new THREE.CanvasTexture(canvas);
  texture.colorSpace = THREE.SRGBColorSpace;
  texture.wrapS = texture.wrapT = THREE.RepeatWrapping;
  return texture;
}

function disposeScene(scene) {
  scene.traverse(o => {
    o.geometry?.dispose();
    for (const m of [o.material].flat()) {
      if (!m) continue;
      m.map?.dispose();
      m.dispose();
    }
  });
}

const loader = new GLTFLoader();

async function loadBody(glbBase64) {
  const bytes = base64ToBytes(glbBase64);
  const gltf = await loader.parseAsync(bytes.buffer, '');
  const root = gltf.scene;
  root.updateMatrixWorld(true);
  const joints = {};
  let mesh = null;
  root.traverse(o => {
    if (o.isMesh && !mesh) mesh = o;
    else if (!o.isMesh && o.name) joints[o.name] = o.getWorldPosition(new THREE.Vector3());
  });
  return { root, mesh, joints };
}

// Which part of the body a point belongs to, by the nearest bone (the torso's axis counts as thicker).
function partOf(p, bones) {
  let best = null, bestDistance = Infinity;
  for (const bone of bones) {
    const d = distanceToSegment(p, bone.a, bone.b) / bone.thickness;
    if (d < bestDistance) [best, bestDistance] = [bone.part, d];
  }
  return best;
}

function distanceToSegment(p, a, b) {
  const ab = new THREE.Vector3().subVectors(b, a);
  const t = Math.max(0, Math.min(1, new THREE.Vector3().subVectors(p, a).dot(ab) / ab.lengthSq()));
  return p.distanceTo(a.clone().addScaledVector(ab, t));
}

// Skin, hair and tight clothing as vertex colours, by height bands on the torso and legs.
function paint(mesh, joints, look) {
  const j = joints;
  const height = j.HeadTop.y;
  const bones = [];
  const bone = (part, a, b, thickness = 1) => bones.push({ part, a: j[a], b: j[b], thickness });
  for (const side of ['Left', 'Right']) {
    bone('arm', `${side}Shoulder`, `${side}Elbow`);
    bone('arm', `${side}Elbow`, `${side}Wrist`);
    bone('arm', `${side}Wrist`, `${side}Hand`);
    bone('leg', `${side}HipJoint`, `${side}Knee`, 1.3);
    bone('leg', `${side}Knee`, `${side}Ankle`);
    bone('leg', `${side}Ankle`, `${side}Toe`);
  }
  bone('torso', 'Crotch', 'NeckBase', 2.2);
  bone('head', 'Neck', 'HeadTop', 1.4);

  const skin = new THREE.Color(look.skin);
  const hair = new THREE.Color(look.hair ?? '#2b1d14');
  const top = look.top ? new THREE.Color(look.top) : null;
  const bottom = look.bottom ? new THREE.Color(look.bottom) : null;
  const bottomFrom = j.Crotch.y - (look.bottomLegLength ?? 0.03) * height;
  const bottomTo = j.HighHip.y + (look.bottomRise ?? 0.3) * (j.Waist.y - j.HighHip.y);
  const topFrom = look.topCropped ? j.Underbust.y - 0.015 * height : j.Waist.y + 0.1 * (j.Underbust.y - j.Waist.y);
  const topTo = j.Chest.y + (look.topReach ?? 0.5) * (j.NeckBase.y - j.Chest.y);
  const hairFrom = j.HeadTop.y - 0.045 * height;

  const position = mesh.geometry.attributes.position;
  const colors = new Float32Array(position.count * 3);
  const p = new THREE.Vector3();
  for (let i = 0; i < position.count; i++) {
    p.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
    const part = partOf(p, bones);
    let c = skin;
    if (part === 'head' && (p.y > hairFrom || (p.z < j.HeadTop.z - 0.01 * height && p.y > j.Head.y + 0.01 * height))) c = hair;
    else if (bottom && (part === 'torso' || part === 'leg') && p.y >= bottomFrom && p.y <= bottomTo) c = bottom;
    else if (top && part === 'torso' && p.y >= topFrom && p.y <= topTo) c = top;
    colors.set([c.r, c.g, c.b], i * 3);
  }
  mesh.geometry.setAttribute('color', new THREE.BufferAttribute(colors, 3));
  mesh.material = new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.62, metalness: 0 });
  mesh.castShadow = true;
}

// Eyes, brows, nose, lips and ears placed on the face's surface, found by casting rays at the head.
function face(mesh, joints, look) {
  const group = new THREE.Group();
  const height = joints.HeadTop.y;
  const raycaster = new THREE.Raycaster();
  const surface = (x, y) => {
    raycaster.set(new THREE.Vector3(x, y, 1), new THREE.Vector3(0, 0, -1));
    const hit = raycaster.intersectObject(mesh, false)[0];
    return hit ? hit.point : null;
  };
  const add = (geometry, color, at, scale, rotation = 0) => {
    const m = new THREE.Mesh(geometry, new THREE.MeshStandardMaterial({ color, roughness: 0.5 }));
    m.position.copy(at);
    m.scale.set(...scale);
    m.rotation.z = rotation;
    group.add(m);
  };
  const sphere = new THREE.SphereGeometry(1, 16, 12);
  const eyeY = height - 0.066 * height;
  const skin = new THREE.Color(look.skin);
  for (const side of [-1, 1]) {
    const eye = surface(side * 0.0175 * height, eyeY);
    if (!eye) continue;
    add(sphere, '#f2efe9', eye.clone().add(new THREE.Vector3(0, 0, -0.002)), [0.0072 * height, 0.0038 * height, 0.003 * height]);
    add(sphere, look.eyes ?? '#3b2a1e', eye.clone().add(new THREE.Vector3(0, 0, 0.0008)), [0.0033 * height, 0.0033 * height, 0.0015 * height]);
    const brow = surface(side * 0.018 * height, eyeY + 0.013 * height);
    if (brow) add(sphere, look.hair ?? '#2b1d14', brow, [0.009 * height, 0.0016 * height, 0.002 * height], -side * 0.12);
    const ear = new THREE.Vector3(side * 0.046 * height, eyeY - 0.006 * height, joints.HeadTop.z - 0.004 * height);
    add(sphere, skin.clone().multiplyScalar(0.92), ear, [0.006 * height, 0.017 * height, 0.011 * height]);
  }
  const nose = surface(0, height - 0.088 * height);
  if (nose) add(sphere, skin.clone().multiplyScalar(0.95), nose, [0.0065 * height, 0.012 * height, 0.009 * height]);
  const mouth = surface(0, height - 0.109 * height);
  if (mouth) add(sphere, look.lips ?? '#a4524d', mouth, [0.012 * height, 0.0028 * height, 0.003 * height]);
  group.traverse(o => { o.castShadow = true; });
  return group;
}

function room(spec, lighting) {
  const group = new THREE.Group();
  const wall = new THREE.Mesh(new THREE.PlaneGeometry(12, 6), new THREE.MeshStandardMaterial({ map: surfaceTexture(spec.wall), roughness: 0.9 }));
  wall.material.map.repeat.set(12 / (spec.wall.tile ?? 1.5), 6 / (spec.wall.tile ?? 1.5));
  wall.position.set(0, 3, -spec.wallDistance);
  wall.receiveShadow = true;
  const floor = new THREE.Mesh(new THREE.PlaneGeometry(12, 12), new THREE.MeshStandardMaterial({ map: surfaceTexture(spec.floor), roughness: 0.85 }));
  floor.material.map.repeat.set(12 / (spec.floor.tile ?? 1), 12 / (spec.floor.tile ?? 1));
  floor.rotation.x = -Math.PI / 2;
  floor.position.set(0, 0, 6 - spec.wallDistance);
  floor.receiveShadow = true;
  group.add(wall, floor);

  group.add(new THREE.HemisphereLight(lighting.sky ?? '#ffffff', lighting.ground ?? '#8a7f70', lighting.ambient ?? 1.2));
  const key = new THREE.DirectionalLight(lighting.keyColor ?? '#fff6ea', lighting.key ?? 2.2);
  const azimuth = THREE.MathUtils.degToRad(lighting.azimuth ?? 30), elevation = THREE.MathUtils.degToRad(lighting.elevation ?? 40);
  key.position.set(Math.sin(azimuth) * Math.cos(elevation) * 4, 1 + Math.sin(elevation) * 4, Math.cos(azimuth) * Math.cos(elevation) * 4);
  key.castShadow = true;
  key.shadow.mapSize.set(1024, 1024);
  Object.assign(key.shadow.camera, { left: -2, right: 2, top: 3, bottom: -1, near: 0.5, far: 12 });
  key.shadow.radius = 4;
  key.shadow.bias = -0.0005;
  group.add(key);
  const fill = new THREE.DirectionalLight('#ffffff', lighting.fill ?? 0.6);
  fill.position.set(-key.position.x, 2, key.position.z);
  group.add(fill);
  return group;
}

function camera(view, width, height, bodyHeight) {
  const c = new THREE.PerspectiveCamera(view.fov ?? 62, width / height, 0.1, 50);
  c.position.set(view.cameraX ?? 0, view.cameraHeight, view.distance);
  c.lookAt(0, view.aimHeight ?? bodyHeight / 2, 0);
  c.rotateZ(THREE.MathUtils.degToRad(view.roll ?? 0));
  c.updateMatrixWorld(true);
  return c;
}

function toBase64(dataUrl) {
  return dataUrl.substring(dataUrl.indexOf(',') + 1);
}

// The person alone, white on black, without tone mapping: the true silhouette, for tests and calibration.
function silhouette(scene, roomGroup, person, cam) {
  const white = new THREE.MeshBasicMaterial({ color: '#ffffff' });
  const saved = [];
  person.traverse(o => { if (o.isMesh) { saved.push([o, o.material]); o.material = white; } });
  roomGroup.visible = false;
  scene.background = new THREE.Color('#000000');
  const previous = renderer.toneMapping;
  renderer.toneMapping = THREE.NoToneMapping;
  renderer.render(scene, cam);
  renderer.toneMapping = previous;
  for (const [o, m] of saved) o.material = m;
  roomGroup.visible = true;
  scene.background = null;
  white.dispose();
  return toBase64(renderer.domElement.toDataURL('image/png'));
}

async function shoot(request) {
  const started = performance.now();
  const { width, height } = request;
  renderer.setSize(width, height, false);
  const body = await loadBody(request.glb);
  paint(body.mesh, body.joints, request.look);
  const features = face(body.mesh, body.joints, request.look);
  const bodyHeight = body.joints.HeadTop.y;

  const results = [];
  for (const view of request.views) {
    const scene = new THREE.Scene();
    const roomGroup = room(request.room, request.lighting);
    scene.add(roomGroup);
    const person = new THREE.Group();
    person.add(body.root, features);
    person.rotation.y = THREE.MathUtils.degToRad(view.yaw ?? 0);
    scene.add(person);
    scene.updateMatrixWorld(true);
    const cam = camera(view, width, height, bodyHeight);
    renderer.render(scene, cam);
    const jpeg = toBase64(renderer.domElement.toDataURL('image/jpeg', request.jpegQuality ?? 0.9));
    const joints = {};
    for (const [name, p] of Object.entries(body.joints)) {
      const world = person.localToWorld(p.clone());
      const ndc = world.clone().project(cam);
      joints[name] = [(ndc.x + 1) / 2 * width, (1 - ndc.y) / 2 * height];
    }
    const mask = request.truth ? silhouette(scene, roomGroup, person, cam) : null;
    person.remove(body.root, features);
    disposeScene(roomGroup);
    results.push({ name: view.name, jpeg, mask, joints });
  }
  disposeScene(body.root);
  disposeScene(features);
  return JSON.stringify({ views: results, milliseconds: performance.now() - started });
}

// Compiles the shaders once, so the first real photo is as fast as the next.
async function warmUp() {
  renderer.setSize(64, 64, false);
  const scene = new THREE.Scene();
  scene.add(room({ wall: { kind: 'plain' }, floor: { kind: 'plain' }, wallDistance: 1 }, {}));
  const box = new THREE.Mesh(new THREE.BoxGeometry(), new THREE.MeshStandardMaterial({ vertexColors: false }));
  box.castShadow = true;
  scene.add(box);
  renderer.render(scene, camera({ cameraHeight: 1, distance: 3 }, 64, 64, 1));
  disposeScene(scene);
}

window.photographer = { shoot };
window.ready = warmUp().then(() => renderer.capabilities.isWebGL2);
