// Schema migrations for the user's SQLite database. Each entry moves the schema up one version;
// the one-row schema_version table records how far a database has come, so each runs exactly once.
// (Durable Object SQLite refuses PRAGMA user_version, hence the table.)
// Append only: never edit a migration that has shipped.

export const MIGRATIONS: readonly string[] = [
  // 1: account, sessions, sign-in throttling, interviews and their messages.
  `
  CREATE TABLE account (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    username TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    password_salt TEXT NOT NULL,
    password_iterations INTEGER NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE TABLE login_failures (
    failed_at INTEGER NOT NULL
  );
  CREATE TABLE interviews (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    skills TEXT NOT NULL,
    question_count INTEGER NOT NULL,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX interviews_newest_first ON interviews (created_at DESC, id DESC);
  CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    content TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX messages_by_interview ON messages (interview_id, created_at);
  `,
  // 2: the live interview: message state, the question plan, numbered events, audio segments.
  `
  ALTER TABLE messages ADD COLUMN status TEXT NOT NULL DEFAULT 'complete';
  ALTER TABLE messages ADD COLUMN kind TEXT NOT NULL DEFAULT 'text';
  ALTER TABLE messages ADD COLUMN error TEXT;
  ALTER TABLE messages ADD COLUMN turn TEXT;
  ALTER TABLE messages ADD COLUMN mime_type TEXT;
  ALTER TABLE messages ADD COLUMN segment_count INTEGER;
  ALTER TABLE interviews ADD COLUMN plan TEXT;
  ALTER TABLE interviews ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE events (
    interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (interview_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE audio_segments (
    message_id TEXT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    audio BLOB NOT NULL,
    transcript TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (message_id, idx)
  );
  `,
  // 3: delivery metrics of each answer, and the long pauses the recorder measured.
  `
  ALTER TABLE messages ADD COLUMN metrics TEXT;
  ALTER TABLE messages ADD COLUMN long_pauses TEXT;
  `,
  // 4: the feedback report of each finished interview.
  `
  CREATE TABLE reports (
    interview_id TEXT PRIMARY KEY REFERENCES interviews (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  `,
  // 5: attempts at single questions from the report, kept apart from the interview, with their feedback.
  `
  ALTER TABLE messages ADD COLUMN attempt_of TEXT;
  ALTER TABLE messages ADD COLUMN feedback TEXT;
  `,
  // 6: what the recorder's voice-activity detection heard: voiced time and overlap of each segment
  // (null voiced_ms: recorded before it existed), and when the candidate spoke during each answer.
  // Transcripts are read from an index: in the table they sit after the audio, and reaching them there
  // means reading through every page of the audio, for every segment, each time.
  `
  ALTER TABLE audio_segments ADD COLUMN voiced_ms INTEGER;
  ALTER TABLE audio_segments ADD COLUMN overlap_ms INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE messages ADD COLUMN speech TEXT;
  CREATE INDEX audio_segment_transcripts ON audio_segments (message_id, idx, transcript, overlap_ms, voiced_ms);
  `,
  // 7: the interviewer's voice: each sentence of its messages spoken once and kept (audio null: speaking it failed,
  // and why), so a reload or another tab plays the same audio; and the voice chosen for each interview (null: default).
  // The audio comes last so listing the sentences never reads through it.
  `
  CREATE TABLE speech_audio (
    message_id TEXT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    voice TEXT NOT NULL,
    mime_type TEXT,
    error TEXT,
    created_at INTEGER NOT NULL,
    audio BLOB,
    PRIMARY KEY (message_id, idx)
  );
  ALTER TABLE interviews ADD COLUMN voice TEXT;
  `,
  // 8: the job posting an interview practises for, the candidate's CV and the requirements kept from
  // the posting (JSON). Apart from interviews, whose rows every turn reads: these run to 50 kB.
  `
  CREATE TABLE job_postings (
    interview_id TEXT PRIMARY KEY REFERENCES interviews (id) ON DELETE CASCADE,
    job_description TEXT,
    resume TEXT,
    requirements TEXT NOT NULL
  );
  `,
  // 9: the requirement an interviewer's question probes (JSON), kept with the line so the room shows it.
  `
  ALTER TABLE messages ADD COLUMN requirement TEXT;
  `,
];

export function migrate(storage: DurableObjectStorage): void {
  const { sql } = storage;
  sql.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  const current = sql.exec<{ version: number }>("SELECT version FROM schema_version").toArray()[0]?.version ?? 0;
  for (let version = current; version < MIGRATIONS.length; version++) {
    // One transaction per step: a failed step leaves the previous version intact.
    storage.transactionSync(() => {
      sql.exec(MIGRATIONS[version]!);
      sql.exec("DELETE FROM schema_version");
      sql.exec("INSERT INTO schema_version (version) VALUES (?)", version + 1);
    });
  }
}
