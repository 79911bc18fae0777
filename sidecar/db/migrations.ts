// Numbered schema migrations; PRAGMA user_version records how many have run.
// Append new ones at the end, never edit a shipped one.
export const MIGRATIONS: string[] = [
  // 1: jobs, segments, final files, key/value settings.
  `
  CREATE TABLE jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    preset TEXT NOT NULL,
    input_image TEXT,
    prompt TEXT NOT NULL,
    negative_prompt TEXT NOT NULL,
    parameters TEXT NOT NULL,
    error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX jobs_by_status ON jobs(status);
  CREATE TABLE segments (
    job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    status TEXT NOT NULL,
    prompt TEXT NOT NULL,
    negative_prompt TEXT,
    seed INTEGER NOT NULL,
    loras TEXT NOT NULL,
    prompt_id TEXT,
    accepted INTEGER NOT NULL DEFAULT 0,
    start_image TEXT,
    video TEXT,
    last_frame TEXT,
    frames INTEGER,
    execution_ms INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    PRIMARY KEY (job_id, idx)
  );
  CREATE INDEX segments_by_prompt ON segments(prompt_id) WHERE prompt_id IS NOT NULL;
  CREATE INDEX segments_by_status ON segments(status);
  CREATE TABLE finals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    file TEXT NOT NULL,
    frames INTEGER NOT NULL,
    mode TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE kv (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 2: room for later features: several takes per segment (one chosen), LoRA metadata,
  // image ratings and favourites, user templates.
  `
  CREATE TABLE segment_takes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    take INTEGER NOT NULL,
    chosen INTEGER NOT NULL DEFAULT 0,
    seed INTEGER NOT NULL,
    prompt_id TEXT,
    video TEXT,
    last_frame TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (job_id, idx, take),
    FOREIGN KEY (job_id, idx) REFERENCES segments(job_id, idx) ON DELETE CASCADE
  );
  CREATE TABLE lora_meta (
    name TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE image_marks (
    source TEXT NOT NULL,
    path TEXT NOT NULL,
    rating INTEGER,
    favourite INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (source, path)
  );
  CREATE TABLE user_templates (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  `,  // 3: takes and continuity. segment_takes (never used) is replaced by `takes`, which holds every
  // run of a segment beside the chain's current one; segments learn their take, lock, stale flag,
  // drift and original start frame; finals record their takes and export options.
  `
  DROP TABLE segment_takes;
  CREATE TABLE takes (
    job_id INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    take INTEGER NOT NULL,
    status TEXT NOT NULL,
    prompt TEXT NOT NULL,
    negative_prompt TEXT,
    seed INTEGER NOT NULL,
    loras TEXT NOT NULL,
    prompt_id TEXT,
    accepted INTEGER NOT NULL DEFAULT 0,
    start_image TEXT,
    start_source TEXT,
    video TEXT,
    last_frame TEXT,
    frames INTEGER,
    execution_ms INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    drift REAL,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    PRIMARY KEY (job_id, idx, take),
    FOREIGN KEY (job_id, idx) REFERENCES segments(job_id, idx) ON DELETE CASCADE
  );
  CREATE INDEX takes_by_prompt ON takes(prompt_id) WHERE prompt_id IS NOT NULL;
  CREATE INDEX takes_by_status ON takes(status);
  ALTER TABLE segments ADD COLUMN take INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE segments ADD COLUMN locked INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE segments ADD COLUMN stale INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE segments ADD COLUMN start_source TEXT;
  ALTER TABLE segments ADD COLUMN drift REAL;
  INSERT INTO takes (job_id, idx, take, status, prompt, negative_prompt, seed, loras, prompt_id, accepted, start_image,
      video, last_frame, frames, execution_ms, attempts, error, created_at, started_at, finished_at)
    SELECT job_id, idx, 1, status, prompt, negative_prompt, seed, loras, prompt_id, accepted, start_image,
      video, last_frame, frames, execution_ms, attempts, error, created_at, started_at, finished_at
    FROM segments WHERE status = 'done';
  ALTER TABLE jobs ADD COLUMN export_options TEXT;
  ALTER TABLE finals ADD COLUMN takes TEXT;
  ALTER TABLE finals ADD COLUMN export TEXT;
  `,
  // 4: the client's id of a "create job" request, so a double click or a retried request makes one job.
  `
  ALTER TABLE jobs ADD COLUMN request_id TEXT;
  CREATE UNIQUE INDEX jobs_request_id ON jobs (request_id) WHERE request_id IS NOT NULL;
  `,
  // 5: what ffmpeg found in each segment file (codec parameters, exact frames), by file identity, so a
  // finalize after a restart does not inspect every segment again. One row per path: a rewritten
  // file (other size or mtime) misses and replaces its row.
  `
  CREATE TABLE video_inspections (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ms REAL NOT NULL,
    info TEXT NOT NULL,
    inspected_at INTEGER NOT NULL
  );
  CREATE INDEX video_inspections_by_age ON video_inspections(inspected_at);
  `,
  // 6: indexes for large databases (10,000 jobs, 200,000 segments): the job list counts segments per
  // job from an index alone, finals are found by job, and the ETA reads the newest finished segments
  // without sorting every finished one.
  `
  CREATE INDEX segments_summary ON segments(job_id, status, stale);
  CREATE INDEX segments_done_by_finish ON segments(finished_at) WHERE status = 'done' AND execution_ms IS NOT NULL;
  CREATE INDEX finals_by_job ON finals(job_id, id);
  `,
  // 7: the nodes of each bound prompt that save the video and the last frame, stored at submit time so
  // completion reads them instead of binding the workflow again. NULL on runs submitted before.
  `
  ALTER TABLE segments ADD COLUMN output_nodes TEXT;
  ALTER TABLE takes ADD COLUMN output_nodes TEXT;
  `,
  // 8: seams. Every run records how it continued the segment before (mode and carried frames), the
  // lossless APNG of its last frames that a motion or SVI hand-off loads, and its seam meter
  // (with the take of the segment before it was measured against). Runs made before carried 1 frame.
  `
  ALTER TABLE segments ADD COLUMN seam_mode TEXT NOT NULL DEFAULT 'frame';
  ALTER TABLE segments ADD COLUMN carry INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE segments ADD COLUMN tail TEXT;
  ALTER TABLE segments ADD COLUMN seam REAL;
  ALTER TABLE segments ADD COLUMN seam_ref INTEGER;
  ALTER TABLE takes ADD COLUMN seam_mode TEXT NOT NULL DEFAULT 'frame';
  ALTER TABLE takes ADD COLUMN carry INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE takes ADD COLUMN tail TEXT;
  ALTER TABLE takes ADD COLUMN seam REAL;
  ALTER TABLE takes ADD COLUMN seam_ref INTEGER;
  UPDATE segments SET carry = 1 WHERE idx > 0 AND status <> 'planned';
  UPDATE takes SET carry = 1 WHERE idx > 0 AND status <> 'planned';
  `,
  // 9: how many times the stitch of a finalize in progress was started, so a stitch that takes the
  // sidecar down is not started again at every start (a crash loop).
  `
  ALTER TABLE jobs ADD COLUMN finalize_attempts INTEGER NOT NULL DEFAULT 0;
  `,
  // 10: gallery files hidden by the user (our hand-off frames, mostly): left out of every gallery view
  // but "hidden".
  `
  ALTER TABLE image_marks ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
  `,
  // 11: start from text. Candidate start images made from a prompt, in sets (one request and its
  // "more"); a set is kept with the job whose start image was picked from it, so segment 1 can be
  // made again from another candidate. Text-to-image templates the user imported make them too.
  `
  CREATE TABLE start_image_sets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id INTEGER REFERENCES jobs(id) ON DELETE CASCADE,
    maker TEXT NOT NULL,
    prompt TEXT NOT NULL,
    negative_prompt TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    chosen INTEGER,
    created_at TEXT NOT NULL
  );
  CREATE INDEX start_image_sets_by_job ON start_image_sets(job_id);
  CREATE TABLE start_candidates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    set_id INTEGER NOT NULL REFERENCES start_image_sets(id) ON DELETE CASCADE,
    seed INTEGER NOT NULL,
    status TEXT NOT NULL,
    prompt_id TEXT NOT NULL,
    output_node TEXT NOT NULL,
    image TEXT,
    input_image TEXT,
    error TEXT,
    created_at TEXT NOT NULL,
    finished_at TEXT
  );
  CREATE INDEX start_candidates_by_set ON start_candidates(set_id);
  CREATE INDEX start_candidates_waiting ON start_candidates(status) WHERE status IN ('queued', 'running');
  CREATE TABLE image_templates (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  `,
  // 12: the finalize form's options (joins, trims, export), kept with the job so they come back after a
  // reopen or a reload of the panel; the options of a finalize in progress stay in export_options.
  `
  ALTER TABLE jobs ADD COLUMN finalize_options TEXT;
  `,
  // 13: a chain held before its next planned segment (planned segments inserted into a stopped chain wait
  // for the user's continue instead of running at once).
  `
  ALTER TABLE jobs ADD COLUMN held INTEGER NOT NULL DEFAULT 0;
  `,
  // 14: several ComfyUI backends. Each run records the backend its prompt is on (or was made on);
  // NULL on runs from before, which were all on the ComfyUI the package runs in ('main').
  // abandoned_prompts: prompts resubmitted elsewhere after their backend stopped answering, to be
  // deleted from its queue (or interrupted) when it comes back, and whose late results are ignored.
  `
  ALTER TABLE segments ADD COLUMN backend TEXT;
  ALTER TABLE takes ADD COLUMN backend TEXT;
  CREATE TABLE abandoned_prompts (
    prompt_id TEXT PRIMARY KEY,
    backend TEXT NOT NULL,
    job_id INTEGER NOT NULL,
    abandoned_at TEXT NOT NULL
  );
  CREATE INDEX abandoned_prompts_by_backend ON abandoned_prompts(backend);
  `,
]
