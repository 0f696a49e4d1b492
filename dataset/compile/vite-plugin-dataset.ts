// Compiles the dataset at build time into the virtual module `virtual:backstory-dataset`, whose
// default export is the bundle as JSON text. A malformed dataset fails the build (at its start,
// whether or not anything imports the module yet) with the DatasetError's file/entry/field lines.
import type { Plugin } from 'vite';
import { loadDataset } from '../load/load-dataset';
import { compileBundle } from './compile-bundle';

const ID = 'virtual:backstory-dataset';
const RESOLVED = `\0${ID}`;

export function datasetPlugin(): Plugin {
  let code: string | undefined;
  const compile = () => {
    code ??= `export default ${JSON.stringify(JSON.stringify(compileBundle(loadDataset())))};`;
    return code;
  };
  return {
    name: 'backstory-dataset',
    buildStart() {
      code = undefined;
      compile();
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? compile() : undefined),
  };
}
