// Placeholder: the real application shell replaces this component.
export function App() {
  return (
    <main>
      <h1>Padlab</h1>
      <p>
        See exactly what a 2-D convolution does at the border: how much padding each framework adds,
        what the padding cells hold, and how the output size is derived.
      </p>
    </main>
  );
}
