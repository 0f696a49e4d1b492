import { render } from 'preact';

function Options() {
  return (
    <main>
      <h1>Backstory</h1>
      <p>Backstory works offline from its bundled dataset. Settings arrive in a later version.</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
