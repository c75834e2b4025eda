/** A button that opens the file picker for a spreadsheet (.xlsx or .csv) and hands over the file chosen. */
export function FileButton({ label, testId, onFile }: { label: string; testId: string; onFile(file: File): void }) {
  return (
    <label className="file-button">
      {label}
      <input
        type="file"
        accept=".xlsx,.csv"
        hidden
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file can be chosen again
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
