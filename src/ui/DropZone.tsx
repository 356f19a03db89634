// A file input that is also a drop target: one place for the dragging look and the file lists.
import { createSignal, type JSX } from 'solid-js';

export function DropZone(props: {
  accept: string;
  testId: string;
  onFiles(files: File[]): void;
  children: JSX.Element;
}) {
  const [dragging, setDragging] = createSignal(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) props.onFiles(files);
  };
  return (
    <label
      class="drop-zone"
      classList={{ dragging: dragging() }}
      onDragOver={(e) => (e.preventDefault(), setDragging(true))}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <input
        type="file"
        multiple
        accept={props.accept}
        data-testid={props.testId}
        onChange={(e) => props.onFiles([...(e.currentTarget.files ?? [])])}
      />
      <span>{props.children}</span>
    </label>
  );
}
