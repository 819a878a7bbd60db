// Prints the Khronos glTF validator's JSON report for one .glb or .gltf file.
// Usage: node validate.mjs FILE
import { readFile } from 'node:fs/promises';
import validator from 'gltf-validator';

const [path] = process.argv.slice(2);
if (!path) {
  console.error('usage: node validate.mjs FILE');
  process.exit(2);
}
const report = await validator.validateBytes(new Uint8Array(await readFile(path)), { uri: path, maxIssues: 0 });
process.stdout.write(JSON.stringify(report));
