import { createRequire as __kepGateCreateRequire } from 'node:module';
const require = __kepGateCreateRequire(import.meta.url);
import {
  gitHubFacts
} from "./chunk-EQRRC2IY.js";
import "./chunk-QG5AARZW.js";
import "./chunk-OXCFVJYP.js";
import "./chunk-GA53GD23.js";
import "./chunk-FQVTJ4NW.js";
export {
  gitHubFacts
};
