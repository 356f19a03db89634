// What an empty workspace shows: what Concord is for and the two ways to begin.
export function EmptyState(props: {
  onLoadSample(): void;
  onAddPerson(): void;
  onAddOrg(): void;
  onImport(): void;
}) {
  return (
    <div class="empty-state" data-testid="empty">
      <div class="empty-card">
        <h2>This workspace is empty</h2>
        <p>
          Concord maps who works with whom: people, organisations, the coordination programmes they
          sign and the themes they cover. Everything stays in this browser.
        </p>
        <div class="actions">
          <button
            class="primary"
            data-testid="empty.load-sample"
            onClick={() => props.onLoadSample()}
          >
            Load the sample workspace
          </button>
          <button data-testid="empty.import" onClick={() => props.onImport()}>
            Import an article
          </button>
          <button data-testid="empty.add-person" onClick={() => props.onAddPerson()}>
            Add a person
          </button>
          <button data-testid="empty.add-org" onClick={() => props.onAddOrg()}>
            Add an organisation
          </button>
        </div>
        <p style={{ margin: '16px 0 0', 'font-size': '13px' }}>
          The sample holds two news articles from Tân Bình and Ho Chi Minh City: their officials,
          bodies, coordination programmes and campaigns, each relation quoting its sentence.
        </p>
      </div>
    </div>
  );
}
