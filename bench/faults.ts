// npm run faults [-- --out FILE] [--only sigkill,restart,outage,hostile,diskfull,crowd,finalize-kill,
// finalize-crashloop,stitch-failure,comfy-exit,seam-pixels,backend-kill,
// backend-kill-revive]: the fault
// suite against the simulated ComfyUI and the sidecar as a child process; prints the figures, writes
// JSON to --out and bench/RESULTS.md.
import { BACKEND_FAILOVER_ARGS, killOneOfThree } from './backendFault'
import { comfyRestartMidSegment, comfyUnreachable } from './comfyFaults'
import { concurrentJobs } from './concurrentJobs'
import { diskFullDuringFinalize } from './diskFull'
import { comfyExitWithPipedStdio, seamPixelCheck } from './exitAndSeams'
import { crashLoopFinalize, killDuringFinalize, stitchFailure } from './finalizeFaults'
import { hostileRequests } from './hostileRequests'
import { Suite } from './report'
import { sigkillDuringJob } from './sigkillSidecar'

const suite = new Suite()
const { figures } = suite

await suite.part('sigkill', async () => {
  const r = await sigkillDuringJob(20, 5)
  figures.sigkill = r
  suite.add({
    what: `SIGKILL the sidecar ${r.kills}x during a 5-segment planned job (seed ${r.seed}): lost / submitted twice / exact frames`,
    figure: `${r.segments_lost} / ${r.segments_submitted_twice} / ${r.exact_frames ? 'yes' : 'no'} (${r.final_frames} of ${r.expected_frames} frames, ${r.accepted_prompts} prompts accepted, job ${r.status})`,
    target: '0 / 0 / yes',
    met: r.segments_lost === 0 && r.segments_submitted_twice === 0 && r.exact_frames,
  })
})

await suite.part('restart', async () => {
  const r = await comfyRestartMidSegment()
  figures.restart = r
  suite.add({
    what: 'ComfyUI restarted mid-segment (queue and history forgotten), 3-segment job',
    figure: `job ${r.status}, ${r.segments_done}/3 done, ${r.final_frames} of ${r.expected_frames} frames, ${r.accepted_prompts} prompts accepted`,
    target: 'completes, exact frames',
    met: r.status === 'completed' && r.exact_frames,
  })
})

await suite.part('outage', async () => {
  const r = await comfyUnreachable(30)
  figures.outage = r
  suite.add({
    what: `ComfyUI unreachable ${r.outage_s} s mid-job (stop, wait, start), 3-segment job`,
    figure: `${r.failed_during_outage} segments failed during it; job ${r.status}, ${r.final_frames} of ${r.expected_frames} frames, ${r.segments_submitted_twice} submitted twice`,
    target: 'none fail, completes',
    met: r.failed_during_outage === 0 && r.status === 'completed' && r.exact_frames,
  })
})

await suite.part('hostile', async () => {
  const r = await hostileRequests(1000)
  figures.hostile = r
  suite.add({
    what: `${r.requests} malformed/hostile requests (seed ${r.seed}): 4xx naming error.field / 4xx without field / 2xx / 5xx`,
    figure: `${r.status_4xx_with_field} / ${r.status_4xx_without_field} / ${r.status_2xx} / ${r.status_5xx}${r.other ? ` (+${r.other} without answer)` : ''}`,
    target: 'all 4xx with field, 0 5xx',
    met: r.status_4xx_with_field === r.requests && r.status_5xx === 0,
  })
  suite.add({ what: 'files touched outside the data and ComfyUI folders', figure: r.files_touched_outside.length ? r.files_touched_outside.slice(0, 5).join('; ') : '0', target: '0', met: r.files_touched_outside.length === 0 })
  suite.add({ what: 'SQLite PRAGMA integrity_check afterwards; sidecar still answering', figure: `${r.integrity_check}; ${r.sidecar_alive ? 'alive' : 'DEAD'}`, target: 'ok', met: r.integrity_check === 'ok' && r.sidecar_alive })
})

await suite.part('diskfull', async () => {
  const r = await diskFullDuringFinalize()
  figures.diskfull = r
  suite.add({
    what: `disk full during finalize (${r.filesystem}, ${r.free_bytes_at_finalize} bytes free)`,
    figure: `job back to ${r.status_after_full}, error "${(r.error_after_full ?? 'none').slice(0, 160)}", new files: ${r.new_files_after_full.length ? r.new_files_after_full.join(', ') : 'none'}`,
    target: 'no partial file, clear error',
    met: r.new_files_after_full.length === 0 && r.error_after_full !== null && r.status_after_full !== 'completed',
  })
  suite.add({
    what: 'finalize again once space is back',
    figure: `${r.second_finalize_status}, ${r.second_final_frames} of ${r.expected_frames} frames`,
    target: 'completes, exact frames',
    met: r.second_finalize_status === 'completed' && r.second_final_frames === r.expected_frames,
  })
})

await suite.part('crowd', async () => {
  const r = await concurrentJobs(20)
  figures.crowd = r
  suite.add({
    what: `${r.jobs} jobs (2 segments each) created and finalized at once through the API`,
    figure: `${r.created} created, ${r.completed} completed, ${r.exact_frames} exact frame counts, ${r.server_errors} 5xx, ${r.database_locked_lines} "database is locked" log lines`,
    target: 'all complete, no lock',
    met: r.completed === r.jobs && r.server_errors === 0 && r.database_locked_lines === 0,
  })
})

await suite.part('finalize-kill', async () => {
  const r = await killDuringFinalize()
  figures.finalize_kill = r
  suite.add({
    what: 'SIGKILL the sidecar while its ffmpeg writes the final (a stalled encode), then start it again: orphan ffmpeg / partial files left / job',
    figure: `${r.orphan_ffmpeg_after_restart} (${r.orphan_ffmpeg_before_restart} before the restart) / ${r.partial_files_after_restart.length} / ${r.status}, ${r.final_frames} of ${r.expected_frames} frames`,
    target: '0 / 0 / completed, exact frames',
    met: r.orphan_ffmpeg_after_restart === 0 && r.partial_files_after_restart.length === 0 && r.status === 'completed' && r.final_frames === r.expected_frames,
  })
})

await suite.part('finalize-crashloop', async () => {
  const r = await crashLoopFinalize()
  figures.finalize_crashloop = r
  suite.add({
    what: 'every final stitch takes the sidecar down (ffmpeg kills its parent); restarted each time: sidecar exits before it stays up / job after',
    figure: `${r.exits} (starts: ${r.starts.join(', ')}) / ${r.status}, error "${(r.error ?? 'none').slice(0, 120)}"`,
    target: `<= ${r.max_attempts} / awaiting_prompt with the reason`,
    met: r.exits <= r.max_attempts && r.starts.at(-1) === 'stayed up' && r.status === 'awaiting_prompt' && r.error !== null,
  })
  suite.add({
    what: 'finalize again once the cause is gone',
    figure: `${r.finalize_after_fix}, ${r.final_frames} of ${r.expected_frames} frames`,
    target: 'completes, exact frames',
    met: r.finalize_after_fix === 'completed' && r.final_frames === r.expected_frames,
  })
})

await suite.part('stitch-failure', async () => {
  const r = await stitchFailure()
  figures.stitch_failure = r
  suite.add({
    what: 'a segment file missing at finalize: job after the failed stitch / partial files / after a restart',
    figure: `${r.status_after_failure}, error "${(r.error ?? 'none').slice(0, 120)}" / ${r.partial_files.length} / ${r.restart_stayed_up ? 'sidecar up' : 'sidecar EXITED'}, job ${r.status_after_restart}`,
    target: 'awaiting_prompt with the reason / 0 / up, unchanged',
    met: r.status_after_failure === 'awaiting_prompt' && r.error !== null && r.partial_files.length === 0 && r.restart_stayed_up && r.status_after_restart === 'awaiting_prompt',
  })
  suite.add({
    what: 'finalize again once the file is back',
    figure: `${r.status_after_fix}, ${r.final_frames} of ${r.expected_frames} frames`,
    target: 'completes, exact frames',
    met: r.status_after_fix === 'completed' && r.final_frames === r.expected_frames,
  })
})

await suite.part('comfy-exit', async () => {
  const r = await comfyExitWithPipedStdio(3)
  figures.comfy_exit = r
  suite.add({
    what: `ComfyUI dies with the sidecar's stdin, stdout and stderr piped to it (--exit-with-stdin), ${r.rounds}x: exit codes / slowest exit / locks left / WAL bytes left / jobs kept`,
    figure: `${r.exit_codes.map((c) => c ?? 'hung').join(', ')} / ${r.slowest_exit_ms} ms / ${r.locks_left} / ${r.wal_bytes_left} / ${r.jobs_kept} of ${r.rounds}`,
    target: 'all 0 / - / 0 / 0 / all',
    met: r.exit_codes.every((c) => c === 0) && r.locks_left === 0 && r.wal_bytes_left === 0 && r.jobs_kept === r.rounds,
  })
})

await suite.part('seam-pixels', async () => {
  const r = await seamPixelCheck(4)
  figures.seam_pixels = r
  suite.add({
    what: `seams of a ${r.segments}-segment final by their pixels: frames / joins where the frame equals the hand-off frame and is neither repeated nor lost (mean abs. difference 0-255: at the join, before, after; against the segment's own last frame)`,
    figure: `${r.frames} of ${r.expected_frames} / ${r.joins.filter((j) => j.ok).length} of ${r.joins.length} (${r.joins.map((j) => `${j.at_join}, ${j.before}, ${j.after}; ${j.own_last}`).join(' | ')})`,
    target: 'exact / all',
    met: r.frames === r.expected_frames && r.joins.every((j) => j.ok),
  })
})

await suite.part('backend-kill', async () => {
  const r = await killOneOfThree(BACKEND_FAILOVER_ARGS)
  figures.backend_kill = r
  suite.add({
    what: `one of three ComfyUI backends (${r.killed_backend}) killed mid-run (${r.lost_on_kill.running} running, ${r.lost_on_kill.queued} queued there), ${r.jobs} jobs of 4 segments: completed / exact frames / segment runs overlapping on two backends / prompts started twice`,
    figure: `${r.completed} / ${r.exact_frames} / ${r.overlapping.length} / ${r.started_twice.length} (prompts per backend ${JSON.stringify(r.prompts_per_backend)}, ${r.seconds} s${r.error ? `; ${r.error}` : ''})`,
    target: `${r.jobs} / ${r.jobs} / 0 / 0`,
    met: r.error === null && r.completed === r.jobs && r.exact_frames === r.jobs && r.overlapping.length === 0 && r.started_twice.length === 0,
  })
})

await suite.part('backend-kill-revive', async () => {
  const r = await killOneOfThree(BACKEND_FAILOVER_ARGS, 20)
  figures.backend_kill_revive = r
  suite.add({
    what: `the same, ${r.killed_backend} started again (empty queue and history, files kept) ${r.revived_after_s} s after the kill: completed / exact frames / overlapping runs / prompts started twice`,
    figure: `${r.completed} / ${r.exact_frames} / ${r.overlapping.length} / ${r.started_twice.length} (prompts per backend ${JSON.stringify(r.prompts_per_backend)}, ${r.seconds} s${r.error ? `; ${r.error}` : ''})`,
    target: `${r.jobs} / ${r.jobs} / 0 / 0`,
    met: r.error === null && r.completed === r.jobs && r.exact_frames === r.jobs && r.overlapping.length === 0 && r.started_twice.length === 0,
  })
})

const notes = [
  `The sidecar ran as a child process from ${figures.sidecar_from === 'dist' ? 'the bundle dist/sidecar.mjs' : 'the sources via tsx'}; the simulated ComfyUI ran in the suite's process.`,
  '"Submitted twice" counts segments whose prompt the sim accepted (HTTP 200) more than once, matched by the planned prompt text in the prompt body.',
  'Finalize faults use an ffmpeg wrapper (--ffmpeg) that misbehaves only when writing a final: it stalls after writing part of the file (kill), or SIGKILLs the sidecar, its parent (crash loop), which is then started again as a supervisor would, up to 8 times; an orphan is an ffmpeg process still writing a `.partial.` file into the output folder.',
  'ComfyUI exit: the sidecar runs from the bundle with all three stdio pipes to the suite, which closes them at once after a job is stored; the write-ahead log must be merged (0 bytes or gone) and the lock removed. Seam pixels: a join passes when the final\'s frame there is within 15 of the hand-off PNG (H.264 loss on a 64 px pattern), within 1 of the segment\'s own last frame (a stream copy), and the frames before and after differ from the hand-off frame by more than twice as much.',
  'Backend kill: three simulated ComfyUIs (main and settings backends gpu2, gpu3, own folders each), 6 planned 4-segment jobs; gpu2 is killed (process gone: queue, history and running prompt lost, `SimComfy.kill()`) once it runs a prompt and 6 prompts are done, and stays dead. Overlap: two log entries of the same segment take (its output prefix), on any backends, whose runs overlap in time; every final counted with ffprobe.',
  'Hostile requests: every request is built to be invalid (a traversal or wrong-typed value in at least one field, bad ids, junk bodies, damaged/non-image/oversized uploads); files outside = a snapshot of a sentinel tree next to the data/ComfyUI folders, plus new entries carrying the payloads\' marker name in /, /tmp, /etc and the working folder.',
]
suite.finish('faults', 'Fault suite (`npm run faults`)', notes)
