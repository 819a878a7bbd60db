// The 3D viewer: one or more glTF models (an avatar, garments on it) with orbit, zoom and pan, named views and
// lighting presets. Used by the avatar and studio pages:
//   <div data-viewer data-models="/a.glb /b.glb" aria-label="..."> plus buttons with data-view / data-lighting.
// It renders on demand (when something changes) and can measure its own frame time for the benchmarks.
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

type ViewName = 'front' | 'side' | 'back' | 'three-quarter';
type LightingName = 'studio' | 'daylight' | 'evening';

const views: Record<ViewName, number> = { front: 0, 'three-quarter': Math.PI / 4, side: Math.PI / 2, back: Math.PI };

interface FrameStats { frames: number; meanMs: number; p95Ms: number; }

export class ModelViewer {
  readonly renderer: THREE.WebGLRenderer;
  readonly scene = new THREE.Scene();
  readonly camera = new THREE.PerspectiveCamera(30, 1, 0.01, 100);
  readonly controls: OrbitControls;
  private readonly lights = new THREE.Group();
  private readonly models = new THREE.Group();
  private target = new THREE.Vector3(0, 0.9, 0);
  private distance = 3.2;
  private pending = false;

  constructor(private readonly container: HTMLElement) {
    this.renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
    this.renderer.outputColorSpace = THREE.SRGBColorSpace;
    this.renderer.toneMapping = THREE.ACESFilmicToneMapping;
    container.append(this.renderer.domElement);
    this.renderer.domElement.setAttribute('role', 'img');
    this.renderer.domElement.setAttribute('aria-label', container.getAttribute('aria-label') ?? '3D view');
    this.scene.add(this.lights, this.models);
    this.controls = new OrbitControls(this.camera, this.renderer.domElement);
    this.controls.enableDamping = false;
    this.controls.minDistance = 0.5;
    this.controls.maxDistance = 10;
    this.controls.addEventListener('change', () => this.requestRender());
    new ResizeObserver(() => this.resize()).observe(container);
    this.setLighting('studio');
    this.resize();
  }

  async load(urls: string[]): Promise<void> {
    const loader = new GLTFLoader();
    const gltfs = await Promise.all(urls.map(url => loader.loadAsync(url)));
    this.models.clear();
    for (const gltf of gltfs) this.models.add(gltf.scene);
    const bounds = new THREE.Box3().setFromObject(this.models);
    const size = bounds.getSize(new THREE.Vector3());
    this.target = bounds.getCenter(new THREE.Vector3());
    this.distance = Math.max(size.y, size.x) / (2 * Math.tan(THREE.MathUtils.degToRad(this.camera.fov / 2))) * 1.25;
    this.setView('front');
  }

  setView(name: ViewName) {
    const angle = views[name] ?? 0;
    this.camera.position.set(this.target.x + Math.sin(angle) * this.distance, this.target.y, this.target.z + Math.cos(angle) * this.distance);
    this.controls.target.copy(this.target);
    this.controls.update();
    this.requestRender();
  }

  setLighting(name: LightingName) {
    this.lights.clear();
    const add = (light: THREE.Light, x = 0, y = 0, z = 0) => { light.position.set(x, y, z); this.lights.add(light); };
    switch (name) {
      case 'daylight':
        this.scene.background = new THREE.Color('#dfe9f3');
        add(new THREE.HemisphereLight('#cfe3ff', '#b9a98e', 1.1));
        add(new THREE.DirectionalLight('#fff4e0', 2.2), 3, 6, 4);
        break;
      case 'evening':
        this.scene.background = new THREE.Color('#211a26');
        add(new THREE.HemisphereLight('#4a3b63', '#120e16', 0.5));
        add(new THREE.DirectionalLight('#ffb070', 2.0), -3, 2, 3);
        add(new THREE.DirectionalLight('#6c7cff', 0.7), 3, 3, -3);
        break;
      default:
        this.scene.background = new THREE.Color('#f3f0f5');
        add(new THREE.HemisphereLight('#ffffff', '#cdc6d3', 0.9));
        add(new THREE.DirectionalLight('#ffffff', 1.8), 2, 4, 5);
        add(new THREE.DirectionalLight('#ffffff', 0.6), -3, 2, 2);
        add(new THREE.DirectionalLight('#ffffff', 0.8), 0, 3, -4);
    }
    this.container.dataset.lighting = name;
    this.requestRender();
  }

  /** Renders `frames` frames back to back and reports how long each took (the GPU is flushed every frame). */
  measure(frames = 120): FrameStats {
    const times: number[] = [];
    const gl = this.renderer.getContext();
    for (let i = 0; i < frames; i++) {
      this.models.rotation.y += (2 * Math.PI) / frames;
      const start = performance.now();
      this.renderer.render(this.scene, this.camera);
      gl.finish();
      times.push(performance.now() - start);
    }
    this.models.rotation.y = 0;
    this.requestRender();
    times.sort((a, b) => a - b);
    return { frames, meanMs: times.reduce((a, b) => a + b, 0) / frames, p95Ms: times[Math.floor(frames * 0.95)] };
  }

  private resize() {
    const width = this.container.clientWidth || 640;
    const height = this.container.clientHeight || 480;
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    this.requestRender();
  }

  private requestRender() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.renderer.render(this.scene, this.camera);
    });
  }
}

for (const container of document.querySelectorAll<HTMLElement>('[data-viewer]')) {
  const viewer = new ModelViewer(container);
  (window as unknown as { fashionWalletViewer?: ModelViewer }).fashionWalletViewer = viewer;
  container.dataset.state = 'loading';
  const root = container.closest('[data-viewer-root]') ?? document;
  root.querySelectorAll<HTMLButtonElement>('[data-view]').forEach(button =>
    button.addEventListener('click', () => viewer.setView(button.dataset.view as ViewName)));
  root.querySelectorAll<HTMLButtonElement>('[data-lighting]').forEach(button =>
    button.addEventListener('click', () => viewer.setLighting(button.dataset.lighting as LightingName)));
  viewer.load((container.dataset.models ?? '').split(' ').filter(Boolean))
    .then(() => { container.dataset.state = 'ready'; })
    .catch(error => {
      container.dataset.state = 'error';
      container.append(Object.assign(document.createElement('p'), { className: 'error', textContent: `The 3D model could not be shown: ${error}` }));
    });
}
