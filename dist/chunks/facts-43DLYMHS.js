import { createRequire as __kepGateCreateRequire } from 'node:module';
const require = __kepGateCreateRequire(import.meta.url);
import {
  gitHubFacts
} from "./chunk-PODSXWTL.js";
import "./chunk-BRSO2SCX.js";
import "./chunk-FQVTJ4NW.js";
export {
  gitHubFacts
};
