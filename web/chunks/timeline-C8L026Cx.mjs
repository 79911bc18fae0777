(()=>{if(typeof document==='undefined'||document.getElementById("longvideo-css-chunks_timeline-C8L026Cx_mjs"))return;const s=document.createElement('style');s.id="longvideo-css-chunks_timeline-C8L026Cx_mjs";s.textContent=".lv-pv{color:var(--lv-fg);box-sizing:border-box;font-size:13px;line-height:1.4}.lv-pv *,.lv-pv :before,.lv-pv :after{box-sizing:border-box}.lv-pv-menu{border:1px solid var(--lv-border);background:var(--lv-bg);border-radius:6px;min-width:220px;padding:4px;position:absolute;box-shadow:0 6px 24px #00000059}.lv-pv-menu__list{outline:none;margin:0;padding:0;list-style:none}.lv-pv-menu__item,.lv-pv-menu__content{border-radius:4px}.lv-pv-menu__item a{color:inherit;cursor:pointer;white-space:nowrap;justify-content:space-between;align-items:center;gap:16px;padding:5px 8px;text-decoration:none;display:flex}.lv-pv-menu__item:hover:not([data-p-disabled=true])>.lv-pv-menu__content{background:var(--lv-bg2)}.lv-pv-menu__item[data-p-focused=true]>.lv-pv-menu__content{background:var(--lv-bg2);outline:2px solid var(--lv-accent);outline-offset:-2px}.lv-pv-menu__item[data-p-disabled=true]{opacity:.5}.lv-pv-menu__item[data-p-disabled=true] a{cursor:default}.lv-pv-menu__item kbd{color:var(--lv-muted);font-family:inherit;font-size:11px}.lv-pv-menu__sep{border-top:1px solid var(--lv-border);margin:4px 0}.lv-pv-popover{border:1px solid var(--lv-border);background:var(--lv-bg);border-radius:6px;margin-top:6px;position:absolute;box-shadow:0 6px 24px #00000059}.lv-pv-popover__content{outline:none;max-height:min(70vh,560px);padding:8px 10px;overflow:auto}.lv-pv-popover__content:focus-visible{outline:2px solid var(--lv-accent);outline-offset:-2px}.lv-pv-popover table{border-collapse:collapse;font-size:12px}.lv-pv-popover th{text-align:left;white-space:nowrap;padding:2px 10px 2px 0;font-weight:400}.lv-pv-popover kbd{border:1px solid var(--lv-border);background:var(--lv-bg2);border-bottom-width:2px;border-radius:4px;padding:0 4px;font-size:11px}.lv-pv-tooltip{pointer-events:none;max-width:320px;padding:0 4px;position:absolute}.lv-pv-tooltip__text{white-space:pre-line;background:var(--lv-fg);color:var(--lv-bg);border-radius:4px;padding:4px 8px;font-size:12px;box-shadow:0 2px 8px #0000004d}.lv-pv-tooltip__arrow{display:none}.lv-pv-slider{background:var(--lv-border);border-radius:2px;flex:120px;min-width:80px;height:4px;margin:8px;position:relative}.lv-pv-slider__range{background:var(--lv-accent);border-radius:2px;height:100%;position:absolute;top:0;left:0}.lv-pv-slider__handle{cursor:grab;background:var(--lv-bg);border:2px solid var(--lv-accent);touch-action:none;border-radius:50%;outline:none;width:14px;height:14px;margin:-7px 0 0 -7px;position:absolute;top:50%}.lv-pv-slider__handle:focus-visible{box-shadow:0 0 0 3px color-mix(in srgb, var(--lv-accent) 55%, transparent)}.lv-pv-select{cursor:pointer;border:1px solid var(--lv-border);background:var(--lv-input);min-width:0;color:var(--lv-input-fg);border-radius:4px;align-items:center;font-size:12px;display:inline-flex;position:relative}.lv-pv-select:focus-within{outline:2px solid var(--lv-accent);outline-offset:1px}.lv-pv-select[data-p-disabled=true]{opacity:.6;cursor:default}.lv-pv-select__label{text-overflow:ellipsis;white-space:nowrap;outline:none;flex:1;min-width:0;padding:4px 8px;overflow:hidden}.lv-pv-select__dropdown{color:var(--lv-muted);align-items:center;padding:0 6px;display:flex}.lv-pv-select__dropdown svg{width:12px;height:12px}.lv-pv-select__overlay{border:1px solid var(--lv-border);background:var(--lv-bg);border-radius:6px;min-width:180px;position:absolute;overflow:hidden;box-shadow:0 6px 24px #00000059}.lv-pv-select__header{border-bottom:1px solid var(--lv-border);padding:6px}.lv-pv-select__filterbox{align-items:center;display:flex;position:relative}.lv-pv-select__filterbox svg{width:12px;height:12px;color:var(--lv-muted);position:absolute;right:8px}.lv-pv-select__filter{border:1px solid var(--lv-border);width:100%;font:inherit;background:var(--lv-input);color:var(--lv-input-fg);border-radius:4px;padding:4px 24px 4px 8px}.lv-pv-select__filter:focus{outline:2px solid var(--lv-accent);outline-offset:-1px}.lv-pv-select__scroll{max-height:260px;overflow:auto}.lv-pv-select__list{margin:0;padding:4px;list-style:none}.lv-pv-select__option{cursor:pointer;white-space:nowrap;border-radius:4px;padding:5px 8px}.lv-pv-select__option:hover{background:var(--lv-bg2)}.lv-pv-select__option[data-p-selected=true]{color:var(--lv-accent-text);font-weight:600}.lv-pv-select__option[data-p-focused=true]{background:var(--lv-bg2);outline:2px solid var(--lv-accent);outline-offset:-2px}.lv-pv-select__option[data-p-disabled=true]{opacity:.5;cursor:default}.lv-pv-select__empty{color:var(--lv-muted);padding:6px 8px}.lv-pv [data-p-hidden-accessible=true],.lv-panel [data-p-hidden-accessible=true]{clip:rect(0 0 0 0);border:0;width:1px;height:1px;margin:-1px;padding:0;position:absolute;overflow:hidden}.lv-timeline-root{height:100%}.lv-tl{outline:none;flex-direction:column;gap:6px;height:100%;padding:6px 8px;display:flex}.lv-tl:focus-visible,.lv-tl :focus-visible{outline:2px solid var(--lv-accent);outline-offset:1px}.lv-tl-bar{flex-wrap:wrap;align-items:center;gap:8px;min-height:32px;display:flex}.lv-tl-job{flex:0 auto;width:auto;min-width:160px;max-width:260px}.lv-tl-transport{align-items:center;gap:2px;display:flex}.lv-tl-counter{font-variant-numeric:tabular-nums;white-space:nowrap}.lv-tl-spacer{flex:1}.lv-tl-chip{border:1px solid var(--lv-border);background:var(--lv-bg);color:var(--lv-fg);white-space:nowrap;border-radius:8px;align-items:center;gap:3px;padding:0 5px;font-size:11px;line-height:16px;display:inline-flex}.lv-tl-chip--name{text-overflow:ellipsis;white-space:nowrap;min-width:0;max-width:100%;display:inline-block;overflow:hidden}.lv-tl-chip--warn{color:var(--lv-warn);border-color:#f59e0bb3}.lv-tl-body{flex:1;grid-template-columns:minmax(180px,28%) minmax(0,1fr);gap:10px;min-height:0;display:grid}.lv-tl-body--edit{grid-template-columns:minmax(180px,24%) minmax(0,1fr) minmax(260px,26%)}.lv-tl-scroll{min-width:0;padding-bottom:6px;overflow:auto}.lv-tl-empty{grid-column:1/-1}.lv-tl-preview{aspect-ratio:16/9;background:#000;border-radius:6px;flex:none;width:100%;position:relative;overflow:hidden}.lv-tl-preview__video{object-fit:contain;width:100%;height:100%;position:absolute;inset:0}.lv-tl-preview__under{opacity:0;pointer-events:none}.lv-tl-preview__empty{text-align:center;color:#ccc;justify-content:center;align-items:center;margin:0;padding:12px;display:flex;position:absolute;inset:0}.lv-tl-track{box-sizing:content-box;min-width:100%;padding-right:24px;position:relative}.lv-tl-ruler{border-bottom:1px solid var(--lv-border);cursor:col-resize;touch-action:none;-webkit-user-select:none;user-select:none;height:20px;position:relative}.lv-tl-ruler__tick{color:var(--lv-muted);border-left:1px solid var(--lv-border);padding-left:3px;font-size:10px;line-height:14px;position:absolute;bottom:0}.lv-tl-ruler__end{border-left:2px dashed var(--lv-muted);position:absolute;top:0;bottom:-4px}.lv-tl-clips{touch-action:none;height:84px;margin-top:6px;position:relative}.lv-tl-clip{cursor:pointer;text-align:left;height:100%;color:var(--lv-fg);border:1px solid var(--lv-border);background:var(--lv-bg2);font:inherit;border-radius:5px;flex-direction:column;justify-content:flex-start;align-items:stretch;padding:0;font-size:11px;display:flex;position:absolute;top:0;overflow:hidden}.lv-tl-clip__poster{object-fit:cover;opacity:.85;pointer-events:none;width:100%;height:100%;position:absolute;inset:0}.lv-tl-clip__strip{opacity:1;background-repeat:no-repeat;background-color:var(--lv-bg2);display:block}.lv-tl-clip__head{background:color-mix(in srgb, var(--lv-bg) 80%, transparent);border-bottom-right-radius:5px;flex-wrap:wrap;align-self:flex-start;align-items:center;gap:4px;max-width:100%;padding:2px 4px;display:flex;position:relative}.lv-tl-clip__prompt{-webkit-line-clamp:3;color:var(--lv-muted);-webkit-box-orient:vertical;padding:2px 4px;font-style:italic;line-height:1.25;display:-webkit-box;position:relative;overflow:hidden}.lv-tl-clip__progress{position:absolute;bottom:4px;left:4px;right:4px}.lv-tl-clip--planned{background:0 0;border-style:dashed}.lv-tl-clip--running,.lv-tl-clip--queued{border-color:var(--lv-info)}.lv-tl-clip--failed{border-color:var(--lv-danger)}.lv-tl-clip--stale{box-shadow:inset 0 -3px #f59e0b}.lv-tl-clip--selected{border-color:var(--lv-accent);box-shadow:0 0 0 2px var(--lv-accent) inset}.lv-tl-join{z-index:2;border:1px solid var(--lv-border);background:var(--lv-bg);min-width:26px;color:var(--lv-fg);font:inherit;cursor:pointer;border-radius:5px;flex-direction:column;align-items:center;padding:1px 3px;font-size:10px;line-height:12px;display:flex;position:absolute;top:50%;transform:translate(-50%,-50%)}.lv-tl-join--ok{color:var(--lv-ok);border-color:#22c55e}.lv-tl-join--warn{color:var(--lv-warn);background:color-mix(in srgb, #f59e0b 14%, var(--lv-bg));border-color:#f59e0b}.lv-tl-join--unknown{border-style:dashed}.lv-tl-join__mode{font-weight:700}.lv-tl-playhead{border-left:2px solid var(--lv-danger);pointer-events:none;z-index:3;width:0;position:absolute;top:0;bottom:0}.lv-tl-playhead:before{content:\"\";border:5px solid #0000;border-top:7px solid var(--lv-danger);position:absolute;top:0;left:-6px}.lv-tl-help{position:relative}.lv-overlay{background:#00000073}.lv-overlay__box{border:1px solid var(--lv-border);width:min(1600px,94vw);height:min(900px,86vh);box-shadow:var(--bar-shadow,0 6px 24px #00000059);background:var(--lv-bg);border-radius:8px;overflow:hidden}.lv-overlay__content{flex:1;min-height:0}.lv-tl-side{flex-direction:column;gap:8px;min-height:0;padding-right:2px;display:flex;overflow-y:auto}.lv-tl-inspector{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:6px;flex-direction:column;gap:4px;padding:8px;display:flex}.lv-tl-inspector__prompt{white-space:pre-wrap;word-break:break-word;margin:0}.lv-tl-inspector .lv-takes__row{scroll-snap-type:none;grid-template-columns:repeat(auto-fill,minmax(108px,1fr));display:grid;overflow-x:visible}.lv-tl-inspector .lv-take{flex:none}.lv-tl-inspector__title{flex-wrap:wrap;flex:1;align-items:center;gap:2px 6px;min-width:0;display:flex}.lv-tl-inspector__title>b{white-space:nowrap}.lv-tl-inspector>header{align-items:flex-start}.lv-tl-insert{border-top:1px dashed var(--lv-border);flex-direction:column;gap:4px;margin-top:4px;padding-top:6px;display:flex}.lv-tl-facts{grid-template-columns:auto 1fr;gap:2px 10px;margin:0;font-size:12px;display:grid}.lv-tl-facts dt{color:var(--lv-muted)}.lv-tl-facts dd{font-variant-numeric:tabular-nums;margin:0}.lv-tl-join[aria-pressed=true]{box-shadow:0 0 0 2px var(--lv-accent)}.lv-tl-charts{box-sizing:content-box;flex-direction:column;gap:2px;margin-top:8px;padding-right:24px;display:flex}.lv-tl-chart{border-top:1px solid var(--lv-border);margin:0}.lv-tl-chart svg{display:block;overflow:visible}.lv-tl-chart__name{color:var(--lv-muted);padding:2px 0 0;font-size:11px}.lv-tl input[type=range]{accent-color:var(--lv-accent)}\n";document.head.appendChild(s)})();
import{$ as e,A as t,B as n,C as r,D as i,E as a,F as o,G as s,H as c,I as l,J as u,K as d,L as f,M as p,N as m,O as h,P as g,Q as _,R as v,S as y,T as b,U as ee,V as te,W as ne,X as re,Y as ie,Z as x,_ as ae,a as S,at as C,b as oe,c as w,ct as se,d as ce,et as le,f as ue,g as T,h as de,i as E,it as fe,j as pe,k as D,l as me,m as he,n as ge,nt as _e,o as ve,ot as ye,p as be,q as xe,r as Se,rt as Ce,s as we,st as Te,t as Ee,tt as De,u as Oe,v as ke,w as Ae,x as je,y as Me,z as Ne}from"./virtualscroller-DVciDobO.mjs";import{$t as Pe,An as Fe,At as Ie,B as Le,Cn as Re,Dn as O,Dt as ze,E as Be,En as Ve,F as He,Fn as k,Ft as Ue,G as We,H as Ge,I as Ke,In as qe,It as Je,K as Ye,Kt as Xe,L as Ze,Ln as Qe,Mn as A,Nt as $e,O as et,On as j,Ot as tt,P as nt,Pn as M,Pt as rt,R as it,Rn as N,Sn as P,Tt as at,V as ot,W as st,Yt as ct,_n as lt,_t as ut,an as F,bn as dt,bt as ft,c as pt,cn as I,dn as L,fn as mt,ft as ht,gn as gt,hn as R,ht as _t,in as z,it as B,kn as V,kt as vt,ln as yt,lt as bt,m as xt,mt as St,nn as H,nt as Ct,on as U,ot as wt,p as Tt,rn as Et,sn as W,tn as Dt,u as Ot,un as G,ut as kt,vn as At,wn as jt,wt as Mt,xn as K,yn as q,z as Nt,zt as Pt}from"./panel-DEFDITX7.mjs";function J(...e){if(e){let t=[];for(let n=0;n<e.length;n++){let r=e[n];if(!r)continue;let i=typeof r;if(i===`string`||i===`number`)t.push(r);else if(i===`object`){let e=Array.isArray(r)?[J(...r)]:Object.entries(r).map(([e,t])=>t?e:void 0);t=e.length?t.concat(e.filter(e=>!!e)):t}}return t.join(` `).trim()}}var Ft={};function It(e=`pui_id_`){return Object.hasOwn(Ft,e)||(Ft[e]=0),Ft[e]++,`${e}${Ft[e]}`}function Lt(){let e=[],t=(t,n,r=999)=>{let a=i(t,n,r),o=a.value+(a.key===t?0:r)+1;return e.push({key:t,value:o}),o},n=t=>{e=e.filter(e=>e.value!==t)},r=(e,t)=>i(e,t).value,i=(t,n,r=0)=>[...e].reverse().find(e=>n?!0:e.key===t)||{key:t,value:r},a=e=>e&&parseInt(e.style.zIndex,10)||0;return{get:a,set:(e,n,r)=>{n&&(n.style.zIndex=String(t(e,!0,r)))},clear:e=>{e&&(n(a(e)),e.style.zIndex=``)},getCurrent:e=>r(e,!0)}}var Y=Lt(),Rt={charts:{drift:{t:0,b:{t:2,i:[{t:3,v:`Colour drift (ΔE) · warns above `},{t:4,k:`n`}]}},driftLabel:{t:0,b:{t:2,i:[{t:3}],s:`Colour drift per segment`}},seam:{t:0,b:{t:2,i:[{t:3,v:`Seam meter at each join · warns above `},{t:4,k:`n`}]}},seamBar:{t:0,b:{t:2,i:[{t:3,v:`Join `},{t:4,k:`from`},{t:3,v:` → `},{t:4,k:`to`},{t:3,v:`: seam meter `},{t:4,k:`value`}]}},seamLabel:{t:0,b:{t:2,i:[{t:3}],s:`Seam meter per join`}},timing:{t:0,b:{t:2,i:[{t:3}],s:`Seconds in ComfyUI per segment (each take; the one that counts in colour)`}}},edits:{crossfade:{t:0,b:{t:2,i:[{t:3,v:`Crossfade `},{t:4,k:`frames`},{t:3,v:` frames after segment `},{t:4,k:`n`}]}},cut:{t:0,b:{t:2,i:[{t:3,v:`Cut after segment `},{t:4,k:`n`}]}},delete:{t:0,b:{t:2,i:[{t:3,v:`Delete segment `},{t:4,k:`n`}]}},earlier:{t:0,b:{t:2,i:[{t:3,v:`Move segment `},{t:4,k:`n`},{t:3,v:` earlier`}]}},edit:{t:0,b:{t:2,i:[{t:3,v:`Edit segment `},{t:4,k:`n`}]}},frameFailure:{t:0,b:{t:2,i:[{t:3}],s:`Could not take the frame`}},frameSource:{t:0,b:{t:2,i:[{t:3,v:`frame `},{t:4,k:`n`},{t:3,v:` of “`},{t:4,k:`name`},{t:3,v:`”`}]}},frameToast:{t:0,b:{t:2,i:[{t:3,v:`Segment `},{t:4,k:`n`},{t:3,v:`, its frame `},{t:4,k:`frame`},{t:3,v:`: the new-job form has it as the start image`}]}},insert:{t:0,b:{t:2,i:[{t:3,v:`Insert a segment after segment `},{t:4,k:`n`}]}},join:{t:0,b:{t:2,i:[{t:3,v:`Change the join after segment `},{t:4,k:`n`}]}},later:{t:0,b:{t:2,i:[{t:3,v:`Move segment `},{t:4,k:`n`},{t:3,v:` later`}]}},undoFailure:{t:0,b:{t:2,i:[{t:3}],s:`Could not undo`}},undone:{t:0,b:{t:2,i:[{t:3}],s:`Undone`}}},inspector:{addFailure:{t:0,b:{t:2,i:[{t:3}],s:`Could not add the segment`}},earlier:{t:0,b:{t:2,i:[{t:3}],s:`Move earlier (Alt+←)`}},insert:{t:0,b:{t:2,i:[{t:3}],s:`Insert`}},insertTitle:{t:0,b:{t:2,i:[{t:3}],s:`Insert (I)`}},itsPrompt:{t:0,b:{t:2,i:[{t:3}],s:`Its prompt`}},jobNegative:{t:0,b:{t:2,i:[{t:3}],s:`The job's negative prompt`}},later:{t:0,b:{t:2,i:[{t:3}],s:`Move later (Alt+→)`}},lockFailure:{t:0,b:{t:2,i:[{t:3}],s:`Could not change the lock`}},lockTake:{t:0,b:{t:2,i:[{t:3}],s:`Lock this take`}},lockTitle:{t:0,b:{t:2,i:[{t:3}],s:`Lock: no re-run replaces this take`}},moveFailure:{t:0,b:{t:2,i:[{t:3}],s:`Could not move the segment`}},negative:{t:0,b:{t:2,i:[{t:3,v:`negative: `},{t:4,k:`text`}]}},newAfter:{t:0,b:{t:2,i:[{t:3,v:`New planned segment after `},{t:4,k:`n`}]}},nextNow:{t:0,b:{t:2,i:[{t:3}],s:`New planned segment after the last (waits for Run)`}},run:{t:0,b:{t:2,i:[{t:3}],s:`Run`}},saveFailure:{t:0,b:{t:2,i:[{t:3}],s:`Could not save the segment`}},unlockTake:{t:0,b:{t:2,i:[{t:3}],s:`Unlock this take`}},waits:{t:0,b:{t:2,i:[{t:3}],s:`Waits: nothing runs until you press Run.`}}},joinEditor:{carried:{t:0,b:{t:2,i:[{t:3}],s:`Carried frames`}},cutOrFade:{t:0,b:{t:2,i:[{t:3}],s:`Cut or crossfade`}},driftBefore:{t:0,b:{t:2,i:[{t:3}],s:`Colour drift before it`}},fadeFrames:{t:0,b:{t:2,i:[{t:3}],s:`Crossfade frames`}},handOff:{t:0,b:{t:2,i:[{t:3}],s:`Hand-off`}},handOffRan:{t:0,b:{t:2,i:[{t:3,v:`Hand-off (for redos: segment `},{t:4,k:`n`},{t:3,v:` already ran)`}]}},inFinal:{t:0,b:{t:2,i:[{t:3}],s:`In the final`}},jobDefault:{t:0,b:{t:2,i:[{t:3,v:`Job default (`},{t:4,k:`mode`},{t:3,v:`)`}]}},notMeasured:{t:0,b:{t:2,i:[{t:3}],s:`not measured`}},seamMeter:{t:0,b:{t:2,i:[{t:3}],s:`Seam meter`}}},menu:{earlier:{t:0,b:{t:2,i:[{t:3}],s:`Move earlier`}},edit:{t:0,b:{t:2,i:[{t:3}],s:`Edit prompt, seed and LoRAs`}},insert:{t:0,b:{t:2,i:[{t:3}],s:`Insert a planned segment after`}},join:{t:0,b:{t:2,i:[{t:3}],s:`Edit the join after it`}},later:{t:0,b:{t:2,i:[{t:3}],s:`Move later`}},lock:{t:0,b:{t:2,i:[{t:3}],s:`Lock the take`}},play:{t:0,b:{t:2,i:[{t:3}],s:`Play from here`}},run:{t:0,b:{t:2,i:[{t:3}],s:`Run`}},takes:{t:0,b:{t:2,i:[{t:3}],s:`Show takes`}},unlock:{t:0,b:{t:2,i:[{t:3}],s:`Unlock the take`}}},newJob:{negativePrompt:{t:0,b:{t:2,i:[{t:3}],s:`Negative prompt`}},prompt:{t:0,b:{t:2,i:[{t:3}],s:`Prompt`}},secondsPerSegment:{t:0,b:{t:2,i:[{t:3}],s:`Seconds per segment`}},segmentN:{t:0,b:{t:2,i:[{t:3,v:`Segment `},{t:4,k:`n`}]}}},timeline:{chooseJob:{t:0,b:{t:2,i:[{t:3}],s:`Choose a job…`}},clipLabel:{t:0,b:{t:2,i:[{t:3,v:`Segment `},{t:4,k:`n`},{t:3,v:`, `},{t:4,k:`status`},{t:3,v:`, `},{t:4,k:`frames`},{t:3,v:` frames`}]}},close:{t:0,b:{t:2,i:[{t:3}],s:`Close (Esc)`}},closeLabel:{t:0,b:{t:2,i:[{t:3}],s:`Close the timeline (Esc)`}},end:{t:0,b:{t:2,i:[{t:3}],s:`End of the final`}},findJob:{t:0,b:{t:2,i:[{t:3}],s:`Find a job`}},join:{above:{t:0,b:{t:2,i:[{t:3}],s:`(above the threshold)`}},crossfade:{t:0,b:{t:2,i:[{t:3,v:`crossfade `},{t:4,k:`n`},{t:3,v:` frames`}]}},cut:{t:0,b:{t:2,i:[{t:3}],s:`cut`}},drift:{t:0,b:{t:2,i:[{t:3,v:`ΔE `},{t:4,k:`value`},{t:3,v:` before it`}]}},frame:{t:0,b:{t:2,i:[{t:3}],s:`last-frame hand-off`}},motion:{t:0,b:{t:2,i:[{t:3,v:`motion hand-off (`},{t:4,k:`n`},{t:3,v:` frames)`}]}},name:{t:0,b:{t:2,i:[{t:3,v:`Join `},{t:4,k:`from`},{t:3,v:` → `},{t:4,k:`to`}]}},notMeasured:{t:0,b:{t:2,i:[{t:3}],s:`seam meter not measured`}},seam:{t:0,b:{t:2,i:[{t:3,v:`seam meter `},{t:4,k:`value`}]}},svi:{t:0,b:{t:2,i:[{t:3}],s:`SVI hand-off`}}},key:{backward:{t:0,b:{t:2,i:[{t:3}],s:`Play backward (again: faster)`}},"clip-next":{t:0,b:{t:2,i:[{t:3}],s:`Start of the next segment`}},"clip-prev":{t:0,b:{t:2,i:[{t:3}],s:`Start of this or the previous segment`}},continue:{t:0,b:{t:2,i:[{t:3}],s:`Run the planned segment that waits`}},delete:{t:0,b:{t:2,i:[{t:3}],s:`Delete the selected planned segment`}},deselect:{t:0,b:{t:2,i:[{t:3}],s:`Close the segment or join`}},end:{t:0,b:{t:2,i:[{t:3}],s:`Last frame`}},forward:{t:0,b:{t:2,i:[{t:3}],s:`Play forward (again: faster)`}},"frame-next":{t:0,b:{t:2,i:[{t:3}],s:`Next frame`}},"frame-prev":{t:0,b:{t:2,i:[{t:3}],s:`Previous frame`}},help:{t:0,b:{t:2,i:[{t:3}],s:`These keys`}},insert:{t:0,b:{t:2,i:[{t:3}],s:`Insert a planned segment after the selected one`}},join:{t:0,b:{t:2,i:[{t:3}],s:`Edit the join after the selected segment`}},lock:{t:0,b:{t:2,i:[{t:3}],s:`Lock / unlock the selected take`}},menu:{t:0,b:{t:2,i:[{t:3}],s:`The selected segment's menu (also right click)`}},"move-earlier":{t:0,b:{t:2,i:[{t:3}],s:`Move the selected planned segment earlier`}},"move-later":{t:0,b:{t:2,i:[{t:3}],s:`Move the selected planned segment later`}},"new-job":{t:0,b:{t:2,i:[{t:3}],s:`Start a new job from the frame under the playhead`}},pause:{t:0,b:{t:2,i:[{t:3}],s:`Pause`}},play:{t:0,b:{t:2,i:[{t:3}],s:`Play / pause`}},redo:{t:0,b:{t:2,i:[{t:3}],s:`Redo the selected segment as a new take`}},"second-next":{t:0,b:{t:2,i:[{t:3}],s:`One second on`}},"second-prev":{t:0,b:{t:2,i:[{t:3}],s:`One second back`}},seeds:{t:0,b:{t:2,i:[{t:3}],s:`Run N seeds of the selected segment`}},"select-here":{t:0,b:{t:2,i:[{t:3}],s:`Select the segment under the playhead`}},"select-next":{t:0,b:{t:2,i:[{t:3}],s:`Select the next segment`}},"select-prev":{t:0,b:{t:2,i:[{t:3}],s:`Select the previous segment`}},start:{t:0,b:{t:2,i:[{t:3}],s:`First frame`}},undo:{t:0,b:{t:2,i:[{t:3}],s:`Undo the last edit that has not run`}},"zoom-in":{t:0,b:{t:2,i:[{t:3}],s:`Zoom in`}},"zoom-out":{t:0,b:{t:2,i:[{t:3}],s:`Zoom out`}}},keysButton:{t:0,b:{t:2,i:[{t:3}],s:`Keyboard keys (?)`}},keysTitle:{t:0,b:{t:2,i:[{t:3}],s:`Timeline keys`}},locked:{t:0,b:{t:2,i:[{t:3}],s:`Locked`}},newJobFromFrame:{t:0,b:{t:2,i:[{t:3}],s:`New job from this frame`}},newJobFromFrameTitle:{t:0,b:{t:2,i:[{t:3}],s:`Start a new job from the frame under the playhead (N)`}},nextFrame:{t:0,b:{t:2,i:[{t:3}],s:`Next frame (→)`}},noJob:{t:0,b:{t:2,i:[{t:3}],s:`Open a job in the Long Video panel, or choose one above.`}},noJobFound:{t:0,b:{t:2,i:[{t:3}],s:`No job has that name`}},nothingToUndo:{t:0,b:{t:2,i:[{t:3}],s:`Nothing to undo`}},nothingYet:{t:0,b:{t:2,i:[{t:3}],s:`Nothing finished yet: the preview starts with the first segment.`}},ofFrames:{t:0,b:{t:2,i:[{t:3,v:`/ `},{t:4,k:`n`},{t:3,v:` frames`}]}},pause:{t:0,b:{t:2,i:[{t:3}],s:`Pause (K)`}},play:{t:0,b:{t:2,i:[{t:3}],s:`Play (Space)`}},playback:{t:0,b:{t:2,i:[{t:3}],s:`Playback`}},prevFrame:{t:0,b:{t:2,i:[{t:3}],s:`Previous frame (←)`}},staleTitle:{t:0,b:{t:2,i:[{t:3}],s:`The segment before changed take`}},takeCounts:{t:0,b:{t:2,i:[{t:3}],s:`Take that counts`}},title:{t:0,b:{t:2,i:[{t:3}],s:`Long Video timeline`}},undo:{t:0,b:{t:2,i:[{t:3,v:`Undo: `},{t:4,k:`what`},{t:3,v:` (Ctrl+Z)`}]}}}},X={STARTS_WITH:`startsWith`,CONTAINS:`contains`,NOT_CONTAINS:`notContains`,ENDS_WITH:`endsWith`,EQUALS:`equals`,NOT_EQUALS:`notEquals`,IN:`in`,LESS_THAN:`lt`,LESS_THAN_OR_EQUAL_TO:`lte`,GREATER_THAN:`gt`,GREATER_THAN_OR_EQUAL_TO:`gte`,BETWEEN:`between`,DATE_IS:`dateIs`,DATE_IS_NOT:`dateIsNot`,DATE_BEFORE:`dateBefore`,DATE_AFTER:`dateAfter`};function zt(e,t){var n=typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(!n){if(Array.isArray(e)||(n=Bt(e))||t){n&&(e=n);var r=0,i=function(){};return{s:i,n:function(){return r>=e.length?{done:!0}:{done:!1,value:e[r++]}},e:function(e){throw e},f:i}}throw TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}var a,o=!0,s=!1;return{s:function(){n=n.call(e)},n:function(){var e=n.next();return o=e.done,e},e:function(e){s=!0,a=e},f:function(){try{o||n.return==null||n.return()}finally{if(s)throw a}}}}function Bt(e,t){if(e){if(typeof e==`string`)return Vt(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Vt(e,t):void 0}}function Vt(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}var Ht={filter:function(e,t,n,r,i){var a=[];if(!e)return a;var o=zt(e),s;try{for(o.s();!(s=o.n()).done;){var c=s.value;if(typeof c==`string`){if(this.filters[r](c,n,i)){a.push(c);continue}}else{var l=zt(t),u;try{for(l.s();!(u=l.n()).done;){var d=u.value,f=b(c,d);if(this.filters[r](f,n,i)){a.push(c);break}}}catch(e){l.e(e)}finally{l.f()}}}}catch(e){o.e(e)}finally{o.f()}return a},filters:{startsWith:function(e,t,n){if(t==null||t===``)return!0;if(e==null)return!1;var r=T(t.toString()).toLocaleLowerCase(n);return T(e.toString()).toLocaleLowerCase(n).slice(0,r.length)===r},contains:function(e,t,n){if(t==null||t===``)return!0;if(e==null)return!1;var r=T(t.toString()).toLocaleLowerCase(n);return T(e.toString()).toLocaleLowerCase(n).indexOf(r)!==-1},notContains:function(e,t,n){if(t==null||t===``)return!0;if(e==null)return!1;var r=T(t.toString()).toLocaleLowerCase(n);return T(e.toString()).toLocaleLowerCase(n).indexOf(r)===-1},endsWith:function(e,t,n){if(t==null||t===``)return!0;if(e==null)return!1;var r=T(t.toString()).toLocaleLowerCase(n),i=T(e.toString()).toLocaleLowerCase(n);return i.indexOf(r,i.length-r.length)!==-1},equals:function(e,t,n){return t==null||t===``?!0:e==null?!1:e.getTime&&t.getTime?e.getTime()===t.getTime():T(e.toString()).toLocaleLowerCase(n)==T(t.toString()).toLocaleLowerCase(n)},notEquals:function(e,t,n){return t==null||t===``?!1:e==null?!0:e.getTime&&t.getTime?e.getTime()!==t.getTime():T(e.toString()).toLocaleLowerCase(n)!=T(t.toString()).toLocaleLowerCase(n)},in:function(e,t){if(t==null||t.length===0)return!0;for(var n=0;n<t.length;n++)if(je(e,t[n]))return!0;return!1},between:function(e,t){return t==null||t[0]==null||t[1]==null?!0:e==null?!1:e.getTime?t[0].getTime()<=e.getTime()&&e.getTime()<=t[1].getTime():t[0]<=e&&e<=t[1]},lt:function(e,t){return t==null?!0:e==null?!1:e.getTime&&t.getTime?e.getTime()<t.getTime():e<t},lte:function(e,t){return t==null?!0:e==null?!1:e.getTime&&t.getTime?e.getTime()<=t.getTime():e<=t},gt:function(e,t){return t==null?!0:e==null?!1:e.getTime&&t.getTime?e.getTime()>t.getTime():e>t},gte:function(e,t){return t==null?!0:e==null?!1:e.getTime&&t.getTime?e.getTime()>=t.getTime():e>=t},dateIs:function(e,t){return t==null||e!=null&&(typeof e==`string`&&(e=new Date(e)),typeof t==`string`&&(t=new Date(t)),e.toDateString()===t.toDateString())},dateIsNot:function(e,t){return t==null||e!=null&&(typeof e==`string`&&(e=new Date(e)),typeof t==`string`&&(t=new Date(t)),e.toDateString()!==t.toDateString())},dateBefore:function(e,t){return t==null||e!=null&&(typeof e==`string`&&(e=new Date(e)),typeof t==`string`&&(t=new Date(t)),e.getTime()<t.getTime())},dateAfter:function(e,t){return t==null||e!=null&&(typeof e==`string`&&(e=new Date(e)),typeof t==`string`&&(t=new Date(t)),e.getTime()>t.getTime())}},register:function(e,t){this.filters[e]=t}},Ut=Oe();function Wt(e){"@babel/helpers - typeof";return Wt=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Wt(e)}function Gt(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Kt(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Gt(Object(n),!0).forEach(function(t){qt(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Gt(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function qt(e,t,n){return(t=Jt(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Jt(e){var t=Yt(e,`string`);return Wt(t)==`symbol`?t:t+``}function Yt(e,t){if(Wt(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Wt(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Xt={ripple:!1,inputStyle:null,inputVariant:null,locale:{startsWith:`Starts with`,contains:`Contains`,notContains:`Not contains`,endsWith:`Ends with`,equals:`Equals`,notEquals:`Not equals`,noFilter:`No Filter`,lt:`Less than`,lte:`Less than or equal to`,gt:`Greater than`,gte:`Greater than or equal to`,dateIs:`Date is`,dateIsNot:`Date is not`,dateBefore:`Date is before`,dateAfter:`Date is after`,clear:`Clear`,apply:`Apply`,matchAll:`Match All`,matchAny:`Match Any`,addRule:`Add Rule`,removeRule:`Remove Rule`,accept:`Yes`,reject:`No`,choose:`Choose`,upload:`Upload`,cancel:`Cancel`,completed:`Completed`,pending:`Pending`,fileSizeTypes:[`B`,`KB`,`MB`,`GB`,`TB`,`PB`,`EB`,`ZB`,`YB`],dayNames:[`Sunday`,`Monday`,`Tuesday`,`Wednesday`,`Thursday`,`Friday`,`Saturday`],dayNamesShort:[`Sun`,`Mon`,`Tue`,`Wed`,`Thu`,`Fri`,`Sat`],dayNamesMin:[`Su`,`Mo`,`Tu`,`We`,`Th`,`Fr`,`Sa`],monthNames:[`January`,`February`,`March`,`April`,`May`,`June`,`July`,`August`,`September`,`October`,`November`,`December`],monthNamesShort:[`Jan`,`Feb`,`Mar`,`Apr`,`May`,`Jun`,`Jul`,`Aug`,`Sep`,`Oct`,`Nov`,`Dec`],chooseYear:`Choose Year`,chooseMonth:`Choose Month`,chooseDate:`Choose Date`,prevDecade:`Previous Decade`,nextDecade:`Next Decade`,prevYear:`Previous Year`,nextYear:`Next Year`,prevMonth:`Previous Month`,nextMonth:`Next Month`,prevHour:`Previous Hour`,nextHour:`Next Hour`,prevMinute:`Previous Minute`,nextMinute:`Next Minute`,prevSecond:`Previous Second`,nextSecond:`Next Second`,am:`am`,pm:`pm`,today:`Today`,weekHeader:`Wk`,firstDayOfWeek:0,showMonthAfterYear:!1,dateFormat:`mm/dd/yy`,weak:`Weak`,medium:`Medium`,strong:`Strong`,passwordPrompt:`Enter a password`,emptyFilterMessage:`No results found`,searchMessage:`{0} results are available`,selectionMessage:`{0} items selected`,emptySelectionMessage:`No selected item`,emptySearchMessage:`No results found`,fileChosenMessage:`{0} files`,noFileChosenMessage:`No file chosen`,emptyMessage:`No available options`,aria:{trueLabel:`True`,falseLabel:`False`,nullLabel:`Not Selected`,star:`1 star`,stars:`{star} stars`,selectAll:`All items selected`,unselectAll:`All items unselected`,close:`Close`,previous:`Previous`,next:`Next`,navigation:`Navigation`,scrollTop:`Scroll Top`,moveTop:`Move Top`,moveUp:`Move Up`,moveDown:`Move Down`,moveBottom:`Move Bottom`,moveToTarget:`Move to Target`,moveToSource:`Move to Source`,moveAllToTarget:`Move All to Target`,moveAllToSource:`Move All to Source`,pageLabel:`Page {page}`,firstPageLabel:`First Page`,lastPageLabel:`Last Page`,nextPageLabel:`Next Page`,prevPageLabel:`Previous Page`,rowsPerPageLabel:`Rows per page`,jumpToPageDropdownLabel:`Jump to Page Dropdown`,jumpToPageInputLabel:`Jump to Page Input`,selectRow:`Row Selected`,unselectRow:`Row Unselected`,expandRow:`Row Expanded`,collapseRow:`Row Collapsed`,showFilterMenu:`Show Filter Menu`,hideFilterMenu:`Hide Filter Menu`,filterOperator:`Filter Operator`,filterConstraint:`Filter Constraint`,editRow:`Row Edit`,saveEdit:`Save Edit`,cancelEdit:`Cancel Edit`,listView:`List View`,gridView:`Grid View`,slide:`Slide`,slideNumber:`{slideNumber}`,zoomImage:`Zoom Image`,zoomIn:`Zoom In`,zoomOut:`Zoom Out`,rotateRight:`Rotate Right`,rotateLeft:`Rotate Left`,listLabel:`Option List`}},filterMatchModeOptions:{text:[X.STARTS_WITH,X.CONTAINS,X.NOT_CONTAINS,X.ENDS_WITH,X.EQUALS,X.NOT_EQUALS],numeric:[X.EQUALS,X.NOT_EQUALS,X.LESS_THAN,X.LESS_THAN_OR_EQUAL_TO,X.GREATER_THAN,X.GREATER_THAN_OR_EQUAL_TO],date:[X.DATE_IS,X.DATE_IS_NOT,X.DATE_BEFORE,X.DATE_AFTER]},zIndex:{modal:1100,overlay:1e3,menu:1e3,tooltip:1100},theme:void 0,unstyled:!1,pt:void 0,ptOptions:{mergeSections:!0,mergeProps:!1},csp:{nonce:void 0}},Zt=Symbol();function Qt(e,t){var n={config:Fe(t)};return e.config.globalProperties.$primevue=n,e.provide(Zt,n),en(),tn(e,n),n}var $t=[];function en(){we.clear(),$t.forEach(function(e){return e?.()}),$t=[]}function tn(e,t){var n=A(!1),r=function(){if(t.config?.theme!==`none`&&!w.isStyleNameLoaded(`common`)){var e,n=S.getCommonTheme?.call(S)||{},r=n.primitive,i=n.semantic,a=n.global,o=n.style,s={nonce:(e=t.config)==null||(e=e.csp)==null?void 0:e.nonce};S.load(r?.css,Kt({name:`primitive-variables`},s)),S.load(i?.css,Kt({name:`semantic-variables`},s)),S.load(a?.css,Kt({name:`global-variables`},s)),S.loadStyle(Kt({name:`global-style`},s),o),w.setLoadedStyleName(`common`)}};we.on(`theme:change`,function(t){n.value||=(e.config.globalProperties.$primevue.config.theme=t,!0)});var i=O(t.config,function(e,t){Ut.emit(`config:change`,{newValue:e,oldValue:t})},{immediate:!0,deep:!0}),a=O(function(){return t.config.ripple},function(e,t){Ut.emit(`config:ripple:change`,{newValue:e,oldValue:t})},{immediate:!0,deep:!0}),o=O(function(){return t.config.theme},function(e,i){n.value||w.setTheme(e),t.config.unstyled||r(),n.value=!1,Ut.emit(`config:theme:change`,{newValue:e,oldValue:i})},{immediate:!0,deep:!1}),s=O(function(){return t.config.unstyled},function(e,n){!e&&t.config.theme&&r(),Ut.emit(`config:unstyled:change`,{newValue:e,oldValue:n})},{immediate:!0,deep:!0});$t.push(i),$t.push(a),$t.push(o),$t.push(s)}var nn={install:function(e,t){Qt(e,be(Xt,t))}};function rn(e){"@babel/helpers - typeof";return rn=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},rn(e)}function an(e,t){if(!(e instanceof t))throw TypeError(`Cannot call a class as a function`)}function on(e,t){for(var n=0;n<t.length;n++){var r=t[n];r.enumerable=r.enumerable||!1,r.configurable=!0,`value`in r&&(r.writable=!0),Object.defineProperty(e,cn(r.key),r)}}function sn(e,t,n){return t&&on(e.prototype,t),Object.defineProperty(e,"prototype",{writable:!1}),e}function cn(e){var t=ln(e,`string`);return rn(t)==`symbol`?t:t+``}function ln(e,t){if(rn(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(rn(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return String(e)}var un=function(){function e(t){var n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:function(){};an(this,e),this.element=t,this.listener=n}return sn(e,[{key:`bindScrollListener`,value:function(){this.scrollableParents=D(this.element);for(var e=0;e<this.scrollableParents.length;e++)this.scrollableParents[e].addEventListener(`scroll`,this.listener)}},{key:`unbindScrollListener`,value:function(){if(this.scrollableParents)for(var e=0;e<this.scrollableParents.length;e++)this.scrollableParents[e].removeEventListener(`scroll`,this.listener)}},{key:`destroy`,value:function(){this.unbindScrollListener(),this.element=null,this.listener=null,this.scrollableParents=null}}])}();function dn(e){"@babel/helpers - typeof";return dn=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},dn(e)}function fn(e,t){return _n(e)||gn(e,t)||mn(e,t)||pn()}function pn(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function mn(e,t){if(e){if(typeof e==`string`)return hn(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?hn(e,t):void 0}}function hn(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function gn(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function _n(e){if(Array.isArray(e))return e}function vn(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Z(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?vn(Object(n),!0).forEach(function(t){yn(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):vn(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function yn(e,t,n){return(t=bn(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function bn(e){var t=xn(e,`string`);return dn(t)==`symbol`?t:t+``}function xn(e,t){if(dn(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(dn(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Q={_getMeta:function(){return[oe(arguments.length<=0?void 0:arguments[0])||arguments.length<=0?void 0:arguments[0],r(oe(arguments.length<=0?void 0:arguments[0])?arguments.length<=0?void 0:arguments[0]:arguments.length<=1?void 0:arguments[1])]},_getConfig:function(e,t){var n,r;return((e==null||(n=e.instance)==null?void 0:n.$primevue)||(t==null||(r=t.ctx)==null||(r=r.appContext)==null||(r=r.config)==null||(r=r.globalProperties)==null?void 0:r.$primevue))?.config},_getOptionValue:ue,_getPTValue:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},r=arguments.length>2&&arguments[2]!==void 0?arguments[2]:``,i=arguments.length>3&&arguments[3]!==void 0?arguments[3]:{},a=arguments.length>4&&arguments[4]!==void 0?arguments[4]:!0,o=function(){var e=Q._getOptionValue.apply(Q,arguments);return ae(e)||ce(e)?{class:e}:e},s=((e=t.binding)==null||(e=e.value)==null?void 0:e.ptOptions)||t.$primevueConfig?.ptOptions||{},c=s.mergeSections,l=c===void 0||c,u=s.mergeProps,d=u!==void 0&&u,f=a?Q._useDefaultPT(t,t.defaultPT(),o,r,i):void 0,p=Q._usePT(t,Q._getPT(n,t.$name),o,r,Z(Z({},i),{},{global:f||{}})),m=Q._getPTDatasets(t,r);return l||!l&&p?d?Q._mergeProps(t,d,f,p,m):Z(Z(Z({},f),p),m):Z(Z({},p),m)},_getPTDatasets:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=`data-pc-`;return Z(Z({},t===`root`&&yn({},`${n}name`,Me(e.$name))),{},yn({},`${n}section`,Me(t)))},_getPT:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2?arguments[2]:void 0,r=function(e){var r=n?n(e):e,i=Me(t);return r?.[i]??r};return e&&Object.hasOwn(e,`_usept`)?{_usept:e._usept,originalValue:r(e.originalValue),value:r(e.value)}:r(e)},_usePT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0,a=function(e){return n(e,r,i)};if(t&&Object.hasOwn(t,`_usept`)){var o=t._usept||e.$primevueConfig?.ptOptions||{},s=o.mergeSections,c=s===void 0||s,l=o.mergeProps,u=l!==void 0&&l,d=a(t.originalValue),f=a(t.value);return d===void 0&&f===void 0?void 0:ae(f)?f:ae(d)?d:c||!c&&f?u?Q._mergeProps(e,u,d,f):Z(Z({},d),f):f}return a(t)},_useDefaultPT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0;return Q._usePT(e,t,n,r,i)},_loadStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0,r=arguments.length>2?arguments[2]:void 0,i=Q._getConfig(n,r),a={nonce:i==null||(e=i.csp)==null?void 0:e.nonce};Q._loadCoreStyles(t,a),Q._loadThemeStyles(t,a),Q._loadScopedThemeStyles(t,a),Q._removeThemeListeners(t),t.$loadStyles=function(){return Q._loadThemeStyles(t,a)},Q._themeChangeListener(t.$loadStyles)},_loadCoreStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0;if(!ve.isStyleNameLoaded(t.$style?.name)&&(e=t.$style)!=null&&e.name){var r;S.loadCSS(n),(r=t.$style)==null||r.loadCSS(n),ve.setLoadedStyleName(t.$style.name)}},_loadThemeStyles:function(){var e,t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},r=arguments.length>1?arguments[1]:void 0;if(!(n!=null&&n.isUnstyled()||(n==null||(e=n.theme)==null?void 0:e.call(n))===`none`)){if(!w.isStyleNameLoaded(`common`)){var i,a,o=((i=n.$style)==null||(a=i.getCommonTheme)==null?void 0:a.call(i))||{},s=o.primitive,c=o.semantic,l=o.global,u=o.style;S.load(s?.css,Z({name:`primitive-variables`},r)),S.load(c?.css,Z({name:`semantic-variables`},r)),S.load(l?.css,Z({name:`global-variables`},r)),S.loadStyle(Z({name:`global-style`},r),u),w.setLoadedStyleName(`common`)}if(!w.isStyleNameLoaded(n.$style?.name)&&(t=n.$style)!=null&&t.name){var d,f,p,m,h=((d=n.$style)==null||(f=d.getDirectiveTheme)==null?void 0:f.call(d))||{},g=h.css,_=h.style;(p=n.$style)==null||p.load(g,Z({name:`${n.$style.name}-variables`},r)),(m=n.$style)==null||m.loadStyle(Z({name:`${n.$style.name}-style`},r),_),w.setLoadedStyleName(n.$style.name)}if(!w.isStyleNameLoaded(`layer-order`)){var v,y,b=(v=n.$style)==null||(y=v.getLayerOrderThemeCSS)==null?void 0:y.call(v);S.load(b,Z({name:`layer-order`,first:!0},r)),w.setLoadedStyleName(`layer-order`)}}},_loadScopedThemeStyles:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=e.preset();if(n&&e.$attrSelector){var r,i,a=(((r=e.$style)==null||(i=r.getPresetTheme)==null?void 0:i.call(r,n,`[${e.$attrSelector}]`))||{}).css;e.scopedStyleEl=(e.$style?.load(a,Z({name:`${e.$attrSelector}-${e.$style.name}`},t))).el}},_themeChangeListener:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:function(){};ve.clearLoadedStyleNames(),we.on(`theme:change`,e)},_removeThemeListeners:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};we.off(`theme:change`,e.$loadStyles),e.$loadStyles=void 0},_hook:function(e,t,n,r,i,a){var o,s,c=`on${Ae(t)}`,l=Q._getConfig(r,i),u=n?.$instance,d=Q._usePT(u,Q._getPT(r==null||(o=r.value)==null?void 0:o.pt,e),Q._getOptionValue,`hooks.${c}`),f=Q._useDefaultPT(u,l==null||(s=l.pt)==null||(s=s.directives)==null?void 0:s[e],Q._getOptionValue,`hooks.${c}`),p={el:n,binding:r,vnode:i,prevVnode:a};d?.(u,p),f?.(u,p)},_mergeProps:function(){var e=arguments.length>1?arguments[1]:void 0,t=[...arguments].slice(2);return ke(e)?e.apply(void 0,t):R.apply(void 0,t)},_extend:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=function(n,r,i,a,o){var s,c,l;r._$instances=r._$instances||{};var u=Q._getConfig(i,a),d=r._$instances[e]||{},f=y(d)?Z(Z({},t),t?.methods):{};r._$instances[e]=Z(Z({},d),{},{$name:e,$host:r,$binding:i,$modifiers:i?.modifiers,$value:i?.value,$el:d.$el||r||void 0,$style:Z({classes:void 0,inlineStyles:void 0,load:function(){},loadCSS:function(){},loadStyle:function(){}},t?.style),$primevueConfig:u,$attrSelector:(s=r.$pd)==null||(s=s[e])==null?void 0:s.attrSelector,defaultPT:function(){return Q._getPT(u?.pt,void 0,function(t){var n;return t==null||(n=t.directives)==null?void 0:n[e]})},isUnstyled:function(){var t,n;return((t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.unstyled)===void 0?u?.unstyled:(n=r._$instances[e])==null||(n=n.$binding)==null||(n=n.value)==null?void 0:n.unstyled},theme:function(){var t;return(t=r._$instances[e])==null||(t=t.$primevueConfig)==null?void 0:t.theme},preset:function(){var t;return(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.dt},ptm:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return Q._getPTValue(r._$instances[e],(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.pt,n,Z({},i))},ptmo:function(){var t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,i=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return Q._getPTValue(r._$instances[e],t,n,i,!1)},cx:function(){var t,n,i=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,a=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return(t=r._$instances[e])!=null&&t.isUnstyled()?void 0:Q._getOptionValue((n=r._$instances[e])==null||(n=n.$style)==null?void 0:n.classes,i,Z({},a))},sx:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0,a=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return i?Q._getOptionValue((t=r._$instances[e])==null||(t=t.$style)==null?void 0:t.inlineStyles,n,Z({},a)):void 0}},f),r.$instance=r._$instances[e],(c=(l=r.$instance)[n])==null||c.call(l,r,i,a,o),r[`$${e}`]=r.$instance,Q._hook(e,n,r,i,a,o),r.$pd||={},r.$pd[e]=Z(Z({},r.$pd?.[e]),{},{name:e,instance:r._$instances[e]})},r=function(t){var n,r,i,a=t._$instances[e],o=a?.watch,s=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o.config)==null?void 0:t.call(a,n,r)},c=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o[`config.ripple`])==null?void 0:t.call(a,n,r)};a.$watchersCallback={config:s,"config.ripple":c},o==null||(n=o.config)==null||n.call(a,a?.$primevueConfig),Ut.on(`config:change`,s),o==null||(r=o[`config.ripple`])==null||r.call(a,a==null||(i=a.$primevueConfig)==null?void 0:i.ripple),Ut.on(`config:ripple:change`,c)},i=function(t){var n=t._$instances[e].$watchersCallback;n&&(Ut.off(`config:change`,n.config),Ut.off(`config:ripple:change`,n[`config.ripple`]),t._$instances[e].$watchersCallback=void 0)};return{created:function(t,r,i,a){t.$pd||={},t.$pd[e]={name:e,attrSelector:It(`pd`)},n(`created`,t,r,i,a)},beforeMount:function(t,i,a,o){Q._loadStyles(t.$pd[e]?.instance,i,a),n(`beforeMount`,t,i,a,o),r(t)},mounted:function(t,r,i,a){Q._loadStyles(t.$pd[e]?.instance,r,i),n(`mounted`,t,r,i,a)},beforeUpdate:function(e,t,r,i){n(`beforeUpdate`,e,t,r,i)},updated:function(t,r,i,a){Q._loadStyles(t.$pd[e]?.instance,r,i),n(`updated`,t,r,i,a)},beforeUnmount:function(t,r,a,o){i(t),Q._removeThemeListeners(t.$pd[e]?.instance),n(`beforeUnmount`,t,r,a,o)},unmounted:function(t,r,i,a){var o;(o=t.$pd[e])==null||(o=o.instance)==null||(o=o.scopedStyleEl)==null||(o=o.value)==null||o.remove(),n(`unmounted`,t,r,i,a)}}},extend:function(){var e=fn(Q._getMeta.apply(Q,arguments),2),t=e[0],n=e[1];return Z({extend:function(){var e=fn(Q._getMeta.apply(Q,arguments),2),t=e[0],r=e[1];return Q.extend(t,Z(Z(Z({},n),n?.methods),r))}},Q._extend(t,n))}},Sn=S.extend({name:`tooltip-directive`,style:`
    .p-tooltip {
        position: absolute;
        display: none;
        max-width: dt('tooltip.max.width');
    }

    .p-tooltip-right,
    .p-tooltip-left {
        padding: 0 dt('tooltip.gutter');
    }

    .p-tooltip-top,
    .p-tooltip-bottom {
        padding: dt('tooltip.gutter') 0;
    }

    .p-tooltip-text {
        white-space: pre-line;
        word-break: break-word;
        background: dt('tooltip.background');
        color: dt('tooltip.color');
        padding: dt('tooltip.padding');
        box-shadow: dt('tooltip.shadow');
        border-radius: dt('tooltip.border.radius');
    }

    .p-tooltip-arrow {
        position: absolute;
        width: 0;
        height: 0;
        border-color: transparent;
        border-style: solid;
    }

    .p-tooltip-right .p-tooltip-arrow {
        margin-top: calc(-1 * dt('tooltip.gutter'));
        border-width: dt('tooltip.gutter') dt('tooltip.gutter') dt('tooltip.gutter') 0;
        border-right-color: dt('tooltip.background');
    }

    .p-tooltip-left .p-tooltip-arrow {
        margin-top: calc(-1 * dt('tooltip.gutter'));
        border-width: dt('tooltip.gutter') 0 dt('tooltip.gutter') dt('tooltip.gutter');
        border-left-color: dt('tooltip.background');
    }

    .p-tooltip-top .p-tooltip-arrow {
        margin-left: calc(-1 * dt('tooltip.gutter'));
        border-width: dt('tooltip.gutter') dt('tooltip.gutter') 0 dt('tooltip.gutter');
        border-top-color: dt('tooltip.background');
        border-bottom-color: dt('tooltip.background');
    }

    .p-tooltip-bottom .p-tooltip-arrow {
        margin-left: calc(-1 * dt('tooltip.gutter'));
        border-width: 0 dt('tooltip.gutter') dt('tooltip.gutter') dt('tooltip.gutter');
        border-top-color: dt('tooltip.background');
        border-bottom-color: dt('tooltip.background');
    }
`,classes:{root:`p-tooltip p-component`,arrow:`p-tooltip-arrow`,text:`p-tooltip-text`}}),Cn=Q.extend({style:Sn});function wn(e,t){return kn(e)||On(e,t)||En(e,t)||Tn()}function Tn(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function En(e,t){if(e){if(typeof e==`string`)return Dn(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Dn(e,t):void 0}}function Dn(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function On(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function kn(e){if(Array.isArray(e))return e}function An(e,t,n){return(t=jn(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function jn(e){var t=Mn(e,`string`);return Nn(t)==`symbol`?t:t+``}function Mn(e,t){if(Nn(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Nn(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function Nn(e){"@babel/helpers - typeof";return Nn=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Nn(e)}var Pn=Cn.extend(`tooltip`,{beforeMount:function(e,t){var n,r=this.getTarget(e);if(r.$_ptooltipModifiers=this.getModifiers(t),t.value){if(typeof t.value==`string`)r.$_ptooltipValue=t.value,r.$_ptooltipDisabled=!1,r.$_ptooltipEscape=!0,r.$_ptooltipClass=null,r.$_ptooltipFitContent=!0,r.$_ptooltipIdAttr=It(`pv_id`)+`_tooltip`,r.$_ptooltipShowDelay=0,r.$_ptooltipHideDelay=0,r.$_ptooltipAutoHide=!0;else if(Nn(t.value)===`object`&&t.value){if(y(t.value.value)||t.value.value.trim()===``)return;r.$_ptooltipValue=t.value.value,r.$_ptooltipDisabled=!!t.value.disabled===t.value.disabled&&t.value.disabled,r.$_ptooltipEscape=!!t.value.escape!==t.value.escape||t.value.escape,r.$_ptooltipClass=t.value.class||``,r.$_ptooltipFitContent=!!t.value.fitContent!==t.value.fitContent||t.value.fitContent,r.$_ptooltipIdAttr=t.value.id||It(`pv_id`)+`_tooltip`,r.$_ptooltipShowDelay=t.value.showDelay||0,r.$_ptooltipHideDelay=t.value.hideDelay||0,r.$_ptooltipAutoHide=!!t.value.autoHide!==t.value.autoHide||t.value.autoHide}r.$_ptooltipZIndex=(n=t.instance.$primevue)==null||(n=n.config)==null||(n=n.zIndex)==null?void 0:n.tooltip,this.bindEvents(r,t),e.setAttribute(`data-pd-tooltip`,!0)}},updated:function(e,t){var n=this.getTarget(e);if(n.$_ptooltipModifiers=this.getModifiers(t),this.unbindEvents(n),t.value){if(typeof t.value==`string`)n.$_ptooltipValue=t.value,n.$_ptooltipDisabled=!1,n.$_ptooltipEscape=!0,n.$_ptooltipClass=null,n.$_ptooltipIdAttr=n.$_ptooltipIdAttr||It(`pv_id`)+`_tooltip`,n.$_ptooltipShowDelay=0,n.$_ptooltipHideDelay=0,n.$_ptooltipAutoHide=!0,this.bindEvents(n,t);else if(Nn(t.value)===`object`&&t.value){if(y(t.value.value)||t.value.value.trim()===``){this.unbindEvents(n,t);return}n.$_ptooltipValue=t.value.value,n.$_ptooltipDisabled=!!t.value.disabled===t.value.disabled&&t.value.disabled,n.$_ptooltipEscape=!!t.value.escape!==t.value.escape||t.value.escape,n.$_ptooltipClass=t.value.class||``,n.$_ptooltipFitContent=!!t.value.fitContent!==t.value.fitContent||t.value.fitContent,n.$_ptooltipIdAttr=t.value.id||n.$_ptooltipIdAttr||It(`pv_id`)+`_tooltip`,n.$_ptooltipShowDelay=t.value.showDelay||0,n.$_ptooltipHideDelay=t.value.hideDelay||0,n.$_ptooltipAutoHide=!!t.value.autoHide!==t.value.autoHide||t.value.autoHide,this.bindEvents(n,t)}}},unmounted:function(e,t){var n=this.getTarget(e);this.hide(e,0),this.remove(n),this.unbindEvents(n,t),n.$_ptooltipScrollHandler&&=(n.$_ptooltipScrollHandler.destroy(),null)},methods:{bindEvents:function(e,t){var n=this;e.$_ptooltipModifiers.focus?(e.$_ptooltipFocusEvent=function(e){return n.onFocus(e,t)},e.$_ptooltipBlurEvent=this.onBlur.bind(this),e.addEventListener(`focus`,e.$_ptooltipFocusEvent),e.addEventListener(`blur`,e.$_ptooltipBlurEvent)):(e.$_ptooltipMouseEnterEvent=function(e){return n.onMouseEnter(e,t)},e.$_ptooltipMouseLeaveEvent=this.onMouseLeave.bind(this),e.$_ptooltipClickEvent=this.onClick.bind(this),e.addEventListener(`mouseenter`,e.$_ptooltipMouseEnterEvent),e.addEventListener(`mouseleave`,e.$_ptooltipMouseLeaveEvent),e.addEventListener(`click`,e.$_ptooltipClickEvent)),e.$_ptooltipKeydownEvent=this.onKeydown.bind(this),e.addEventListener(`keydown`,e.$_ptooltipKeydownEvent),e.$_pWindowResizeEvent=this.onWindowResize.bind(this,e)},unbindEvents:function(e){e.$_ptooltipModifiers.focus?(e.removeEventListener(`focus`,e.$_ptooltipFocusEvent),e.$_ptooltipFocusEvent=null,e.removeEventListener(`blur`,e.$_ptooltipBlurEvent),e.$_ptooltipBlurEvent=null):(e.removeEventListener(`mouseenter`,e.$_ptooltipMouseEnterEvent),e.$_ptooltipMouseEnterEvent=null,e.removeEventListener(`mouseleave`,e.$_ptooltipMouseLeaveEvent),e.$_ptooltipMouseLeaveEvent=null,e.removeEventListener(`click`,e.$_ptooltipClickEvent),e.$_ptooltipClickEvent=null),e.removeEventListener(`keydown`,e.$_ptooltipKeydownEvent),window.removeEventListener(`resize`,e.$_pWindowResizeEvent),e.$_ptooltipId&&this.remove(e)},bindScrollListener:function(e){var t=this;e.$_ptooltipScrollHandler||=new un(e,function(){t.hide(e)}),e.$_ptooltipScrollHandler.bindScrollListener()},unbindScrollListener:function(e){e.$_ptooltipScrollHandler&&e.$_ptooltipScrollHandler.unbindScrollListener()},onMouseEnter:function(e,t){var n=e.currentTarget,r=n.$_ptooltipShowDelay;this.show(n,t,r)},onMouseLeave:function(e){var t=e.currentTarget,n=t.$_ptooltipHideDelay;(t.$_ptooltipAutoHide||Ne(e.target,`data-pc-name`)!==`tooltip`&&Ne(e.target,`data-pc-section`)!==`arrow`&&Ne(e.target,`data-pc-section`)!==`text`&&Ne(e.relatedTarget,`data-pc-name`)!==`tooltip`&&Ne(e.relatedTarget,`data-pc-section`)!==`arrow`&&Ne(e.relatedTarget,`data-pc-section`)!==`text`)&&this.hide(t,n)},onFocus:function(e,t){var n=e.currentTarget,r=n.$_ptooltipShowDelay;this.show(n,t,r)},onBlur:function(e){var t=e.currentTarget,n=t.$_ptooltipHideDelay;this.hide(t,n)},onClick:function(e){var t=e.currentTarget,n=t.$_ptooltipHideDelay;this.hide(t,n)},onKeydown:function(e){var t=e.currentTarget.$_ptooltipHideDelay;e.code===`Escape`&&this.hide(e.currentTarget,t)},onWindowResize:function(e){u()||this.hide(e),window.removeEventListener(`resize`,e.$_pWindowResizeEvent)},tooltipActions:function(e,t){if(!e.$_ptooltipDisabled&&ee(e)&&e.$_ptooltipPendingShow){e.$_ptooltipPendingShow=!1,this.remove(e);var n=this.create(e,t);this.align(e),!this.isUnstyled()&&De(n,250);var r=this;window.addEventListener(`resize`,e.$_pWindowResizeEvent),n.addEventListener(`mouseleave`,function t(){r.hide(e),n.removeEventListener(`mouseleave`,t),e.removeEventListener(`mouseenter`,e.$_ptooltipMouseEnterEvent),setTimeout(function(){return e.addEventListener(`mouseenter`,e.$_ptooltipMouseEnterEvent)},50)}),this.bindScrollListener(e),Y.set(`tooltip`,n,e.$_ptooltipZIndex)}},show:function(e,t,n){var r=this;clearTimeout(e.$_ptooltipShowTimer),clearTimeout(e.$_ptooltipHideTimer),n===void 0?(this.tooltipActions(e,t),e.$_ptooltipPendingShow=!1):(e.$_ptooltipShowTimer=setTimeout(function(){return r.tooltipActions(e,t)},n),e.$_ptooltipPendingShow=!0)},tooltipRemoval:function(e){this.remove(e),this.unbindScrollListener(e),window.removeEventListener(`resize`,e.$_pWindowResizeEvent)},hide:function(e,t){var n=this;clearTimeout(e.$_ptooltipShowTimer),clearTimeout(e.$_ptooltipHideTimer),e.$_ptooltipPendingShow=!1,t===void 0?this.tooltipRemoval(e):e.$_ptooltipHideTimer=setTimeout(function(){return n.tooltipRemoval(e)},t)},getTooltipElement:function(e){return document.getElementById(e.$_ptooltipId)},getArrowElement:function(e){var t=this.getTooltipElement(e);return Te(t,`[data-pc-section="arrow"]`)},create:function(e){var t=e.$_ptooltipModifiers,n=s(`div`,{class:!this.isUnstyled()&&this.cx(`arrow`),"p-bind":this.ptm(`arrow`,{context:t})}),r=s(`div`,{class:!this.isUnstyled()&&this.cx(`text`),"p-bind":this.ptm(`text`,{context:t})});e.$_ptooltipEscape?(r.innerHTML=``,r.appendChild(document.createTextNode(e.$_ptooltipValue))):r.innerHTML=e.$_ptooltipValue;var i=s(`div`,An(An({id:e.$_ptooltipIdAttr,role:`tooltip`,style:{display:`inline-block`,width:e.$_ptooltipFitContent?`fit-content`:void 0,pointerEvents:!this.isUnstyled()&&e.$_ptooltipAutoHide&&`none`},class:[!this.isUnstyled()&&this.cx(`root`),e.$_ptooltipClass]},this.$attrSelector,``),`p-bind`,this.ptm(`root`,{context:t})),n,r);return document.body.appendChild(i),e.$_ptooltipId=i.id,this.$el=i,i},remove:function(e){if(e){var t=this.getTooltipElement(e);t&&t.parentElement&&(Y.clear(t),document.body.removeChild(t)),e.$_ptooltipId=null}},align:function(e){var t=e.$_ptooltipModifiers;t.top?(this.alignTop(e),this.isOutOfBounds(e)&&(this.alignBottom(e),this.isOutOfBounds(e)&&this.alignTop(e))):t.left?(this.alignLeft(e),this.isOutOfBounds(e)&&(this.alignRight(e),this.isOutOfBounds(e)&&(this.alignTop(e),this.isOutOfBounds(e)&&(this.alignBottom(e),this.isOutOfBounds(e)&&this.alignLeft(e))))):t.bottom?(this.alignBottom(e),this.isOutOfBounds(e)&&(this.alignTop(e),this.isOutOfBounds(e)&&this.alignBottom(e))):(this.alignRight(e),this.isOutOfBounds(e)&&(this.alignLeft(e),this.isOutOfBounds(e)&&(this.alignTop(e),this.isOutOfBounds(e)&&(this.alignBottom(e),this.isOutOfBounds(e)&&this.alignRight(e)))))},getHostOffset:function(e){var t=e.getBoundingClientRect();return{left:t.left+_e(),top:t.top+i()}},alignRight:function(e){this.preAlign(e,`right`);var n=this.getTooltipElement(e),r=this.getArrowElement(e),i=this.getHostOffset(e),a=i.left+C(e),o=i.top+(t(e)-t(n))/2;n.style.left=a+`px`,n.style.top=o+`px`,r.style.top=`50%`,r.style.right=null,r.style.bottom=null,r.style.left=`0`},alignLeft:function(e){this.preAlign(e,`left`);var n=this.getTooltipElement(e),r=this.getArrowElement(e),i=this.getHostOffset(e),a=i.left-C(n),o=i.top+(t(e)-t(n))/2;n.style.left=a+`px`,n.style.top=o+`px`,r.style.top=`50%`,r.style.right=`0`,r.style.bottom=null,r.style.left=null},alignTop:function(e){this.preAlign(e,`top`);var n=this.getTooltipElement(e),r=this.getArrowElement(e),i=C(n),a=C(e),o=le().width,s=this.getHostOffset(e),c=s.left+(a-i)/2,l=s.top-t(n);c<0?c=0:c+i>o&&(c=Math.floor(s.left+a-i)),n.style.left=c+`px`,n.style.top=l+`px`;var u=s.left-this.getHostOffset(n).left+a/2;r.style.top=null,r.style.right=null,r.style.bottom=`0`,r.style.left=u+`px`},alignBottom:function(e){this.preAlign(e,`bottom`);var n=this.getTooltipElement(e),r=this.getArrowElement(e),i=C(n),a=C(e),o=le().width,s=this.getHostOffset(e),c=s.left+(a-i)/2,l=s.top+t(e);c<0?c=0:c+i>o&&(c=Math.floor(s.left+a-i)),n.style.left=c+`px`,n.style.top=l+`px`;var u=s.left-this.getHostOffset(n).left+a/2;r.style.top=`0`,r.style.right=null,r.style.bottom=null,r.style.left=u+`px`},preAlign:function(e,t){var n=this.getTooltipElement(e);n.style.left=`-999px`,n.style.top=`-999px`,v(n,`p-tooltip-${n.$_ptooltipPosition}`),!this.isUnstyled()&&xe(n,`p-tooltip-${t}`),n.$_ptooltipPosition=t,n.setAttribute(`data-p-position`,t)},isOutOfBounds:function(e){var n=this.getTooltipElement(e),r=n.getBoundingClientRect(),i=r.top,a=r.left,o=C(n),s=t(n),c=le();return a+o>c.width||a<0||i<0||i+s>c.height},getTarget:function(e){return n(e,`p-inputwrapper`)?Te(e,`input`)??e:e},getModifiers:function(e){return e.modifiers&&Object.keys(e.modifiers).length?e.modifiers:e.arg&&Nn(e.arg)===`object`?Object.entries(e.arg).reduce(function(e,t){var n=wn(t,2),r=n[0],i=n[1];return(r===`event`||r===`position`)&&(e[i]=!0),e},{}):{}}}}),Fn={contextmenu:{root:{class:`lv-pv lv-pv-menu`},rootList:{class:`lv-pv-menu__list`},item:{class:`lv-pv-menu__item`},itemContent:{class:`lv-pv-menu__content`},separator:{class:`lv-pv-menu__sep`}},popover:{root:{class:`lv-pv lv-pv-popover`},content:{class:`lv-pv-popover__content`}},dialog:{mask:{class:`lv-overlay`},root:{class:`lv-pv lv-overlay__box`},content:{class:`lv-overlay__content`}},tooltip:{root:{class:`lv-pv lv-pv-tooltip`},text:{class:`lv-pv-tooltip__text`},arrow:{class:`lv-pv-tooltip__arrow`}},slider:{root:{class:`lv-pv-slider`},range:{class:`lv-pv-slider__range`},handle:{class:`lv-pv-slider__handle`}},select:{root:{class:`lv-pv-select`},label:{class:`lv-pv-select__label`},dropdown:{class:`lv-pv-select__dropdown`},overlay:{class:`lv-pv lv-pv-select__overlay`},header:{class:`lv-pv-select__header`},pcFilter:{root:{class:`lv-pv-select__filter`}},pcFilterContainer:{root:{class:`lv-pv-select__filterbox`}},listContainer:{class:`lv-pv-select__scroll`},list:{class:`lv-pv-select__list`},option:{class:`lv-pv-select__option`},emptyMessage:{class:`lv-pv-select__empty`}}};function In(e){e.use(nn,{unstyled:!0,pt:Fn,zIndex:{modal:1150,overlay:1200,menu:1200,tooltip:1300}}),e.directive(`tooltip`,Pn)}var Ln={name:`TimesIcon`,extends:Se};function Rn(e){return Hn(e)||Vn(e)||Bn(e)||zn()}function zn(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Bn(e,t){if(e){if(typeof e==`string`)return Un(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Un(e,t):void 0}}function Vn(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Hn(e){if(Array.isArray(e))return Un(e)}function Un(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Wn(e,t,n,r,i,a){return q(),I(`svg`,R({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Rn(t[0]||=[F(`path`,{d:`M8.01186 7.00933L12.27 2.75116C12.341 2.68501 12.398 2.60524 12.4375 2.51661C12.4769 2.42798 12.4982 2.3323 12.4999 2.23529C12.5016 2.13827 12.4838 2.0419 12.4474 1.95194C12.4111 1.86197 12.357 1.78024 12.2884 1.71163C12.2198 1.64302 12.138 1.58893 12.0481 1.55259C11.9581 1.51625 11.8617 1.4984 11.7647 1.50011C11.6677 1.50182 11.572 1.52306 11.4834 1.56255C11.3948 1.60204 11.315 1.65898 11.2488 1.72997L6.99067 5.98814L2.7325 1.72997C2.59553 1.60234 2.41437 1.53286 2.22718 1.53616C2.03999 1.53946 1.8614 1.61529 1.72901 1.74767C1.59663 1.88006 1.5208 2.05865 1.5175 2.24584C1.5142 2.43303 1.58368 2.61419 1.71131 2.75116L5.96948 7.00933L1.71131 11.2675C1.576 11.403 1.5 11.5866 1.5 11.7781C1.5 11.9696 1.576 12.1532 1.71131 12.2887C1.84679 12.424 2.03043 12.5 2.2219 12.5C2.41338 12.5 2.59702 12.424 2.7325 12.2887L6.99067 8.03052L11.2488 12.2887C11.3843 12.424 11.568 12.5 11.7594 12.5C11.9509 12.5 12.1346 12.424 12.27 12.2887C12.4053 12.1532 12.4813 11.9696 12.4813 11.7781C12.4813 11.5866 12.4053 11.403 12.27 11.2675L8.01186 7.00933Z`,fill:`currentColor`},null,-1)]),16)}Ln.render=Wn;var Gn={name:`WindowMaximizeIcon`,extends:Se};function Kn(e){return Xn(e)||Yn(e)||Jn(e)||qn()}function qn(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Jn(e,t){if(e){if(typeof e==`string`)return Zn(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Zn(e,t):void 0}}function Yn(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Xn(e){if(Array.isArray(e))return Zn(e)}function Zn(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Qn(e,t,n,r,i,a){return q(),I(`svg`,R({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Kn(t[0]||=[F(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M7 14H11.8C12.3835 14 12.9431 13.7682 13.3556 13.3556C13.7682 12.9431 14 12.3835 14 11.8V2.2C14 1.61652 13.7682 1.05694 13.3556 0.644365C12.9431 0.231785 12.3835 0 11.8 0H2.2C1.61652 0 1.05694 0.231785 0.644365 0.644365C0.231785 1.05694 0 1.61652 0 2.2V7C0 7.15913 0.063214 7.31174 0.175736 7.42426C0.288258 7.53679 0.44087 7.6 0.6 7.6C0.75913 7.6 0.911742 7.53679 1.02426 7.42426C1.13679 7.31174 1.2 7.15913 1.2 7V2.2C1.2 1.93478 1.30536 1.68043 1.49289 1.49289C1.68043 1.30536 1.93478 1.2 2.2 1.2H11.8C12.0652 1.2 12.3196 1.30536 12.5071 1.49289C12.6946 1.68043 12.8 1.93478 12.8 2.2V11.8C12.8 12.0652 12.6946 12.3196 12.5071 12.5071C12.3196 12.6946 12.0652 12.8 11.8 12.8H7C6.84087 12.8 6.68826 12.8632 6.57574 12.9757C6.46321 13.0883 6.4 13.2409 6.4 13.4C6.4 13.5591 6.46321 13.7117 6.57574 13.8243C6.68826 13.9368 6.84087 14 7 14ZM9.77805 7.42192C9.89013 7.534 10.0415 7.59788 10.2 7.59995C10.3585 7.59788 10.5099 7.534 10.622 7.42192C10.7341 7.30985 10.798 7.15844 10.8 6.99995V3.94242C10.8066 3.90505 10.8096 3.86689 10.8089 3.82843C10.8079 3.77159 10.7988 3.7157 10.7824 3.6623C10.756 3.55552 10.701 3.45698 10.622 3.37798C10.5099 3.2659 10.3585 3.20202 10.2 3.19995H7.00002C6.84089 3.19995 6.68828 3.26317 6.57576 3.37569C6.46324 3.48821 6.40002 3.64082 6.40002 3.79995C6.40002 3.95908 6.46324 4.11169 6.57576 4.22422C6.68828 4.33674 6.84089 4.39995 7.00002 4.39995H8.80006L6.19997 7.00005C6.10158 7.11005 6.04718 7.25246 6.04718 7.40005C6.04718 7.54763 6.10158 7.69004 6.19997 7.80005C6.30202 7.91645 6.44561 7.98824 6.59997 8.00005C6.75432 7.98824 6.89791 7.91645 6.99997 7.80005L9.60002 5.26841V6.99995C9.6021 7.15844 9.66598 7.30985 9.77805 7.42192ZM1.4 14H3.8C4.17066 13.9979 4.52553 13.8498 4.78763 13.5877C5.04973 13.3256 5.1979 12.9707 5.2 12.6V10.2C5.1979 9.82939 5.04973 9.47452 4.78763 9.21242C4.52553 8.95032 4.17066 8.80215 3.8 8.80005H1.4C1.02934 8.80215 0.674468 8.95032 0.412371 9.21242C0.150274 9.47452 0.00210008 9.82939 0 10.2V12.6C0.00210008 12.9707 0.150274 13.3256 0.412371 13.5877C0.674468 13.8498 1.02934 13.9979 1.4 14ZM1.25858 10.0586C1.29609 10.0211 1.34696 10 1.4 10H3.8C3.85304 10 3.90391 10.0211 3.94142 10.0586C3.97893 10.0961 4 10.147 4 10.2V12.6C4 12.6531 3.97893 12.704 3.94142 12.7415C3.90391 12.779 3.85304 12.8 3.8 12.8H1.4C1.34696 12.8 1.29609 12.779 1.25858 12.7415C1.22107 12.704 1.2 12.6531 1.2 12.6V10.2C1.2 10.147 1.22107 10.0961 1.25858 10.0586Z`,fill:`currentColor`},null,-1)]),16)}Gn.render=Qn;var $n={name:`WindowMinimizeIcon`,extends:Se};function er(e){return ir(e)||rr(e)||nr(e)||tr()}function tr(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function nr(e,t){if(e){if(typeof e==`string`)return ar(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?ar(e,t):void 0}}function rr(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function ir(e){if(Array.isArray(e))return ar(e)}function ar(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function or(e,t,n,r,i,a){return q(),I(`svg`,R({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),er(t[0]||=[F(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M11.8 0H2.2C1.61652 0 1.05694 0.231785 0.644365 0.644365C0.231785 1.05694 0 1.61652 0 2.2V7C0 7.15913 0.063214 7.31174 0.175736 7.42426C0.288258 7.53679 0.44087 7.6 0.6 7.6C0.75913 7.6 0.911742 7.53679 1.02426 7.42426C1.13679 7.31174 1.2 7.15913 1.2 7V2.2C1.2 1.93478 1.30536 1.68043 1.49289 1.49289C1.68043 1.30536 1.93478 1.2 2.2 1.2H11.8C12.0652 1.2 12.3196 1.30536 12.5071 1.49289C12.6946 1.68043 12.8 1.93478 12.8 2.2V11.8C12.8 12.0652 12.6946 12.3196 12.5071 12.5071C12.3196 12.6946 12.0652 12.8 11.8 12.8H7C6.84087 12.8 6.68826 12.8632 6.57574 12.9757C6.46321 13.0883 6.4 13.2409 6.4 13.4C6.4 13.5591 6.46321 13.7117 6.57574 13.8243C6.68826 13.9368 6.84087 14 7 14H11.8C12.3835 14 12.9431 13.7682 13.3556 13.3556C13.7682 12.9431 14 12.3835 14 11.8V2.2C14 1.61652 13.7682 1.05694 13.3556 0.644365C12.9431 0.231785 12.3835 0 11.8 0ZM6.368 7.952C6.44137 7.98326 6.52025 7.99958 6.6 8H9.8C9.95913 8 10.1117 7.93678 10.2243 7.82426C10.3368 7.71174 10.4 7.55913 10.4 7.4C10.4 7.24087 10.3368 7.08826 10.2243 6.97574C10.1117 6.86321 9.95913 6.8 9.8 6.8H8.048L10.624 4.224C10.73 4.11026 10.7877 3.95982 10.7849 3.80438C10.7822 3.64894 10.7192 3.50063 10.6093 3.3907C10.4994 3.28077 10.3511 3.2178 10.1956 3.21506C10.0402 3.21232 9.88974 3.27002 9.776 3.376L7.2 5.952V4.2C7.2 4.04087 7.13679 3.88826 7.02426 3.77574C6.91174 3.66321 6.75913 3.6 6.6 3.6C6.44087 3.6 6.28826 3.66321 6.17574 3.77574C6.06321 3.88826 6 4.04087 6 4.2V7.4C6.00042 7.47975 6.01674 7.55862 6.048 7.632C6.07656 7.70442 6.11971 7.7702 6.17475 7.82524C6.2298 7.88029 6.29558 7.92344 6.368 7.952ZM1.4 8.80005H3.8C4.17066 8.80215 4.52553 8.95032 4.78763 9.21242C5.04973 9.47452 5.1979 9.82939 5.2 10.2V12.6C5.1979 12.9707 5.04973 13.3256 4.78763 13.5877C4.52553 13.8498 4.17066 13.9979 3.8 14H1.4C1.02934 13.9979 0.674468 13.8498 0.412371 13.5877C0.150274 13.3256 0.00210008 12.9707 0 12.6V10.2C0.00210008 9.82939 0.150274 9.47452 0.412371 9.21242C0.674468 8.95032 1.02934 8.80215 1.4 8.80005ZM3.94142 12.7415C3.97893 12.704 4 12.6531 4 12.6V10.2C4 10.147 3.97893 10.0961 3.94142 10.0586C3.90391 10.0211 3.85304 10 3.8 10H1.4C1.34696 10 1.29609 10.0211 1.25858 10.0586C1.22107 10.0961 1.2 10.147 1.2 10.2V12.6C1.2 12.6531 1.22107 12.704 1.25858 12.7415C1.29609 12.779 1.34696 12.8 1.4 12.8H3.8C3.85304 12.8 3.90391 12.779 3.94142 12.7415Z`,fill:`currentColor`},null,-1)]),16)}$n.render=or;var sr=S.extend({name:`badge`,style:`
    .p-badge {
        display: inline-flex;
        border-radius: dt('badge.border.radius');
        align-items: center;
        justify-content: center;
        padding: dt('badge.padding');
        background: dt('badge.primary.background');
        color: dt('badge.primary.color');
        font-size: dt('badge.font.size');
        font-weight: dt('badge.font.weight');
        min-width: dt('badge.min.width');
        height: dt('badge.height');
    }

    .p-badge-dot {
        width: dt('badge.dot.size');
        min-width: dt('badge.dot.size');
        height: dt('badge.dot.size');
        border-radius: 50%;
        padding: 0;
    }

    .p-badge-circle {
        padding: 0;
        border-radius: 50%;
    }

    .p-badge-secondary {
        background: dt('badge.secondary.background');
        color: dt('badge.secondary.color');
    }

    .p-badge-success {
        background: dt('badge.success.background');
        color: dt('badge.success.color');
    }

    .p-badge-info {
        background: dt('badge.info.background');
        color: dt('badge.info.color');
    }

    .p-badge-warn {
        background: dt('badge.warn.background');
        color: dt('badge.warn.color');
    }

    .p-badge-danger {
        background: dt('badge.danger.background');
        color: dt('badge.danger.color');
    }

    .p-badge-contrast {
        background: dt('badge.contrast.background');
        color: dt('badge.contrast.color');
    }

    .p-badge-sm {
        font-size: dt('badge.sm.font.size');
        min-width: dt('badge.sm.min.width');
        height: dt('badge.sm.height');
    }

    .p-badge-lg {
        font-size: dt('badge.lg.font.size');
        min-width: dt('badge.lg.min.width');
        height: dt('badge.lg.height');
    }

    .p-badge-xl {
        font-size: dt('badge.xl.font.size');
        min-width: dt('badge.xl.min.width');
        height: dt('badge.xl.height');
    }
`,classes:{root:function(e){var t=e.props,n=e.instance;return[`p-badge p-component`,{"p-badge-circle":a(t.value)&&String(t.value).length===1,"p-badge-dot":y(t.value)&&!n.$slots.default,"p-badge-sm":t.size===`small`,"p-badge-lg":t.size===`large`,"p-badge-xl":t.size===`xlarge`,"p-badge-info":t.severity===`info`,"p-badge-success":t.severity===`success`,"p-badge-warn":t.severity===`warn`,"p-badge-danger":t.severity===`danger`,"p-badge-secondary":t.severity===`secondary`,"p-badge-contrast":t.severity===`contrast`}]}}}),cr={name:`BaseBadge`,extends:E,props:{value:{type:[String,Number],default:null},severity:{type:String,default:null},size:{type:String,default:null}},style:sr,provide:function(){return{$pcBadge:this,$parentInstance:this}}};function lr(e){"@babel/helpers - typeof";return lr=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},lr(e)}function ur(e,t,n){return(t=dr(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function dr(e){var t=fr(e,`string`);return lr(t)==`symbol`?t:t+``}function fr(e,t){if(lr(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(lr(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var pr={name:`Badge`,extends:cr,inheritAttrs:!1,computed:{dataP:function(){return J(ur(ur({circle:this.value!=null&&String(this.value).length===1,empty:this.value==null&&!this.$slots.default},this.severity,this.severity),this.size,this.size))}}},mr=[`data-p`];function hr(e,t,n,r,i,a){return q(),I(`span`,R({class:e.cx(`root`),"data-p":a.dataP},e.ptmi(`root`)),[K(e.$slots,`default`,{},function(){return[G(N(e.value),1)]})],16,mr)}pr.render=hr;var gr=S.extend({name:`ripple-directive`,style:`
    .p-ink {
        display: block;
        position: absolute;
        background: dt('ripple.background');
        border-radius: 100%;
        transform: scale(0);
        pointer-events: none;
    }

    .p-ink-active {
        animation: ripple 0.4s linear;
    }

    @keyframes ripple {
        100% {
            opacity: 0;
            transform: scale(2.5);
        }
    }
`,classes:{root:`p-ink`}}),_r=Q.extend({style:gr});function vr(e){"@babel/helpers - typeof";return vr=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},vr(e)}function yr(e){return Cr(e)||Sr(e)||xr(e)||br()}function br(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function xr(e,t){if(e){if(typeof e==`string`)return wr(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?wr(e,t):void 0}}function Sr(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Cr(e){if(Array.isArray(e))return wr(e)}function wr(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Tr(e,t,n){return(t=Er(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Er(e){var t=Dr(e,`string`);return vr(t)==`symbol`?t:t+``}function Dr(e,t){if(vr(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(vr(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Or=_r.extend(`ripple`,{watch:{"config.ripple":function(e){e?(this.createRipple(this.$host),this.bindEvents(this.$host),this.$host.setAttribute(`data-pd-ripple`,!0),this.$host.style.overflow=`hidden`,this.$host.style.position=`relative`):(this.remove(this.$host),this.$host.removeAttribute(`data-pd-ripple`))}},unmounted:function(e){this.remove(e)},timeout:void 0,methods:{bindEvents:function(e){e.addEventListener(`mousedown`,this.onMouseDown.bind(this))},unbindEvents:function(e){e.removeEventListener(`mousedown`,this.onMouseDown.bind(this))},createRipple:function(e){var t=this.getInk(e);t||(t=s(`span`,Tr(Tr({role:`presentation`,"aria-hidden":!0,"data-p-ink":!0,"data-p-ink-active":!1,class:!this.isUnstyled()&&this.cx(`root`),onAnimationEnd:this.onAnimationEnd.bind(this)},this.$attrSelector,``),`p-bind`,this.ptm(`root`))),e.appendChild(t),this.$el=t)},remove:function(e){var t=this.getInk(e);t&&(this.$host.style.overflow=``,this.$host.style.position=``,this.unbindEvents(e),t.removeEventListener(`animationend`,this.onAnimationEnd),t.remove())},onMouseDown:function(e){var n=this,r=e.currentTarget,i=this.getInk(r);if(i&&getComputedStyle(i,null).display!==`none`){if(!this.isUnstyled()&&v(i,`p-ink-active`),i.setAttribute(`data-p-ink-active`,`false`),!ne(i)&&!te(i)){var a=Math.max(C(r),t(r));i.style.height=a+`px`,i.style.width=a+`px`}var o=l(r),s=e.pageX-o.left+document.body.scrollTop-te(i)/2,c=e.pageY-o.top+document.body.scrollLeft-ne(i)/2;i.style.top=c+`px`,i.style.left=s+`px`,!this.isUnstyled()&&xe(i,`p-ink-active`),i.setAttribute(`data-p-ink-active`,`true`),this.timeout=setTimeout(function(){i&&(!n.isUnstyled()&&v(i,`p-ink-active`),i.setAttribute(`data-p-ink-active`,`false`))},401)}},onAnimationEnd:function(e){this.timeout&&clearTimeout(this.timeout),!this.isUnstyled()&&v(e.currentTarget,`p-ink-active`),e.currentTarget.setAttribute(`data-p-ink-active`,`false`)},getInk:function(e){return e&&e.children?yr(e.children).find(function(e){return Ne(e,`data-pc-name`)===`ripple`}):void 0}}}),kr=`
    .p-button {
        display: inline-flex;
        cursor: pointer;
        user-select: none;
        align-items: center;
        justify-content: center;
        overflow: hidden;
        position: relative;
        color: dt('button.primary.color');
        background: dt('button.primary.background');
        border: 1px solid dt('button.primary.border.color');
        padding: dt('button.padding.y') dt('button.padding.x');
        font-size: 1rem;
        font-family: inherit;
        font-feature-settings: inherit;
        transition:
            background dt('button.transition.duration'),
            color dt('button.transition.duration'),
            border-color dt('button.transition.duration'),
            outline-color dt('button.transition.duration'),
            box-shadow dt('button.transition.duration');
        border-radius: dt('button.border.radius');
        outline-color: transparent;
        gap: dt('button.gap');
    }

    .p-button:disabled {
        cursor: default;
    }

    .p-button-icon-right {
        order: 1;
    }

    .p-button-icon-right:dir(rtl) {
        order: -1;
    }

    .p-button:not(.p-button-vertical) .p-button-icon:not(.p-button-icon-right):dir(rtl) {
        order: 1;
    }

    .p-button-icon-bottom {
        order: 2;
    }

    .p-button-icon-only {
        width: dt('button.icon.only.width');
        padding-inline-start: 0;
        padding-inline-end: 0;
        gap: 0;
    }

    .p-button-icon-only.p-button-rounded {
        border-radius: 50%;
        height: dt('button.icon.only.width');
    }

    .p-button-icon-only .p-button-label {
        visibility: hidden;
        width: 0;
    }

    .p-button-icon-only::after {
        content: "\xA0";
        visibility: hidden;
        width: 0;
    }

    .p-button-sm {
        font-size: dt('button.sm.font.size');
        padding: dt('button.sm.padding.y') dt('button.sm.padding.x');
    }

    .p-button-sm .p-button-icon {
        font-size: dt('button.sm.font.size');
    }

    .p-button-sm.p-button-icon-only {
        width: dt('button.sm.icon.only.width');
    }

    .p-button-sm.p-button-icon-only.p-button-rounded {
        height: dt('button.sm.icon.only.width');
    }

    .p-button-lg {
        font-size: dt('button.lg.font.size');
        padding: dt('button.lg.padding.y') dt('button.lg.padding.x');
    }

    .p-button-lg .p-button-icon {
        font-size: dt('button.lg.font.size');
    }

    .p-button-lg.p-button-icon-only {
        width: dt('button.lg.icon.only.width');
    }

    .p-button-lg.p-button-icon-only.p-button-rounded {
        height: dt('button.lg.icon.only.width');
    }

    .p-button-vertical {
        flex-direction: column;
    }

    .p-button-label {
        font-weight: dt('button.label.font.weight');
    }

    .p-button-fluid {
        width: 100%;
    }

    .p-button-fluid.p-button-icon-only {
        width: dt('button.icon.only.width');
    }

    .p-button:not(:disabled):hover {
        background: dt('button.primary.hover.background');
        border: 1px solid dt('button.primary.hover.border.color');
        color: dt('button.primary.hover.color');
    }

    .p-button:not(:disabled):active {
        background: dt('button.primary.active.background');
        border: 1px solid dt('button.primary.active.border.color');
        color: dt('button.primary.active.color');
    }

    .p-button:focus-visible {
        box-shadow: dt('button.primary.focus.ring.shadow');
        outline: dt('button.focus.ring.width') dt('button.focus.ring.style') dt('button.primary.focus.ring.color');
        outline-offset: dt('button.focus.ring.offset');
    }

    .p-button .p-badge {
        min-width: dt('button.badge.size');
        height: dt('button.badge.size');
        line-height: dt('button.badge.size');
    }

    .p-button-raised {
        box-shadow: dt('button.raised.shadow');
    }

    .p-button-rounded {
        border-radius: dt('button.rounded.border.radius');
    }

    .p-button-secondary {
        background: dt('button.secondary.background');
        border: 1px solid dt('button.secondary.border.color');
        color: dt('button.secondary.color');
    }

    .p-button-secondary:not(:disabled):hover {
        background: dt('button.secondary.hover.background');
        border: 1px solid dt('button.secondary.hover.border.color');
        color: dt('button.secondary.hover.color');
    }

    .p-button-secondary:not(:disabled):active {
        background: dt('button.secondary.active.background');
        border: 1px solid dt('button.secondary.active.border.color');
        color: dt('button.secondary.active.color');
    }

    .p-button-secondary:focus-visible {
        outline-color: dt('button.secondary.focus.ring.color');
        box-shadow: dt('button.secondary.focus.ring.shadow');
    }

    .p-button-success {
        background: dt('button.success.background');
        border: 1px solid dt('button.success.border.color');
        color: dt('button.success.color');
    }

    .p-button-success:not(:disabled):hover {
        background: dt('button.success.hover.background');
        border: 1px solid dt('button.success.hover.border.color');
        color: dt('button.success.hover.color');
    }

    .p-button-success:not(:disabled):active {
        background: dt('button.success.active.background');
        border: 1px solid dt('button.success.active.border.color');
        color: dt('button.success.active.color');
    }

    .p-button-success:focus-visible {
        outline-color: dt('button.success.focus.ring.color');
        box-shadow: dt('button.success.focus.ring.shadow');
    }

    .p-button-info {
        background: dt('button.info.background');
        border: 1px solid dt('button.info.border.color');
        color: dt('button.info.color');
    }

    .p-button-info:not(:disabled):hover {
        background: dt('button.info.hover.background');
        border: 1px solid dt('button.info.hover.border.color');
        color: dt('button.info.hover.color');
    }

    .p-button-info:not(:disabled):active {
        background: dt('button.info.active.background');
        border: 1px solid dt('button.info.active.border.color');
        color: dt('button.info.active.color');
    }

    .p-button-info:focus-visible {
        outline-color: dt('button.info.focus.ring.color');
        box-shadow: dt('button.info.focus.ring.shadow');
    }

    .p-button-warn {
        background: dt('button.warn.background');
        border: 1px solid dt('button.warn.border.color');
        color: dt('button.warn.color');
    }

    .p-button-warn:not(:disabled):hover {
        background: dt('button.warn.hover.background');
        border: 1px solid dt('button.warn.hover.border.color');
        color: dt('button.warn.hover.color');
    }

    .p-button-warn:not(:disabled):active {
        background: dt('button.warn.active.background');
        border: 1px solid dt('button.warn.active.border.color');
        color: dt('button.warn.active.color');
    }

    .p-button-warn:focus-visible {
        outline-color: dt('button.warn.focus.ring.color');
        box-shadow: dt('button.warn.focus.ring.shadow');
    }

    .p-button-help {
        background: dt('button.help.background');
        border: 1px solid dt('button.help.border.color');
        color: dt('button.help.color');
    }

    .p-button-help:not(:disabled):hover {
        background: dt('button.help.hover.background');
        border: 1px solid dt('button.help.hover.border.color');
        color: dt('button.help.hover.color');
    }

    .p-button-help:not(:disabled):active {
        background: dt('button.help.active.background');
        border: 1px solid dt('button.help.active.border.color');
        color: dt('button.help.active.color');
    }

    .p-button-help:focus-visible {
        outline-color: dt('button.help.focus.ring.color');
        box-shadow: dt('button.help.focus.ring.shadow');
    }

    .p-button-danger {
        background: dt('button.danger.background');
        border: 1px solid dt('button.danger.border.color');
        color: dt('button.danger.color');
    }

    .p-button-danger:not(:disabled):hover {
        background: dt('button.danger.hover.background');
        border: 1px solid dt('button.danger.hover.border.color');
        color: dt('button.danger.hover.color');
    }

    .p-button-danger:not(:disabled):active {
        background: dt('button.danger.active.background');
        border: 1px solid dt('button.danger.active.border.color');
        color: dt('button.danger.active.color');
    }

    .p-button-danger:focus-visible {
        outline-color: dt('button.danger.focus.ring.color');
        box-shadow: dt('button.danger.focus.ring.shadow');
    }

    .p-button-contrast {
        background: dt('button.contrast.background');
        border: 1px solid dt('button.contrast.border.color');
        color: dt('button.contrast.color');
    }

    .p-button-contrast:not(:disabled):hover {
        background: dt('button.contrast.hover.background');
        border: 1px solid dt('button.contrast.hover.border.color');
        color: dt('button.contrast.hover.color');
    }

    .p-button-contrast:not(:disabled):active {
        background: dt('button.contrast.active.background');
        border: 1px solid dt('button.contrast.active.border.color');
        color: dt('button.contrast.active.color');
    }

    .p-button-contrast:focus-visible {
        outline-color: dt('button.contrast.focus.ring.color');
        box-shadow: dt('button.contrast.focus.ring.shadow');
    }

    .p-button-outlined {
        background: transparent;
        border-color: dt('button.outlined.primary.border.color');
        color: dt('button.outlined.primary.color');
    }

    .p-button-outlined:not(:disabled):hover {
        background: dt('button.outlined.primary.hover.background');
        border-color: dt('button.outlined.primary.border.color');
        color: dt('button.outlined.primary.color');
    }

    .p-button-outlined:not(:disabled):active {
        background: dt('button.outlined.primary.active.background');
        border-color: dt('button.outlined.primary.border.color');
        color: dt('button.outlined.primary.color');
    }

    .p-button-outlined.p-button-secondary {
        border-color: dt('button.outlined.secondary.border.color');
        color: dt('button.outlined.secondary.color');
    }

    .p-button-outlined.p-button-secondary:not(:disabled):hover {
        background: dt('button.outlined.secondary.hover.background');
        border-color: dt('button.outlined.secondary.border.color');
        color: dt('button.outlined.secondary.color');
    }

    .p-button-outlined.p-button-secondary:not(:disabled):active {
        background: dt('button.outlined.secondary.active.background');
        border-color: dt('button.outlined.secondary.border.color');
        color: dt('button.outlined.secondary.color');
    }

    .p-button-outlined.p-button-success {
        border-color: dt('button.outlined.success.border.color');
        color: dt('button.outlined.success.color');
    }

    .p-button-outlined.p-button-success:not(:disabled):hover {
        background: dt('button.outlined.success.hover.background');
        border-color: dt('button.outlined.success.border.color');
        color: dt('button.outlined.success.color');
    }

    .p-button-outlined.p-button-success:not(:disabled):active {
        background: dt('button.outlined.success.active.background');
        border-color: dt('button.outlined.success.border.color');
        color: dt('button.outlined.success.color');
    }

    .p-button-outlined.p-button-info {
        border-color: dt('button.outlined.info.border.color');
        color: dt('button.outlined.info.color');
    }

    .p-button-outlined.p-button-info:not(:disabled):hover {
        background: dt('button.outlined.info.hover.background');
        border-color: dt('button.outlined.info.border.color');
        color: dt('button.outlined.info.color');
    }

    .p-button-outlined.p-button-info:not(:disabled):active {
        background: dt('button.outlined.info.active.background');
        border-color: dt('button.outlined.info.border.color');
        color: dt('button.outlined.info.color');
    }

    .p-button-outlined.p-button-warn {
        border-color: dt('button.outlined.warn.border.color');
        color: dt('button.outlined.warn.color');
    }

    .p-button-outlined.p-button-warn:not(:disabled):hover {
        background: dt('button.outlined.warn.hover.background');
        border-color: dt('button.outlined.warn.border.color');
        color: dt('button.outlined.warn.color');
    }

    .p-button-outlined.p-button-warn:not(:disabled):active {
        background: dt('button.outlined.warn.active.background');
        border-color: dt('button.outlined.warn.border.color');
        color: dt('button.outlined.warn.color');
    }

    .p-button-outlined.p-button-help {
        border-color: dt('button.outlined.help.border.color');
        color: dt('button.outlined.help.color');
    }

    .p-button-outlined.p-button-help:not(:disabled):hover {
        background: dt('button.outlined.help.hover.background');
        border-color: dt('button.outlined.help.border.color');
        color: dt('button.outlined.help.color');
    }

    .p-button-outlined.p-button-help:not(:disabled):active {
        background: dt('button.outlined.help.active.background');
        border-color: dt('button.outlined.help.border.color');
        color: dt('button.outlined.help.color');
    }

    .p-button-outlined.p-button-danger {
        border-color: dt('button.outlined.danger.border.color');
        color: dt('button.outlined.danger.color');
    }

    .p-button-outlined.p-button-danger:not(:disabled):hover {
        background: dt('button.outlined.danger.hover.background');
        border-color: dt('button.outlined.danger.border.color');
        color: dt('button.outlined.danger.color');
    }

    .p-button-outlined.p-button-danger:not(:disabled):active {
        background: dt('button.outlined.danger.active.background');
        border-color: dt('button.outlined.danger.border.color');
        color: dt('button.outlined.danger.color');
    }

    .p-button-outlined.p-button-contrast {
        border-color: dt('button.outlined.contrast.border.color');
        color: dt('button.outlined.contrast.color');
    }

    .p-button-outlined.p-button-contrast:not(:disabled):hover {
        background: dt('button.outlined.contrast.hover.background');
        border-color: dt('button.outlined.contrast.border.color');
        color: dt('button.outlined.contrast.color');
    }

    .p-button-outlined.p-button-contrast:not(:disabled):active {
        background: dt('button.outlined.contrast.active.background');
        border-color: dt('button.outlined.contrast.border.color');
        color: dt('button.outlined.contrast.color');
    }

    .p-button-outlined.p-button-plain {
        border-color: dt('button.outlined.plain.border.color');
        color: dt('button.outlined.plain.color');
    }

    .p-button-outlined.p-button-plain:not(:disabled):hover {
        background: dt('button.outlined.plain.hover.background');
        border-color: dt('button.outlined.plain.border.color');
        color: dt('button.outlined.plain.color');
    }

    .p-button-outlined.p-button-plain:not(:disabled):active {
        background: dt('button.outlined.plain.active.background');
        border-color: dt('button.outlined.plain.border.color');
        color: dt('button.outlined.plain.color');
    }

    .p-button-text {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.primary.color');
    }

    .p-button-text:not(:disabled):hover {
        background: dt('button.text.primary.hover.background');
        border-color: transparent;
        color: dt('button.text.primary.color');
    }

    .p-button-text:not(:disabled):active {
        background: dt('button.text.primary.active.background');
        border-color: transparent;
        color: dt('button.text.primary.color');
    }

    .p-button-text.p-button-secondary {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.secondary.color');
    }

    .p-button-text.p-button-secondary:not(:disabled):hover {
        background: dt('button.text.secondary.hover.background');
        border-color: transparent;
        color: dt('button.text.secondary.color');
    }

    .p-button-text.p-button-secondary:not(:disabled):active {
        background: dt('button.text.secondary.active.background');
        border-color: transparent;
        color: dt('button.text.secondary.color');
    }

    .p-button-text.p-button-success {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.success.color');
    }

    .p-button-text.p-button-success:not(:disabled):hover {
        background: dt('button.text.success.hover.background');
        border-color: transparent;
        color: dt('button.text.success.color');
    }

    .p-button-text.p-button-success:not(:disabled):active {
        background: dt('button.text.success.active.background');
        border-color: transparent;
        color: dt('button.text.success.color');
    }

    .p-button-text.p-button-info {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.info.color');
    }

    .p-button-text.p-button-info:not(:disabled):hover {
        background: dt('button.text.info.hover.background');
        border-color: transparent;
        color: dt('button.text.info.color');
    }

    .p-button-text.p-button-info:not(:disabled):active {
        background: dt('button.text.info.active.background');
        border-color: transparent;
        color: dt('button.text.info.color');
    }

    .p-button-text.p-button-warn {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.warn.color');
    }

    .p-button-text.p-button-warn:not(:disabled):hover {
        background: dt('button.text.warn.hover.background');
        border-color: transparent;
        color: dt('button.text.warn.color');
    }

    .p-button-text.p-button-warn:not(:disabled):active {
        background: dt('button.text.warn.active.background');
        border-color: transparent;
        color: dt('button.text.warn.color');
    }

    .p-button-text.p-button-help {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.help.color');
    }

    .p-button-text.p-button-help:not(:disabled):hover {
        background: dt('button.text.help.hover.background');
        border-color: transparent;
        color: dt('button.text.help.color');
    }

    .p-button-text.p-button-help:not(:disabled):active {
        background: dt('button.text.help.active.background');
        border-color: transparent;
        color: dt('button.text.help.color');
    }

    .p-button-text.p-button-danger {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.danger.color');
    }

    .p-button-text.p-button-danger:not(:disabled):hover {
        background: dt('button.text.danger.hover.background');
        border-color: transparent;
        color: dt('button.text.danger.color');
    }

    .p-button-text.p-button-danger:not(:disabled):active {
        background: dt('button.text.danger.active.background');
        border-color: transparent;
        color: dt('button.text.danger.color');
    }

    .p-button-text.p-button-contrast {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.contrast.color');
    }

    .p-button-text.p-button-contrast:not(:disabled):hover {
        background: dt('button.text.contrast.hover.background');
        border-color: transparent;
        color: dt('button.text.contrast.color');
    }

    .p-button-text.p-button-contrast:not(:disabled):active {
        background: dt('button.text.contrast.active.background');
        border-color: transparent;
        color: dt('button.text.contrast.color');
    }

    .p-button-text.p-button-plain {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.plain.color');
    }

    .p-button-text.p-button-plain:not(:disabled):hover {
        background: dt('button.text.plain.hover.background');
        border-color: transparent;
        color: dt('button.text.plain.color');
    }

    .p-button-text.p-button-plain:not(:disabled):active {
        background: dt('button.text.plain.active.background');
        border-color: transparent;
        color: dt('button.text.plain.color');
    }

    .p-button-link {
        background: transparent;
        border-color: transparent;
        color: dt('button.link.color');
    }

    .p-button-link:not(:disabled):hover {
        background: transparent;
        border-color: transparent;
        color: dt('button.link.hover.color');
    }

    .p-button-link:not(:disabled):hover .p-button-label {
        text-decoration: underline;
    }

    .p-button-link:not(:disabled):active {
        background: transparent;
        border-color: transparent;
        color: dt('button.link.active.color');
    }
`;function Ar(e){"@babel/helpers - typeof";return Ar=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Ar(e)}function jr(e,t,n){return(t=Mr(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Mr(e){var t=Nr(e,`string`);return Ar(t)==`symbol`?t:t+``}function Nr(e,t){if(Ar(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Ar(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Pr=S.extend({name:`button`,style:kr,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-button p-component`,jr(jr(jr(jr(jr(jr(jr(jr(jr({"p-button-icon-only":t.hasIcon&&!n.label&&!n.badge,"p-button-vertical":(n.iconPos===`top`||n.iconPos===`bottom`)&&n.label,"p-button-loading":n.loading,"p-button-link":n.link||n.variant===`link`},`p-button-${n.severity}`,n.severity),`p-button-raised`,n.raised),`p-button-rounded`,n.rounded),`p-button-text`,n.text||n.variant===`text`),`p-button-outlined`,n.outlined||n.variant===`outlined`),`p-button-sm`,n.size===`small`),`p-button-lg`,n.size===`large`),`p-button-plain`,n.plain),`p-button-fluid`,t.hasFluid)]},loadingIcon:`p-button-loading-icon`,icon:function(e){var t=e.props;return[`p-button-icon`,jr({},`p-button-icon-${t.iconPos}`,t.label)]},label:`p-button-label`}}),Fr={name:`BaseButton`,extends:E,props:{label:{type:String,default:null},icon:{type:String,default:null},iconPos:{type:String,default:`left`},iconClass:{type:[String,Object],default:null},badge:{type:String,default:null},badgeClass:{type:[String,Object],default:null},badgeSeverity:{type:String,default:`secondary`},loading:{type:Boolean,default:!1},loadingIcon:{type:String,default:void 0},as:{type:[String,Object],default:`BUTTON`},asChild:{type:Boolean,default:!1},link:{type:Boolean,default:!1},severity:{type:String,default:null},raised:{type:Boolean,default:!1},rounded:{type:Boolean,default:!1},text:{type:Boolean,default:!1},outlined:{type:Boolean,default:!1},size:{type:String,default:null},variant:{type:String,default:null},plain:{type:Boolean,default:!1},fluid:{type:Boolean,default:null}},style:Pr,provide:function(){return{$pcButton:this,$parentInstance:this}}};function Ir(e){"@babel/helpers - typeof";return Ir=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Ir(e)}function $(e,t,n){return(t=Lr(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Lr(e){var t=Rr(e,`string`);return Ir(t)==`symbol`?t:t+``}function Rr(e,t){if(Ir(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Ir(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var zr={name:`Button`,extends:Fr,inheritAttrs:!1,inject:{$pcFluid:{default:null}},methods:{getPTOptions:function(e){return(e===`root`?this.ptmi:this.ptm)(e,{context:{disabled:this.disabled}})}},computed:{disabled:function(){return this.$attrs.disabled||this.$attrs.disabled===``||this.loading},defaultAriaLabel:function(){return this.label?this.label+(this.badge?` `+this.badge:``):this.$attrs.ariaLabel},hasIcon:function(){return this.icon||this.$slots.icon},attrs:function(){return R(this.asAttrs,this.a11yAttrs,this.getPTOptions(`root`))},asAttrs:function(){return this.as===`BUTTON`?{type:`button`,disabled:this.disabled}:void 0},a11yAttrs:function(){return{"aria-label":this.defaultAriaLabel,"data-pc-name":`button`,"data-p-disabled":this.disabled,"data-p-severity":this.severity}},hasFluid:function(){return y(this.fluid)?!!this.$pcFluid:this.fluid},dataP:function(){return J($($($($($($($($($($({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge),`loading`,this.loading),`fluid`,this.hasFluid),`rounded`,this.rounded),`raised`,this.raised),`outlined`,this.outlined||this.variant===`outlined`),`text`,this.text||this.variant===`text`),`link`,this.link||this.variant===`link`),`vertical`,(this.iconPos===`top`||this.iconPos===`bottom`)&&this.label))},dataIconP:function(){return J($($({},this.iconPos,this.iconPos),this.size,this.size))},dataLabelP:function(){return J($($({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge))}},components:{SpinnerIcon:ge,Badge:pr},directives:{ripple:Or}},Br=[`data-p`],Vr=[`data-p`];function Hr(e,t,n,r,i,a){var o=P(`SpinnerIcon`),s=P(`Badge`),c=Re(`ripple`);return e.asChild?K(e.$slots,`default`,{key:1,class:k(e.cx(`root`)),a11yAttrs:a.a11yAttrs}):V((q(),U(jt(e.as),R({key:0,class:e.cx(`root`),"data-p":a.dataP},a.attrs),{default:j(function(){return[K(e.$slots,`default`,{},function(){return[e.loading?K(e.$slots,`loadingicon`,R({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`)]},e.ptm(`loadingIcon`)),function(){return[e.loadingIcon?(q(),I(`span`,R({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`),e.loadingIcon]},e.ptm(`loadingIcon`)),null,16)):(q(),U(o,R({key:1,class:[e.cx(`loadingIcon`),e.cx(`icon`)],spin:``},e.ptm(`loadingIcon`)),null,16,[`class`]))]}):K(e.$slots,`icon`,R({key:1,class:[e.cx(`icon`)]},e.ptm(`icon`)),function(){return[e.icon?(q(),I(`span`,R({key:0,class:[e.cx(`icon`),e.icon,e.iconClass],"data-p":a.dataIconP},e.ptm(`icon`)),null,16,Br)):W(``,!0)]}),e.label?(q(),I(`span`,R({key:2,class:e.cx(`label`)},e.ptm(`label`),{"data-p":a.dataLabelP}),N(e.label),17,Vr)):W(``,!0),e.badge?(q(),U(s,{key:3,value:e.badge,class:k(e.badgeClass),severity:e.badgeSeverity,unstyled:e.unstyled,pt:e.ptm(`pcBadge`)},null,8,[`value`,`class`,`severity`,`unstyled`,`pt`])):W(``,!0)]})]}),_:3},16,[`class`,`data-p`])),[[c]])}zr.render=Hr;var Ur=S.extend({name:`focustrap-directive`}),Wr=Q.extend({style:Ur});function Gr(e){"@babel/helpers - typeof";return Gr=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Gr(e)}function Kr(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function qr(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Kr(Object(n),!0).forEach(function(t){Jr(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Kr(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Jr(e,t,n){return(t=Yr(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Yr(e){var t=Xr(e,`string`);return Gr(t)==`symbol`?t:t+``}function Xr(e,t){if(Gr(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Gr(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Zr=Wr.extend(`focustrap`,{mounted:function(e,t){(t.value||{}).disabled||(this.createHiddenFocusableElements(e,t),this.bind(e,t),this.autoElementFocus(e,t)),e.setAttribute(`data-pd-focustrap`,!0),this.$el=e},updated:function(e,t){(t.value||{}).disabled&&this.unbind(e)},unmounted:function(e){this.unbind(e)},methods:{getComputedSelector:function(e){return`:not(.p-hidden-focusable):not([data-p-hidden-focusable="true"])${e??``}`},bind:function(e,t){var n=this,r=t.value||{},i=r.onFocusIn,o=r.onFocusOut;e.$_pfocustrap_mutationobserver=new MutationObserver(function(t){t.forEach(function(t){if(t.type===`childList`&&!e.contains(document.activeElement)){var r=function(t){var i=g(t)?g(t,n.getComputedSelector(e.$_pfocustrap_focusableselector))?t:ye(e,n.getComputedSelector(e.$_pfocustrap_focusableselector)):ye(t);return a(i)?i:t.nextSibling&&r(t.nextSibling)};x(r(t.nextSibling))}})}),e.$_pfocustrap_mutationobserver.disconnect(),e.$_pfocustrap_mutationobserver.observe(e,{childList:!0}),e.$_pfocustrap_focusinlistener=function(e){return i&&i(e)},e.$_pfocustrap_focusoutlistener=function(e){return o&&o(e)},e.addEventListener(`focusin`,e.$_pfocustrap_focusinlistener),e.addEventListener(`focusout`,e.$_pfocustrap_focusoutlistener)},unbind:function(e){e.$_pfocustrap_mutationobserver&&e.$_pfocustrap_mutationobserver.disconnect(),e.$_pfocustrap_focusinlistener&&e.removeEventListener(`focusin`,e.$_pfocustrap_focusinlistener)&&(e.$_pfocustrap_focusinlistener=null),e.$_pfocustrap_focusoutlistener&&e.removeEventListener(`focusout`,e.$_pfocustrap_focusoutlistener)&&(e.$_pfocustrap_focusoutlistener=null)},autoFocus:function(e){this.autoElementFocus(this.$el,{value:qr(qr({},e),{},{autoFocus:!0})})},autoElementFocus:function(e,t){var n=t.value||{},r=n.autoFocusSelector,i=r===void 0?``:r,a=n.firstFocusableSelector,o=a===void 0?``:a,s=n.autoFocus,c=s!==void 0&&s,l=ye(e,`[autofocus]${this.getComputedSelector(i)}`);c&&!l&&(l=ye(e,this.getComputedSelector(o))),x(l)},onFirstHiddenElementFocus:function(e){var t,n=e.currentTarget,r=e.relatedTarget,i=r===n.$_pfocustrap_lasthiddenfocusableelement||!((t=this.$el)!=null&&t.contains(r))?ye(n.parentElement,this.getComputedSelector(n.$_pfocustrap_focusableselector)):n.$_pfocustrap_lasthiddenfocusableelement;x(i)},onLastHiddenElementFocus:function(e){var t,n=e.currentTarget,r=e.relatedTarget,i=r===n.$_pfocustrap_firsthiddenfocusableelement||!((t=this.$el)!=null&&t.contains(r))?f(n.parentElement,this.getComputedSelector(n.$_pfocustrap_focusableselector)):n.$_pfocustrap_firsthiddenfocusableelement;x(i)},createHiddenFocusableElements:function(e,t){var n=this,r=t.value||{},i=r.tabIndex,a=i===void 0?0:i,o=r.firstFocusableSelector,c=o===void 0?``:o,l=r.lastFocusableSelector,u=l===void 0?``:l,d=function(e){return s(`span`,{class:`p-hidden-accessible p-hidden-focusable`,tabIndex:a,role:`presentation`,"aria-hidden":!0,"data-p-hidden-accessible":!0,"data-p-hidden-focusable":!0,onFocus:e?.bind(n)})},f=d(this.onFirstHiddenElementFocus),p=d(this.onLastHiddenElementFocus);f.$_pfocustrap_lasthiddenfocusableelement=p,f.$_pfocustrap_focusableselector=c,f.setAttribute(`data-pc-section`,`firstfocusableelement`),p.$_pfocustrap_firsthiddenfocusableelement=f,p.$_pfocustrap_focusableselector=u,p.setAttribute(`data-pc-section`,`lastfocusableelement`),e.prepend(f),e.append(p)}}}),Qr={name:`Portal`,props:{appendTo:{type:[String,Object],default:`body`},disabled:{type:Boolean,default:!1}},data:function(){return{mounted:!1}},mounted:function(){this.mounted=fe()},computed:{inline:function(){return this.disabled||this.appendTo===`self`}}};function $r(e,t,n,r,i,a){return a.inline?K(e.$slots,`default`,{key:0}):i.mounted?(q(),U(Et,{key:1,to:n.appendTo},[K(e.$slots,`default`)],8,[`to`])):W(``,!0)}Qr.render=$r;function ei(){Ce({variableName:me(`scrollbar.width`).name})}function ti(){_({variableName:me(`scrollbar.width`).name})}var ni=S.extend({name:`dialog`,style:`
    .p-dialog {
        max-height: 90%;
        transform: scale(1);
        border-radius: dt('dialog.border.radius');
        box-shadow: dt('dialog.shadow');
        background: dt('dialog.background');
        border: 1px solid dt('dialog.border.color');
        color: dt('dialog.color');
        will-change: transform;
    }

    .p-dialog-content {
        overflow-y: auto;
        padding: dt('dialog.content.padding');
        flex-grow: 1;
    }

    .p-dialog-header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        flex-shrink: 0;
        padding: dt('dialog.header.padding');
    }

    .p-dialog-title {
        font-weight: dt('dialog.title.font.weight');
        font-size: dt('dialog.title.font.size');
    }

    .p-dialog-footer {
        flex-shrink: 0;
        padding: dt('dialog.footer.padding');
        display: flex;
        justify-content: flex-end;
        gap: dt('dialog.footer.gap');
    }

    .p-dialog-header-actions {
        display: flex;
        align-items: center;
        gap: dt('dialog.header.gap');
    }

    .p-dialog-top .p-dialog,
    .p-dialog-bottom .p-dialog,
    .p-dialog-left .p-dialog,
    .p-dialog-right .p-dialog,
    .p-dialog-topleft .p-dialog,
    .p-dialog-topright .p-dialog,
    .p-dialog-bottomleft .p-dialog,
    .p-dialog-bottomright .p-dialog {
        margin: 1rem;
    }

    .p-dialog-maximized {
        width: 100vw !important;
        height: 100vh !important;
        top: 0px !important;
        left: 0px !important;
        max-height: 100%;
        height: 100%;
        border-radius: 0;
    }

    .p-dialog .p-resizable-handle {
        position: absolute;
        font-size: 0.1px;
        display: block;
        cursor: se-resize;
        width: 12px;
        height: 12px;
        right: 1px;
        bottom: 1px;
    }

    .p-dialog-enter-active {
        animation: p-animate-dialog-enter 300ms cubic-bezier(.19,1,.22,1);
    }

    .p-dialog-leave-active {
        animation: p-animate-dialog-leave 300ms cubic-bezier(.19,1,.22,1);
    }

    @keyframes p-animate-dialog-enter {
        from {
            opacity: 0;
            transform: scale(0.93);
        }
    }

    @keyframes p-animate-dialog-leave {
        to {
            opacity: 0;
            transform: scale(0.93);
        }
    }
`,classes:{mask:function(e){var t=e.props,n=[`left`,`right`,`top`,`topleft`,`topright`,`bottom`,`bottomleft`,`bottomright`].find(function(e){return e===t.position});return[`p-dialog-mask`,{"p-overlay-mask p-overlay-mask-enter-active":t.modal},n?`p-dialog-${n}`:``]},root:function(e){var t=e.props,n=e.instance;return[`p-dialog p-component`,{"p-dialog-maximized":t.maximizable&&n.maximized}]},header:`p-dialog-header`,title:`p-dialog-title`,headerActions:`p-dialog-header-actions`,pcMaximizeButton:`p-dialog-maximize-button`,pcCloseButton:`p-dialog-close-button`,content:`p-dialog-content`,footer:`p-dialog-footer`},inlineStyles:{mask:function(e){var t=e.position,n=e.modal;return{position:`fixed`,height:`100%`,width:`100%`,left:0,top:0,display:`flex`,justifyContent:t===`left`||t===`topleft`||t===`bottomleft`?`flex-start`:t===`right`||t===`topright`||t===`bottomright`?`flex-end`:`center`,alignItems:t===`top`||t===`topleft`||t===`topright`?`flex-start`:t===`bottom`||t===`bottomleft`||t===`bottomright`?`flex-end`:`center`,pointerEvents:n?`auto`:`none`}},root:{display:`flex`,flexDirection:`column`,pointerEvents:`auto`}}}),ri={name:`Dialog`,extends:{name:`BaseDialog`,extends:E,props:{header:{type:null,default:null},footer:{type:null,default:null},visible:{type:Boolean,default:!1},modal:{type:Boolean,default:null},contentStyle:{type:null,default:null},contentClass:{type:String,default:null},contentProps:{type:null,default:null},maximizable:{type:Boolean,default:!1},dismissableMask:{type:Boolean,default:!1},closable:{type:Boolean,default:!0},closeOnEscape:{type:Boolean,default:!0},showHeader:{type:Boolean,default:!0},blockScroll:{type:Boolean,default:!1},baseZIndex:{type:Number,default:0},autoZIndex:{type:Boolean,default:!0},position:{type:String,default:`center`},breakpoints:{type:Object,default:null},draggable:{type:Boolean,default:!0},keepInViewport:{type:Boolean,default:!0},minX:{type:Number,default:0},minY:{type:Number,default:0},appendTo:{type:[String,Object],default:`body`},closeIcon:{type:String,default:void 0},maximizeIcon:{type:String,default:void 0},minimizeIcon:{type:String,default:void 0},closeButtonProps:{type:Object,default:function(){return{severity:`secondary`,text:!0,rounded:!0}}},maximizeButtonProps:{type:Object,default:function(){return{severity:`secondary`,text:!0,rounded:!0}}},_instance:null},style:ni,provide:function(){return{$pcDialog:this,$parentInstance:this}}},inheritAttrs:!1,emits:[`update:visible`,`show`,`hide`,`after-hide`,`maximize`,`unmaximize`,`dragstart`,`dragend`],provide:function(){var e=this;return{dialogRef:z(function(){return e._instance})}},data:function(){return{containerVisible:this.visible,maximized:!1,focusableMax:null,focusableClose:null,target:null}},documentKeydownListener:null,container:null,mask:null,content:null,headerContainer:null,footerContainer:null,maximizableButton:null,closeButton:null,styleElement:null,dragging:null,documentDragListener:null,documentDragEndListener:null,lastPageX:null,lastPageY:null,maskMouseDownTarget:null,updated:function(){this.visible&&(this.containerVisible=this.visible)},beforeUnmount:function(){this.unbindDocumentState(),this.unbindGlobalListeners(),this.destroyStyle(),this.mask&&this.autoZIndex&&Y.clear(this.mask),this.container=null,this.mask=null},mounted:function(){this.breakpoints&&this.createStyle()},methods:{close:function(){this.$emit(`update:visible`,!1)},onEnter:function(){this.$emit(`show`),this.target=document.activeElement,this.enableDocumentSettings(),this.bindGlobalListeners(),this.autoZIndex&&Y.set(`modal`,this.mask,this.baseZIndex||this.$primevue.config.zIndex.modal)},onAfterEnter:function(){this.focus()},onBeforeLeave:function(){this.modal&&!this.isUnstyled&&xe(this.mask,`p-overlay-mask-leave-active`),this.dragging&&this.documentDragEndListener&&this.documentDragEndListener()},onLeave:function(){this.$emit(`hide`),x(this.target),this.target=null,this.focusableClose=null,this.focusableMax=null},onAfterLeave:function(){this.autoZIndex&&Y.clear(this.mask),this.containerVisible=!1,this.unbindDocumentState(),this.unbindGlobalListeners(),this.$emit(`after-hide`)},onMaskMouseDown:function(e){this.maskMouseDownTarget=e.target},onMaskMouseUp:function(){this.dismissableMask&&this.modal&&this.mask===this.maskMouseDownTarget&&this.close()},focus:function(){var e=function(e){return e&&e.querySelector(`[autofocus]`)},t=this.$slots.footer&&e(this.footerContainer);t||(t=this.$slots.header&&e(this.headerContainer),t||(t=this.$slots.default&&e(this.content),t||(this.maximizable?(this.focusableMax=!0,t=this.maximizableButton):(this.focusableClose=!0,t=this.closeButton)))),t&&x(t,{focusVisible:!0})},maximize:function(e){this.maximized?(this.maximized=!1,this.$emit(`unmaximize`,e)):(this.maximized=!0,this.$emit(`maximize`,e)),this.modal||(this.maximized?ei():ti())},enableDocumentSettings:function(){(this.modal||!this.modal&&this.blockScroll||this.maximizable&&this.maximized)&&ei()},unbindDocumentState:function(){(this.modal||!this.modal&&this.blockScroll||this.maximizable&&this.maximized)&&ti()},onKeyDown:function(e){e.code===`Escape`&&this.closeOnEscape&&!e.isComposing&&this.close()},bindDocumentKeyDownListener:function(){this.documentKeydownListener||(this.documentKeydownListener=this.onKeyDown.bind(this),window.document.addEventListener(`keydown`,this.documentKeydownListener))},unbindDocumentKeyDownListener:function(){this.documentKeydownListener&&=(window.document.removeEventListener(`keydown`,this.documentKeydownListener),null)},containerRef:function(e){this.container=e},maskRef:function(e){this.mask=e},contentRef:function(e){this.content=e},headerContainerRef:function(e){this.headerContainer=e},footerContainerRef:function(e){this.footerContainer=e},maximizableRef:function(e){this.maximizableButton=e?e.$el:void 0},closeButtonRef:function(e){this.closeButton=e?e.$el:void 0},createStyle:function(){if(!this.styleElement&&!this.isUnstyled){var e;this.styleElement=document.createElement(`style`),this.styleElement.type=`text/css`,ie(this.styleElement,`nonce`,(e=this.$primevue)==null||(e=e.config)==null||(e=e.csp)==null?void 0:e.nonce),document.head.appendChild(this.styleElement);var t=``;for(var n in this.breakpoints)t+=`
                        @media screen and (max-width: ${n}) {
                            .p-dialog[${this.$attrSelector}] {
                                width: ${this.breakpoints[n]} !important;
                            }
                        }
                    `;this.styleElement.innerHTML=t}},destroyStyle:function(){this.styleElement&&=(document.head.removeChild(this.styleElement),null)},initDrag:function(e){e.target.closest(`div`).getAttribute(`data-pc-section`)!==`headeractions`&&this.draggable&&(this.dragging=!0,this.lastPageX=e.pageX,this.lastPageY=e.pageY,this.container.style.margin=`0`,document.body.setAttribute(`data-p-unselectable-text`,`true`),!this.isUnstyled&&c(document.body,{"user-select":`none`}),this.$emit(`dragstart`,e))},bindGlobalListeners:function(){this.draggable&&(this.bindDocumentDragListener(),this.bindDocumentDragEndListener()),this.closeOnEscape&&this.bindDocumentKeyDownListener()},unbindGlobalListeners:function(){this.unbindDocumentDragListener(),this.unbindDocumentDragEndListener(),this.unbindDocumentKeyDownListener()},bindDocumentDragListener:function(){var e=this;this.documentDragListener=function(n){if(e.dragging){var r=C(e.container),i=t(e.container),a=n.pageX-e.lastPageX,o=n.pageY-e.lastPageY,s=e.container.getBoundingClientRect(),c=s.left+a,l=s.top+o,u=le(),d=getComputedStyle(e.container),f=parseFloat(d.marginLeft),p=parseFloat(d.marginTop);e.container.style.position=`fixed`,e.keepInViewport?(c>=e.minX&&c+r<u.width&&(e.lastPageX=n.pageX,e.container.style.left=c-f+`px`),l>=e.minY&&l+i<u.height&&(e.lastPageY=n.pageY,e.container.style.top=l-p+`px`)):(e.lastPageX=n.pageX,e.container.style.left=c-f+`px`,e.lastPageY=n.pageY,e.container.style.top=l-p+`px`)}},window.document.addEventListener(`mousemove`,this.documentDragListener)},unbindDocumentDragListener:function(){this.documentDragListener&&=(window.document.removeEventListener(`mousemove`,this.documentDragListener),null)},bindDocumentDragEndListener:function(){var e=this;this.documentDragEndListener=function(t){e.dragging&&(e.dragging=!1,document.body.removeAttribute(`data-p-unselectable-text`),!e.isUnstyled&&(document.body.style[`user-select`]=``),e.$emit(`dragend`,t))},window.document.addEventListener(`mouseup`,this.documentDragEndListener)},unbindDocumentDragEndListener:function(){this.documentDragEndListener&&=(window.document.removeEventListener(`mouseup`,this.documentDragEndListener),null)}},computed:{maximizeIconComponent:function(){return this.maximized?this.minimizeIcon?`span`:`WindowMinimizeIcon`:this.maximizeIcon?`span`:`WindowMaximizeIcon`},ariaLabelledById:function(){return this.header!=null||this.$attrs[`aria-labelledby`]!==null?this.$id+`_header`:null},closeAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.close:void 0},dataP:function(){return J({maximized:this.maximized,modal:this.modal})}},directives:{ripple:Or,focustrap:Zr},components:{Button:zr,Portal:Qr,WindowMinimizeIcon:$n,WindowMaximizeIcon:Gn,TimesIcon:Ln}};function ii(e){"@babel/helpers - typeof";return ii=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},ii(e)}function ai(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function oi(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?ai(Object(n),!0).forEach(function(t){si(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):ai(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function si(e,t,n){return(t=ci(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function ci(e){var t=li(e,`string`);return ii(t)==`symbol`?t:t+``}function li(e,t){if(ii(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(ii(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var ui=[`data-p`],di=[`aria-labelledby`,`aria-modal`,`data-p`],fi=[`id`],pi=[`data-p`];function mi(e,t,n,r,i,a){var o=P(`Button`),s=P(`Portal`),c=Re(`focustrap`);return q(),U(s,{appendTo:e.appendTo},{default:j(function(){return[i.containerVisible?(q(),I(`div`,R({key:0,ref:a.maskRef,class:e.cx(`mask`),style:e.sx(`mask`,!0,{position:e.position,modal:e.modal}),onMousedown:t[1]||=function(){return a.onMaskMouseDown&&a.onMaskMouseDown.apply(a,arguments)},onMouseup:t[2]||=function(){return a.onMaskMouseUp&&a.onMaskMouseUp.apply(a,arguments)},"data-p":a.dataP},e.ptm(`mask`)),[L(ct,R({name:`p-dialog`,onEnter:a.onEnter,onAfterEnter:a.onAfterEnter,onBeforeLeave:a.onBeforeLeave,onLeave:a.onLeave,onAfterLeave:a.onAfterLeave,appear:``},e.ptm(`transition`)),{default:j(function(){return[e.visible?V((q(),I(`div`,R({key:0,ref:a.containerRef,class:e.cx(`root`),style:e.sx(`root`),role:`dialog`,"aria-labelledby":a.ariaLabelledById,"aria-modal":e.modal,"data-p":a.dataP},e.ptmi(`root`)),[e.$slots.container?K(e.$slots,`container`,{key:0,closeCallback:a.close,maximizeCallback:function(e){return a.maximize(e)},initDragCallback:a.initDrag}):(q(),I(H,{key:1},[e.showHeader?(q(),I(`div`,R({key:0,ref:a.headerContainerRef,class:e.cx(`header`),onMousedown:t[0]||=function(){return a.initDrag&&a.initDrag.apply(a,arguments)}},e.ptm(`header`)),[K(e.$slots,`header`,{class:k(e.cx(`title`))},function(){return[e.header?(q(),I(`span`,R({key:0,id:a.ariaLabelledById,class:e.cx(`title`)},e.ptm(`title`)),N(e.header),17,fi)):W(``,!0)]}),F(`div`,R({class:e.cx(`headerActions`)},e.ptm(`headerActions`)),[e.maximizable?K(e.$slots,`maximizebutton`,{key:0,maximized:i.maximized,maximizeCallback:function(e){return a.maximize(e)}},function(){return[L(o,R({ref:a.maximizableRef,autofocus:i.focusableMax,class:e.cx(`pcMaximizeButton`),onClick:a.maximize,tabindex:e.maximizable?`0`:`-1`,unstyled:e.unstyled},e.maximizeButtonProps,{pt:e.ptm(`pcMaximizeButton`),"data-pc-group-section":`headericon`}),{icon:j(function(t){return[K(e.$slots,`maximizeicon`,{maximized:i.maximized},function(){return[(q(),U(jt(a.maximizeIconComponent),R({class:[t.class,i.maximized?e.minimizeIcon:e.maximizeIcon]},e.ptm(`pcMaximizeButton`).icon),null,16,[`class`]))]})]}),_:3},16,[`autofocus`,`class`,`onClick`,`tabindex`,`unstyled`,`pt`])]}):W(``,!0),e.closable?K(e.$slots,`closebutton`,{key:1,closeCallback:a.close},function(){return[L(o,R({ref:a.closeButtonRef,autofocus:i.focusableClose,class:e.cx(`pcCloseButton`),onClick:a.close,"aria-label":a.closeAriaLabel,unstyled:e.unstyled},e.closeButtonProps,{pt:e.ptm(`pcCloseButton`),"data-pc-group-section":`headericon`}),{icon:j(function(t){return[K(e.$slots,`closeicon`,{},function(){return[(q(),U(jt(e.closeIcon?`span`:`TimesIcon`),R({class:[e.closeIcon,t.class]},e.ptm(`pcCloseButton`).icon),null,16,[`class`]))]})]}),_:3},16,[`autofocus`,`class`,`onClick`,`aria-label`,`unstyled`,`pt`])]}):W(``,!0)],16)],16)):W(``,!0),F(`div`,R({ref:a.contentRef,class:[e.cx(`content`),e.contentClass],style:e.contentStyle,"data-p":a.dataP},oi(oi({},e.contentProps),e.ptm(`content`))),[K(e.$slots,`default`)],16,pi),e.footer||e.$slots.footer?(q(),I(`div`,R({key:1,ref:a.footerContainerRef,class:e.cx(`footer`)},e.ptm(`footer`)),[K(e.$slots,`footer`,{},function(){return[G(N(e.footer),1)]})],16)):W(``,!0)],64))],16,di)),[[c,{disabled:!e.modal}]]):W(``,!0)]}),_:3},16,[`onEnter`,`onAfterEnter`,`onBeforeLeave`,`onLeave`,`onAfterLeave`])],16,ui)):W(``,!0)]}),_:3},8,[`appendTo`])}ri.render=mi;var hi=_t.jobs[`:id`],gi=e=>({param:{id:String(e)}}),_i={replacePlanned:(e,t,n)=>St(hi.segments.planned.$put({...gi(e),json:{from:t,segments:n}}),Mt),setJoinSeam:(e,t)=>St(hi.seams.$put({...gi(e),json:{joins:[t]}}),Mt),frameImage:(e,t,n)=>St(hi.segments[`:idx`][`frame-image`].$post({param:{id:String(e),idx:String(t)},json:{frame:n}}),ft)};function vi(e,t){let n=tt(e.parameters.seam,t+1);return Math.max(1,Ie(e.parameters.frames,t,n))}function yi(e,t){let n=[...e.segments].sort((e,t)=>e.idx-t.idx),r=it(n,e.parameters.frames),i=at({frames:r.map(e=>e.frames),trimFirst:r.map(e=>Math.max(0,Math.round(t.trims[e.idx]??0))),crossfades:r.slice(0,-1).map(e=>Math.max(0,Math.round(t.crossfades[e.idx]??0)))}),a=new Map(r.map((e,t)=>[e.idx,t])),o=i.total,s=n.map(t=>{let n=a.get(t.idx),r=n===void 0?void 0:i.parts[n],s=n===void 0?void 0:i.chapters[n];if(r&&s)return{idx:t.idx,segment:t,inFinal:!0,start:s.start,length:Math.max(0,s.end-s.start),trim:r.start,count:r.count,fadeIn:r.fadeIn,fadeOut:r.fadeOut};let c=t.frames??vi(e,t.idx),l={idx:t.idx,segment:t,inFinal:!1,start:o,length:c,trim:0,count:c,fadeIn:0,fadeOut:0};return o+=c,l});return{clips:s,joins:s.slice(0,-1).map((t,n)=>{let r=s[n+1],i=r.segment.status===`planned`?ze(e.parameters.seam,t.idx):{mode:r.segment.seam_mode,frames:r.segment.carry};return{after:t.idx,next:r.idx,mode:i.mode,carry:r.segment.status===`planned`?vt(i):r.segment.carry,crossfade:t.inFinal&&r.inFinal?t.fadeOut:0,seam:r.segment.seam,seamWarning:r.segment.seam_warning,drift:t.segment.drift,driftWarning:t.segment.drift_warning,at:r.start}}),total:i.total,span:Math.max(o,i.total),fps:e.parameters.fps}}function bi(e,t){let n=e.clips.filter(e=>e.inFinal&&e.length>0);if(!n.length||e.total<=0)return null;let r=Math.min(e.total-1,Math.max(0,Math.floor(t))),i=n.findIndex(e=>r>=e.start&&r<e.start+e.length);i===-1&&(i=n.length-1);let a=n[i],o=r-a.start,s=n[i-1],c=s&&o<a.fadeIn?{idx:s.idx,local:s.trim+(r-s.start),weight:1-(o+1)/(a.fadeIn+1)}:null;return{idx:a.idx,local:a.trim+o,under:c}}function xi(e,t){let n=Math.round(Math.max(0,e)/Math.max(1,t)*1e3),r=Math.floor(n/6e4),i=Math.floor(n%6e4/1e3);return`${String(r).padStart(2,`0`)}:${String(i).padStart(2,`0`)}.${String(n%1e3).padStart(3,`0`)}`}function Si(e){return e.seamWarning||e.driftWarning?`warn`:e.seam===null?`unknown`:`ok`}var Ci=[{keys:[` `],action:`play`,label:`Space`,what:`Play / pause`},{keys:[`l`],action:`forward`,label:`L`,what:`Play forward (again: faster)`},{keys:[`k`],action:`pause`,label:`K`,what:`Pause`},{keys:[`j`],action:`backward`,label:`J`,what:`Play backward (again: faster)`},{keys:[`ArrowRight`],action:`frame-next`,label:`→`,what:`Next frame`},{keys:[`ArrowLeft`],action:`frame-prev`,label:`←`,what:`Previous frame`},{keys:[`ArrowRight`],shift:!0,action:`second-next`,label:`Shift + →`,what:`One second on`},{keys:[`ArrowLeft`],shift:!0,action:`second-prev`,label:`Shift + ←`,what:`One second back`},{keys:[`ArrowDown`,`PageDown`],action:`clip-next`,label:`↓`,what:`Start of the next segment`},{keys:[`ArrowUp`,`PageUp`],action:`clip-prev`,label:`↑`,what:`Start of this or the previous segment`},{keys:[`Home`],action:`start`,label:`Home`,what:`First frame`},{keys:[`End`],action:`end`,label:`End`,what:`Last frame`},{keys:[`+`,`=`],action:`zoom-in`,label:`+`,what:`Zoom in`},{keys:[`-`],action:`zoom-out`,label:`−`,what:`Zoom out`},{keys:[`Enter`],action:`select-here`,label:`Enter`,what:`Select the segment under the playhead`},{keys:[`[`],action:`select-prev`,label:`[`,what:`Select the previous segment`},{keys:[`]`],action:`select-next`,label:`]`,what:`Select the next segment`},{keys:[`Escape`],action:`deselect`,label:`Esc`,what:`Close the segment or join`},{keys:[`ArrowLeft`],alt:!0,action:`move-earlier`,label:`Alt + ←`,what:`Move the selected planned segment earlier`},{keys:[`ArrowRight`],alt:!0,action:`move-later`,label:`Alt + →`,what:`Move the selected planned segment later`},{keys:[`i`],action:`insert`,label:`I`,what:`Insert a planned segment after the selected one`},{keys:[`Delete`],action:`delete`,label:`Delete`,what:`Delete the selected planned segment`},{keys:[`r`],action:`redo`,label:`R`,what:`Redo the selected segment as a new take`},{keys:[`s`],action:`seeds`,label:`S`,what:`Run N seeds of the selected segment`},{keys:[`l`],shift:!0,action:`lock`,label:`Shift + L`,what:`Lock / unlock the selected take`},{keys:[`g`],action:`continue`,label:`G`,what:`Run the planned segment that waits`},{keys:[`e`],action:`join`,label:`E`,what:`Edit the join after the selected segment`},{keys:[`n`],action:`new-job`,label:`N`,what:`Start a new job from the frame under the playhead`},{keys:[`z`],mod:!0,action:`undo`,label:`Ctrl + Z`,what:`Undo the last edit that has not run`},{keys:[`ContextMenu`],action:`menu`,label:`Menu`,what:`The selected segment's menu (also Shift + F10, right click)`},{keys:[`F10`],shift:!0,action:`menu`,label:`Shift + F10`,what:`The selected segment's menu`},{keys:[`?`],action:`help`,label:`?`,what:`These keys`}];function wi(e){let t=e.key.length===1?e.key.toLowerCase():e.key,n=e.ctrlKey||e.metaKey,r=(r,i)=>r.keys.includes(t)&&!!r.shift===i&&!!r.alt===e.altKey&&!!r.mod===n,i=Ci.find(t=>r(t,e.shiftKey)),a=e.key.length===1&&e.shiftKey?Ci.find(e=>r(e,!1)&&!/[a-z]/.test(t)):void 0;return(i??a)?.action??null}function Ti(e,t,n=50){let r=e.at(-1);return t.merge!==void 0&&r?.merge===t.merge&&r.jobId===t.jobId?[...e.slice(0,-1),{...t,undo:r.undo,stillUndoable:r.stillUndoable}]:[...e,t].slice(-Math.max(1,n))}function Ei(e,t){let n=[...e];for(let e=n.length-1;e>=0;e--){let r=n[e];if(r.jobId===t&&(n.splice(e,1),r.stillUndoable()))return{entry:r,rest:n}}return{entry:null,rest:n}}function Di(e,t){for(let n=e.length-1;n>=0;n--){let r=e[n];if(r.jobId===t&&r.stillUndoable())return r}return null}function Oi(e){return{prompt:e.prompt,...e.negative_prompt?{negative_prompt:e.negative_prompt}:{},seed:e.seed,loras:e.loras}}function ki(e){let t=e.segments.length;for(;t>0&&e.segments[t-1]?.status===`planned`;)t--;return t}var Ai=Ue(`longvideo.timelineEdits`,()=>{let e=We(),t=Tt(),n=A([]),r=()=>e.current,i=(e,t)=>()=>{let n=r();return n?.id===e&&n.segments.slice(t).every(e=>e.status===`planned`)&&n.segments.length>=t};function a(e){n.value=Ti(n.value,e)}let o=(t,n,r)=>e.command(()=>_i.replacePlanned(t,n,r),e=>e);async function s(e,t,n,r){let s=e.segments.slice(t).map(Oi),c=o(e.id,t,n),l=!1,u=i(e.id,t);a({label:r,jobId:e.id,stillUndoable:()=>!l&&u(),undo:()=>c.then(()=>o(e.id,t,s)).then(()=>void 0)});try{await c}catch(e){throw l=!0,e}}function c(e,t,n){let r=Math.max(ki(e),t+1),i=e.segments.slice(r).map(Oi),a=t+1-r;return s(e,r,[...i.slice(0,Math.max(0,a)),n,...i.slice(Math.max(0,a))],bt(`edits.insert`,{n:t+1}))}function l(e,t,n){let r=ki(e),i=e.segments.slice(r).map(Oi),a=t-r,o=a+n;if(a<0||o<0||o>=i.length)return Promise.resolve();let c=i.slice();return[c[a],c[o]]=[c[o],c[a]],s(e,r,c,bt(n<0?`edits.earlier`:`edits.later`,{n:t+1}))}function u(e,t){let n=ki(e);return s(e,n,e.segments.slice(n).map(Oi).filter((e,r)=>r!==t-n),bt(`edits.delete`,{n:t+1}))}function d(e,t,n){let r=ki(e);return s(e,r,e.segments.slice(r).map(Oi).map((e,i)=>i===t-r?n:e),bt(`edits.edit`,{n:t+1}))}async function f(t,n,i,o){let s=t.parameters.seam?.joins?.[String(n)],c=(r,i)=>e.command(()=>_i.setJoinSeam(t.id,{after:n,mode:r,...r===`motion`&&(i===5||i===9)?{frames:i}:{}}),e=>e);await c(i,o);let l=()=>r()?.segments[n+1];a({label:bt(`edits.join`,{n:n+1}),jobId:t.id,stillUndoable:()=>r()?.id===t.id&&(l()?.status??`planned`)===`planned`,undo:()=>c(s?.mode??null,s?.frames).then(()=>void 0)})}function p(e,n,r,i=!1){let o=t.draftOf(e);t.setDraft(e,{...o,crossfades:{...o.crossfades,[n]:Math.max(0,Math.round(r))}}),a({label:r>0?bt(`edits.crossfade`,{frames:r,n:n+1}):bt(`edits.cut`,{n:n+1}),jobId:e,stillUndoable:()=>!0,undo:()=>t.setDraft(e,o),...i?{merge:`crossfade ${e} ${n}`}:{}})}let m=z(()=>{let e=r()?.id;return e===void 0?null:Di(n.value,e)?.label??null});async function h(){let e=r()?.id;if(e===void 0)return null;let{entry:t,rest:i}=Ei(n.value,e);return n.value=i,t?(await t.undo(),t.label):null}return{stack:n,undoLabel:m,insertAfter:c,move:l,remove:u,rewrite:d,setJoinMode:f,setCrossfade:p,undo:h}}),ji={name:`BlankIcon`,extends:Se};function Mi(e){return Ii(e)||Fi(e)||Pi(e)||Ni()}function Ni(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Pi(e,t){if(e){if(typeof e==`string`)return Li(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Li(e,t):void 0}}function Fi(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Ii(e){if(Array.isArray(e))return Li(e)}function Li(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Ri(e,t,n,r,i,a){return q(),I(`svg`,R({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Mi(t[0]||=[F(`rect`,{width:`1`,height:`1`,fill:`currentColor`,"fill-opacity":`0`},null,-1)]),16)}ji.render=Ri;var zi={name:`CheckIcon`,extends:Se};function Bi(e){return Wi(e)||Ui(e)||Hi(e)||Vi()}function Vi(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Hi(e,t){if(e){if(typeof e==`string`)return Gi(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Gi(e,t):void 0}}function Ui(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Wi(e){if(Array.isArray(e))return Gi(e)}function Gi(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Ki(e,t,n,r,i,a){return q(),I(`svg`,R({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Bi(t[0]||=[F(`path`,{d:`M4.86199 11.5948C4.78717 11.5923 4.71366 11.5745 4.64596 11.5426C4.57826 11.5107 4.51779 11.4652 4.46827 11.4091L0.753985 7.69483C0.683167 7.64891 0.623706 7.58751 0.580092 7.51525C0.536478 7.44299 0.509851 7.36177 0.502221 7.27771C0.49459 7.19366 0.506156 7.10897 0.536046 7.03004C0.565935 6.95111 0.613367 6.88 0.674759 6.82208C0.736151 6.76416 0.8099 6.72095 0.890436 6.69571C0.970973 6.67046 1.05619 6.66385 1.13966 6.67635C1.22313 6.68886 1.30266 6.72017 1.37226 6.76792C1.44186 6.81567 1.4997 6.8786 1.54141 6.95197L4.86199 10.2503L12.6397 2.49483C12.7444 2.42694 12.8689 2.39617 12.9932 2.40745C13.1174 2.41873 13.2343 2.47141 13.3251 2.55705C13.4159 2.64268 13.4753 2.75632 13.4938 2.87973C13.5123 3.00315 13.4888 3.1292 13.4271 3.23768L5.2557 11.4091C5.20618 11.4652 5.14571 11.5107 5.07801 11.5426C5.01031 11.5745 4.9368 11.5923 4.86199 11.5948Z`,fill:`currentColor`},null,-1)]),16)}zi.render=Ki;var qi={name:`ChevronDownIcon`,extends:Se};function Ji(e){return Qi(e)||Zi(e)||Xi(e)||Yi()}function Yi(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Xi(e,t){if(e){if(typeof e==`string`)return $i(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?$i(e,t):void 0}}function Zi(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Qi(e){if(Array.isArray(e))return $i(e)}function $i(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function ea(e,t,n,r,i,a){return q(),I(`svg`,R({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Ji(t[0]||=[F(`path`,{d:`M7.01744 10.398C6.91269 10.3985 6.8089 10.378 6.71215 10.3379C6.61541 10.2977 6.52766 10.2386 6.45405 10.1641L1.13907 4.84913C1.03306 4.69404 0.985221 4.5065 1.00399 4.31958C1.02276 4.13266 1.10693 3.95838 1.24166 3.82747C1.37639 3.69655 1.55301 3.61742 1.74039 3.60402C1.92777 3.59062 2.11386 3.64382 2.26584 3.75424L7.01744 8.47394L11.769 3.75424C11.9189 3.65709 12.097 3.61306 12.2748 3.62921C12.4527 3.64535 12.6199 3.72073 12.7498 3.84328C12.8797 3.96582 12.9647 4.12842 12.9912 4.30502C13.0177 4.48162 12.9841 4.662 12.8958 4.81724L7.58083 10.1322C7.50996 10.2125 7.42344 10.2775 7.32656 10.3232C7.22968 10.3689 7.12449 10.3944 7.01744 10.398Z`,fill:`currentColor`},null,-1)]),16)}qi.render=ea;var ta={name:`SearchIcon`,extends:Se};function na(e){return oa(e)||aa(e)||ia(e)||ra()}function ra(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function ia(e,t){if(e){if(typeof e==`string`)return sa(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?sa(e,t):void 0}}function aa(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function oa(e){if(Array.isArray(e))return sa(e)}function sa(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function ca(e,t,n,r,i,a){return q(),I(`svg`,R({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),na(t[0]||=[F(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M2.67602 11.0265C3.6661 11.688 4.83011 12.0411 6.02086 12.0411C6.81149 12.0411 7.59438 11.8854 8.32483 11.5828C8.87005 11.357 9.37808 11.0526 9.83317 10.6803L12.9769 13.8241C13.0323 13.8801 13.0983 13.9245 13.171 13.9548C13.2438 13.985 13.3219 14.0003 13.4007 14C13.4795 14.0003 13.5575 13.985 13.6303 13.9548C13.7031 13.9245 13.7691 13.8801 13.8244 13.8241C13.9367 13.7116 13.9998 13.5592 13.9998 13.4003C13.9998 13.2414 13.9367 13.089 13.8244 12.9765L10.6807 9.8328C11.053 9.37773 11.3573 8.86972 11.5831 8.32452C11.8857 7.59408 12.0414 6.81119 12.0414 6.02056C12.0414 4.8298 11.6883 3.66579 11.0268 2.67572C10.3652 1.68564 9.42494 0.913972 8.32483 0.45829C7.22472 0.00260857 6.01418 -0.116618 4.84631 0.115686C3.67844 0.34799 2.60568 0.921393 1.76369 1.76338C0.921698 2.60537 0.348296 3.67813 0.115991 4.84601C-0.116313 6.01388 0.00291375 7.22441 0.458595 8.32452C0.914277 9.42464 1.68595 10.3649 2.67602 11.0265ZM3.35565 2.0158C4.14456 1.48867 5.07206 1.20731 6.02086 1.20731C7.29317 1.20731 8.51338 1.71274 9.41304 2.6124C10.3127 3.51206 10.8181 4.73226 10.8181 6.00457C10.8181 6.95337 10.5368 7.88088 10.0096 8.66978C9.48251 9.45868 8.73328 10.0736 7.85669 10.4367C6.98011 10.7997 6.01554 10.8947 5.08496 10.7096C4.15439 10.5245 3.2996 10.0676 2.62869 9.39674C1.95778 8.72583 1.50089 7.87104 1.31579 6.94046C1.13068 6.00989 1.22568 5.04532 1.58878 4.16874C1.95187 3.29215 2.56675 2.54292 3.35565 2.0158Z`,fill:`currentColor`},null,-1)]),16)}ta.render=ca;var la=S.extend({name:`iconfield`,style:`
    .p-iconfield {
        position: relative;
        display: block;
    }

    .p-inputicon {
        position: absolute;
        top: 50%;
        margin-top: calc(-1 * (dt('icon.size') / 2));
        color: dt('iconfield.icon.color');
        line-height: 1;
        z-index: 1;
    }

    .p-iconfield .p-inputicon:first-child {
        inset-inline-start: dt('form.field.padding.x');
    }

    .p-iconfield .p-inputicon:last-child {
        inset-inline-end: dt('form.field.padding.x');
    }

    .p-iconfield .p-inputtext:not(:first-child),
    .p-iconfield .p-inputwrapper:not(:first-child) .p-inputtext {
        padding-inline-start: calc((dt('form.field.padding.x') * 2) + dt('icon.size'));
    }

    .p-iconfield .p-inputtext:not(:last-child) {
        padding-inline-end: calc((dt('form.field.padding.x') * 2) + dt('icon.size'));
    }

    .p-iconfield:has(.p-inputfield-sm) .p-inputicon {
        font-size: dt('form.field.sm.font.size');
        width: dt('form.field.sm.font.size');
        height: dt('form.field.sm.font.size');
        margin-top: calc(-1 * (dt('form.field.sm.font.size') / 2));
    }

    .p-iconfield:has(.p-inputfield-lg) .p-inputicon {
        font-size: dt('form.field.lg.font.size');
        width: dt('form.field.lg.font.size');
        height: dt('form.field.lg.font.size');
        margin-top: calc(-1 * (dt('form.field.lg.font.size') / 2));
    }
`,classes:{root:`p-iconfield`}}),ua={name:`IconField`,extends:{name:`BaseIconField`,extends:E,style:la,provide:function(){return{$pcIconField:this,$parentInstance:this}}},inheritAttrs:!1};function da(e,t,n,r,i,a){return q(),I(`div`,R({class:e.cx(`root`)},e.ptmi(`root`)),[K(e.$slots,`default`)],16)}ua.render=da;var fa=S.extend({name:`inputicon`,classes:{root:`p-inputicon`}}),pa={name:`InputIcon`,extends:{name:`BaseInputIcon`,extends:E,style:fa,props:{class:null},provide:function(){return{$pcInputIcon:this,$parentInstance:this}}},inheritAttrs:!1,computed:{containerClass:function(){return[this.cx(`root`),this.class]}}};function ma(e,t,n,r,i,a){return q(),I(`span`,R({class:a.containerClass},e.ptmi(`root`),{"aria-hidden":`true`}),[K(e.$slots,`default`)],16)}pa.render=ma;var ha={name:`BaseEditableHolder`,extends:E,emits:[`update:modelValue`,`value-change`],props:{modelValue:{type:null,default:void 0},defaultValue:{type:null,default:void 0},name:{type:String,default:void 0},invalid:{type:Boolean,default:void 0},disabled:{type:Boolean,default:!1},formControl:{type:Object,default:void 0}},inject:{$parentInstance:{default:void 0},$pcForm:{default:void 0},$pcFormField:{default:void 0}},data:function(){return{d_value:this.defaultValue===void 0?this.modelValue:this.defaultValue}},watch:{modelValue:{deep:!0,handler:function(e){this.d_value=e}},defaultValue:function(e){this.d_value=e},$formName:{immediate:!0,handler:function(e){var t,n;this.formField=((t=this.$pcForm)==null||(n=t.register)==null?void 0:n.call(t,e,this.$formControl))||{}}},$formControl:{immediate:!0,handler:function(e){var t,n;this.formField=((t=this.$pcForm)==null||(n=t.register)==null?void 0:n.call(t,this.$formName,e))||{}}},$formDefaultValue:{immediate:!0,handler:function(e){this.d_value!==e&&(this.d_value=e)}},$formValue:{immediate:!1,handler:function(e){var t;(t=this.$pcForm)!=null&&t.getFieldState(this.$formName)&&e!==this.d_value&&(this.d_value=e)}}},formField:{},methods:{writeValue:function(e,t){var n,r;this.controlled&&(this.d_value=e,this.$emit(`update:modelValue`,e)),this.$emit(`value-change`,e),(n=(r=this.formField).onChange)==null||n.call(r,{originalEvent:t,value:e})},findNonEmpty:function(){return[...arguments].find(a)}},computed:{$filled:function(){return a(this.d_value)},$invalid:function(){var e,t;return!this.$formNovalidate&&this.findNonEmpty(this.invalid,(e=this.$pcFormField)==null||(e=e.$field)==null?void 0:e.invalid,(t=this.$pcForm)==null||(t=t.getFieldState(this.$formName))==null?void 0:t.invalid)},$formName:function(){return this.$formNovalidate?void 0:this.name||this.$formControl?.name},$formControl:function(){return this.formControl||this.$pcFormField?.formControl},$formNovalidate:function(){return this.$formControl?.novalidate},$formDefaultValue:function(){var e;return this.findNonEmpty(this.d_value,this.$pcFormField?.initialValue,(e=this.$pcForm)==null||(e=e.initialValues)==null?void 0:e[this.$formName])},$formValue:function(){var e,t;return this.findNonEmpty((e=this.$pcFormField)==null||(e=e.$field)==null?void 0:e.value,(t=this.$pcForm)==null||(t=t.getFieldState(this.$formName))==null?void 0:t.value)},controlled:function(){return this.$inProps.hasOwnProperty(`modelValue`)||!this.$inProps.hasOwnProperty(`modelValue`)&&!this.$inProps.hasOwnProperty(`defaultValue`)},filled:function(){return this.$filled}}},ga={name:`BaseInput`,extends:ha,props:{size:{type:String,default:null},fluid:{type:Boolean,default:null},variant:{type:String,default:null}},inject:{$parentInstance:{default:void 0},$pcFluid:{default:void 0}},computed:{$variant:function(){return this.variant??(this.$primevue.config.inputStyle||this.$primevue.config.inputVariant)},$fluid:function(){return this.fluid??!!this.$pcFluid},hasFluid:function(){return this.$fluid}}},_a={name:`BaseInputText`,extends:ga,style:S.extend({name:`inputtext`,style:`
    .p-inputtext {
        font-family: inherit;
        font-feature-settings: inherit;
        font-size: 1rem;
        color: dt('inputtext.color');
        background: dt('inputtext.background');
        padding-block: dt('inputtext.padding.y');
        padding-inline: dt('inputtext.padding.x');
        border: 1px solid dt('inputtext.border.color');
        transition:
            background dt('inputtext.transition.duration'),
            color dt('inputtext.transition.duration'),
            border-color dt('inputtext.transition.duration'),
            outline-color dt('inputtext.transition.duration'),
            box-shadow dt('inputtext.transition.duration');
        appearance: none;
        border-radius: dt('inputtext.border.radius');
        outline-color: transparent;
        box-shadow: dt('inputtext.shadow');
    }

    .p-inputtext:enabled:hover {
        border-color: dt('inputtext.hover.border.color');
    }

    .p-inputtext:enabled:focus {
        border-color: dt('inputtext.focus.border.color');
        box-shadow: dt('inputtext.focus.ring.shadow');
        outline: dt('inputtext.focus.ring.width') dt('inputtext.focus.ring.style') dt('inputtext.focus.ring.color');
        outline-offset: dt('inputtext.focus.ring.offset');
    }

    .p-inputtext.p-invalid {
        border-color: dt('inputtext.invalid.border.color');
    }

    .p-inputtext.p-variant-filled {
        background: dt('inputtext.filled.background');
    }

    .p-inputtext.p-variant-filled:enabled:hover {
        background: dt('inputtext.filled.hover.background');
    }

    .p-inputtext.p-variant-filled:enabled:focus {
        background: dt('inputtext.filled.focus.background');
    }

    .p-inputtext:disabled {
        opacity: 1;
        background: dt('inputtext.disabled.background');
        color: dt('inputtext.disabled.color');
    }

    .p-inputtext::placeholder {
        color: dt('inputtext.placeholder.color');
    }

    .p-inputtext.p-invalid::placeholder {
        color: dt('inputtext.invalid.placeholder.color');
    }

    .p-inputtext-sm {
        font-size: dt('inputtext.sm.font.size');
        padding-block: dt('inputtext.sm.padding.y');
        padding-inline: dt('inputtext.sm.padding.x');
    }

    .p-inputtext-lg {
        font-size: dt('inputtext.lg.font.size');
        padding-block: dt('inputtext.lg.padding.y');
        padding-inline: dt('inputtext.lg.padding.x');
    }

    .p-inputtext-fluid {
        width: 100%;
    }
`,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-inputtext p-component`,{"p-filled":t.$filled,"p-inputtext-sm p-inputfield-sm":n.size===`small`,"p-inputtext-lg p-inputfield-lg":n.size===`large`,"p-invalid":t.$invalid,"p-variant-filled":t.$variant===`filled`,"p-inputtext-fluid":t.$fluid}]}}}),provide:function(){return{$pcInputText:this,$parentInstance:this}}};function va(e){"@babel/helpers - typeof";return va=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},va(e)}function ya(e,t,n){return(t=ba(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function ba(e){var t=xa(e,`string`);return va(t)==`symbol`?t:t+``}function xa(e,t){if(va(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(va(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Sa={name:`InputText`,extends:_a,inheritAttrs:!1,methods:{onInput:function(e){this.writeValue(e.target.value,e)}},computed:{attrs:function(){return R(this.ptmi(`root`,{context:{filled:this.$filled,disabled:this.disabled}}),this.formField)},dataP:function(){return J(ya({invalid:this.$invalid,fluid:this.$fluid,filled:this.$variant===`filled`},this.size,this.size))}}},Ca=[`value`,`name`,`disabled`,`aria-invalid`,`data-p`];function wa(e,t,n,r,i,a){return q(),I(`input`,R({type:`text`,class:e.cx(`root`),value:e.d_value,name:e.name,disabled:e.disabled,"aria-invalid":e.$invalid||void 0,"data-p":a.dataP,onInput:t[0]||=function(){return a.onInput&&a.onInput.apply(a,arguments)}},a.attrs),null,16,Ca)}Sa.render=wa;var Ta=Oe(),Ea=S.extend({name:`select`,style:`
    .p-select {
        display: inline-flex;
        cursor: pointer;
        position: relative;
        user-select: none;
        background: dt('select.background');
        border: 1px solid dt('select.border.color');
        transition:
            background dt('select.transition.duration'),
            color dt('select.transition.duration'),
            border-color dt('select.transition.duration'),
            outline-color dt('select.transition.duration'),
            box-shadow dt('select.transition.duration');
        border-radius: dt('select.border.radius');
        outline-color: transparent;
        box-shadow: dt('select.shadow');
    }

    .p-select:not(.p-disabled):hover {
        border-color: dt('select.hover.border.color');
    }

    .p-select:not(.p-disabled).p-focus {
        border-color: dt('select.focus.border.color');
        box-shadow: dt('select.focus.ring.shadow');
        outline: dt('select.focus.ring.width') dt('select.focus.ring.style') dt('select.focus.ring.color');
        outline-offset: dt('select.focus.ring.offset');
    }

    .p-select.p-variant-filled {
        background: dt('select.filled.background');
    }

    .p-select.p-variant-filled:not(.p-disabled):hover {
        background: dt('select.filled.hover.background');
    }

    .p-select.p-variant-filled:not(.p-disabled).p-focus {
        background: dt('select.filled.focus.background');
    }

    .p-select.p-invalid {
        border-color: dt('select.invalid.border.color');
    }

    .p-select.p-disabled {
        opacity: 1;
        background: dt('select.disabled.background');
    }

    .p-select-clear-icon {
        align-self: center;
        color: dt('select.clear.icon.color');
        inset-inline-end: dt('select.dropdown.width');
    }

    .p-select-dropdown {
        display: flex;
        align-items: center;
        justify-content: center;
        flex-shrink: 0;
        background: transparent;
        color: dt('select.dropdown.color');
        width: dt('select.dropdown.width');
        border-start-end-radius: dt('select.border.radius');
        border-end-end-radius: dt('select.border.radius');
    }

    .p-select-label {
        display: block;
        white-space: nowrap;
        overflow: hidden;
        flex: 1 1 auto;
        width: 1%;
        padding: dt('select.padding.y') dt('select.padding.x');
        text-overflow: ellipsis;
        cursor: pointer;
        color: dt('select.color');
        background: transparent;
        border: 0 none;
        outline: 0 none;
        font-size: 1rem;
    }

    .p-select-label.p-placeholder {
        color: dt('select.placeholder.color');
    }

    .p-select.p-invalid .p-select-label.p-placeholder {
        color: dt('select.invalid.placeholder.color');
    }

    .p-select.p-disabled .p-select-label {
        color: dt('select.disabled.color');
    }

    .p-select-label-empty {
        overflow: hidden;
        opacity: 0;
    }

    input.p-select-label {
        cursor: default;
    }

    .p-select-overlay {
        position: absolute;
        top: 0;
        left: 0;
        background: dt('select.overlay.background');
        color: dt('select.overlay.color');
        border: 1px solid dt('select.overlay.border.color');
        border-radius: dt('select.overlay.border.radius');
        box-shadow: dt('select.overlay.shadow');
        min-width: 100%;
        transform-origin: inherit;
        will-change: transform;
    }

    .p-select-header {
        padding: dt('select.list.header.padding');
    }

    .p-select-filter {
        width: 100%;
    }

    .p-select-list-container {
        overflow: auto;
    }

    .p-select-option-group {
        cursor: auto;
        margin: 0;
        padding: dt('select.option.group.padding');
        background: dt('select.option.group.background');
        color: dt('select.option.group.color');
        font-weight: dt('select.option.group.font.weight');
    }

    .p-select-list {
        margin: 0;
        padding: 0;
        list-style-type: none;
        padding: dt('select.list.padding');
        gap: dt('select.list.gap');
        display: flex;
        flex-direction: column;
    }

    .p-select-option {
        cursor: pointer;
        font-weight: normal;
        white-space: nowrap;
        position: relative;
        overflow: hidden;
        display: flex;
        align-items: center;
        padding: dt('select.option.padding');
        border: 0 none;
        color: dt('select.option.color');
        background: transparent;
        transition:
            background dt('select.transition.duration'),
            color dt('select.transition.duration'),
            border-color dt('select.transition.duration'),
            box-shadow dt('select.transition.duration'),
            outline-color dt('select.transition.duration');
        border-radius: dt('select.option.border.radius');
    }

    .p-select-option:not(.p-select-option-selected):not(.p-disabled).p-focus {
        background: dt('select.option.focus.background');
        color: dt('select.option.focus.color');
    }

    .p-select-option:not(.p-select-option-selected):not(.p-disabled):hover {
        background: dt('select.option.focus.background');
        color: dt('select.option.focus.color');
    }

    .p-select-option.p-select-option-selected {
        background: dt('select.option.selected.background');
        color: dt('select.option.selected.color');
    }

    .p-select-option.p-select-option-selected.p-focus {
        background: dt('select.option.selected.focus.background');
        color: dt('select.option.selected.focus.color');
    }
   
    .p-select-option-blank-icon {
        flex-shrink: 0;
    }

    .p-select-option-check-icon {
        position: relative;
        flex-shrink: 0;
        margin-inline-start: dt('select.checkmark.gutter.start');
        margin-inline-end: dt('select.checkmark.gutter.end');
        color: dt('select.checkmark.color');
    }

    .p-select-empty-message {
        padding: dt('select.empty.message.padding');
    }

    .p-select-fluid {
        display: flex;
        width: 100%;
    }

    .p-select-sm .p-select-label {
        font-size: dt('select.sm.font.size');
        padding-block: dt('select.sm.padding.y');
        padding-inline: dt('select.sm.padding.x');
    }

    .p-select-sm .p-select-dropdown .p-icon {
        font-size: dt('select.sm.font.size');
        width: dt('select.sm.font.size');
        height: dt('select.sm.font.size');
    }

    .p-select-lg .p-select-label {
        font-size: dt('select.lg.font.size');
        padding-block: dt('select.lg.padding.y');
        padding-inline: dt('select.lg.padding.x');
    }

    .p-select-lg .p-select-dropdown .p-icon {
        font-size: dt('select.lg.font.size');
        width: dt('select.lg.font.size');
        height: dt('select.lg.font.size');
    }

    .p-floatlabel-in .p-select-filter {
        padding-block-start: dt('select.padding.y');
        padding-block-end: dt('select.padding.y');
    }
`,classes:{root:function(e){var t=e.instance,n=e.props,r=e.state;return[`p-select p-component p-inputwrapper`,{"p-disabled":n.disabled,"p-invalid":t.$invalid,"p-variant-filled":t.$variant===`filled`,"p-focus":r.focused,"p-inputwrapper-filled":t.$filled,"p-inputwrapper-focus":r.focused||r.overlayVisible,"p-select-open":r.overlayVisible,"p-select-fluid":t.$fluid,"p-select-sm p-inputfield-sm":n.size===`small`,"p-select-lg p-inputfield-lg":n.size===`large`}]},label:function(e){var t=e.instance,n=e.props;return[`p-select-label`,{"p-placeholder":!n.editable&&t.label===n.placeholder,"p-select-label-empty":!n.editable&&!t.$slots.value&&(t.label===`p-emptylabel`||t.label?.length===0)}]},clearIcon:`p-select-clear-icon`,dropdown:`p-select-dropdown`,loadingicon:`p-select-loading-icon`,dropdownIcon:`p-select-dropdown-icon`,overlay:`p-select-overlay p-component`,header:`p-select-header`,pcFilter:`p-select-filter`,listContainer:`p-select-list-container`,list:`p-select-list`,optionGroup:`p-select-option-group`,optionGroupLabel:`p-select-option-group-label`,option:function(e){var t=e.instance,n=e.props,r=e.state,i=e.option,a=e.focusedOption;return[`p-select-option`,{"p-select-option-selected":t.isSelected(i)&&n.highlightOnSelect,"p-focus":r.focusedOptionIndex===a,"p-disabled":t.isOptionDisabled(i)}]},optionLabel:`p-select-option-label`,optionCheckIcon:`p-select-option-check-icon`,optionBlankIcon:`p-select-option-blank-icon`,emptyMessage:`p-select-empty-message`}}),Da={name:`BaseSelect`,extends:ga,props:{options:Array,optionLabel:[String,Function],optionValue:[String,Function],optionDisabled:[String,Function],optionGroupLabel:[String,Function],optionGroupChildren:[String,Function],scrollHeight:{type:String,default:`14rem`},filter:Boolean,filterPlaceholder:String,filterLocale:String,filterMatchMode:{type:String,default:`contains`},filterFields:{type:Array,default:null},editable:Boolean,placeholder:{type:String,default:null},dataKey:null,showClear:{type:Boolean,default:!1},inputId:{type:String,default:null},inputClass:{type:[String,Object],default:null},inputStyle:{type:Object,default:null},labelId:{type:String,default:null},labelClass:{type:[String,Object],default:null},labelStyle:{type:Object,default:null},panelClass:{type:[String,Object],default:null},overlayStyle:{type:Object,default:null},overlayClass:{type:[String,Object],default:null},panelStyle:{type:Object,default:null},appendTo:{type:[String,Object],default:`body`},loading:{type:Boolean,default:!1},clearIcon:{type:String,default:void 0},dropdownIcon:{type:String,default:void 0},filterIcon:{type:String,default:void 0},loadingIcon:{type:String,default:void 0},resetFilterOnHide:{type:Boolean,default:!1},resetFilterOnClear:{type:Boolean,default:!1},virtualScrollerOptions:{type:Object,default:null},autoOptionFocus:{type:Boolean,default:!1},autoFilterFocus:{type:Boolean,default:!1},selectOnFocus:{type:Boolean,default:!1},focusOnHover:{type:Boolean,default:!0},highlightOnSelect:{type:Boolean,default:!0},checkmark:{type:Boolean,default:!1},filterMessage:{type:String,default:null},selectionMessage:{type:String,default:null},emptySelectionMessage:{type:String,default:null},emptyFilterMessage:{type:String,default:null},emptyMessage:{type:String,default:null},tabindex:{type:Number,default:0},ariaLabel:{type:String,default:null},ariaLabelledby:{type:String,default:null}},style:Ea,provide:function(){return{$pcSelect:this,$parentInstance:this}}};function Oa(e){"@babel/helpers - typeof";return Oa=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Oa(e)}function ka(e){return Na(e)||Ma(e)||ja(e)||Aa()}function Aa(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function ja(e,t){if(e){if(typeof e==`string`)return Pa(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Pa(e,t):void 0}}function Ma(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Na(e){if(Array.isArray(e))return Pa(e)}function Pa(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Fa(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Ia(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Fa(Object(n),!0).forEach(function(t){La(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Fa(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function La(e,t,n){return(t=Ra(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Ra(e){var t=za(e,`string`);return Oa(t)==`symbol`?t:t+``}function za(e,t){if(Oa(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Oa(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Ba={name:`Select`,extends:Da,inheritAttrs:!1,emits:[`change`,`focus`,`blur`,`before-show`,`before-hide`,`show`,`hide`,`filter`],outsideClickListener:null,scrollHandler:null,resizeListener:null,labelClickListener:null,matchMediaOrientationListener:null,overlay:null,list:null,virtualScroller:null,searchTimeout:null,searchValue:null,isModelValueChanged:!1,data:function(){return{clicked:!1,focused:!1,focusedOptionIndex:-1,filterValue:null,overlayVisible:!1,queryOrientation:null}},watch:{modelValue:function(){this.isModelValueChanged=!0},options:function(){this.autoUpdateModel()}},mounted:function(){this.autoUpdateModel(),this.bindLabelClickListener(),this.bindMatchMediaOrientationListener()},updated:function(){this.overlayVisible&&this.isModelValueChanged&&this.scrollInView(this.findSelectedOptionIndex()),this.isModelValueChanged=!1},beforeUnmount:function(){this.unbindOutsideClickListener(),this.unbindResizeListener(),this.unbindLabelClickListener(),this.unbindMatchMediaOrientationListener(),this.scrollHandler&&=(this.scrollHandler.destroy(),null),this.overlay&&=(Y.clear(this.overlay),null)},methods:{getOptionIndex:function(e,t){return this.virtualScrollerDisabled?e:t&&t(e).index},getOptionLabel:function(e){return this.optionLabel?b(e,this.optionLabel):e},getOptionValue:function(e){return this.optionValue?b(e,this.optionValue):e},getOptionRenderKey:function(e,t){return(this.dataKey?b(e,this.dataKey):this.getOptionLabel(e))+`_`+t},getPTItemOptions:function(e,t,n,r){return this.ptm(r,{context:{option:e,index:n,selected:this.isSelected(e),focused:this.focusedOptionIndex===this.getOptionIndex(n,t),disabled:this.isOptionDisabled(e)}})},isOptionDisabled:function(e){return this.optionDisabled?b(e,this.optionDisabled):!1},isOptionGroup:function(e){return this.optionGroupLabel&&e.optionGroup&&e.group},getOptionGroupLabel:function(e){return b(e,this.optionGroupLabel)},getOptionGroupChildren:function(e){return b(e,this.optionGroupChildren)},getAriaPosInset:function(e){var t=this;return(this.optionGroupLabel?e-this.visibleOptions.slice(0,e).filter(function(e){return t.isOptionGroup(e)}).length:e)+1},show:function(e){this.$emit(`before-show`),this.overlayVisible=!0,this.focusedOptionIndex=this.focusedOptionIndex===-1?this.autoOptionFocus?this.findFirstFocusedOptionIndex():this.editable?-1:this.findSelectedOptionIndex():this.focusedOptionIndex,e&&x(this.$refs.focusInput)},hide:function(e){var t=this,n=function(){t.$emit(`before-hide`),t.overlayVisible=!1,t.clicked=!1,t.focusedOptionIndex=-1,t.searchValue=``,t.resetFilterOnHide&&(t.filterValue=null),e&&x(t.$refs.focusInput)};setTimeout(function(){n()},0)},onFocus:function(e){this.disabled||(this.focused=!0,this.overlayVisible&&(this.focusedOptionIndex=this.focusedOptionIndex===-1?this.autoOptionFocus?this.findFirstFocusedOptionIndex():this.editable?-1:this.findSelectedOptionIndex():this.focusedOptionIndex,this.scrollInView(this.focusedOptionIndex)),this.$emit(`focus`,e))},onBlur:function(e){var t=this;setTimeout(function(){var n,r;t.focused=!1,t.focusedOptionIndex=-1,t.searchValue=``,t.$emit(`blur`,e),(n=(r=t.formField).onBlur)==null||n.call(r,e)},100)},onKeyDown:function(e){var t=this;if(this.disabled)e.preventDefault();else{if(h())switch(e.code){case`Backspace`:this.onBackspaceKey(e,this.editable);break;case`Enter`:case`NumpadDecimal`:this.onEnterKey(e);break;default:e.preventDefault();return}var n=e.metaKey||e.ctrlKey;switch(e.code){case`ArrowDown`:this.onArrowDownKey(e);break;case`ArrowUp`:this.onArrowUpKey(e,this.editable);break;case`ArrowLeft`:case`ArrowRight`:this.onArrowLeftKey(e,this.editable);break;case`Home`:this.onHomeKey(e,this.editable);break;case`End`:this.onEndKey(e,this.editable);break;case`PageDown`:this.onPageDownKey(e);break;case`PageUp`:this.onPageUpKey(e);break;case`Space`:this.onSpaceKey(e,this.editable);break;case`Enter`:case`NumpadEnter`:this.onEnterKey(e);break;case`Escape`:this.onEscapeKey(e);break;case`Tab`:this.onTabKey(e);break;case`Backspace`:this.onBackspaceKey(e,this.editable);break;case`ShiftLeft`:case`ShiftRight`:break;default:!n&&he(e.key)&&(!this.overlayVisible&&this.show(),!this.editable&&this.searchOptions(e,e.key),this.filter&&this.$nextTick(function(){t.$refs.filterInput&&x(t.$refs.filterInput.$el)}))}this.clicked=!1}},onEditableInput:function(e){var t=e.target.value;this.searchValue=``,!this.searchOptions(e,t)&&(this.focusedOptionIndex=-1),this.updateModel(e,t),!this.overlayVisible&&a(t)&&this.show()},onContainerClick:function(e){this.disabled||this.loading||e.target.tagName===`INPUT`||e.target.getAttribute(`data-pc-section`)===`clearicon`||e.target.closest(`[data-pc-section="clearicon"]`)||(this.overlay&&this.overlay.contains(e.target)||(this.overlayVisible?this.hide(!0):this.show(!0)),this.clicked=!0)},onClearClick:function(e){this.updateModel(e,null),this.resetFilterOnClear&&(this.filterValue=null)},onFirstHiddenFocus:function(e){var t=e.relatedTarget===this.$refs.focusInput?ye(this.overlay,`:not([data-p-hidden-focusable="true"])`):this.$refs.focusInput;x(t)},onLastHiddenFocus:function(e){var t=e.relatedTarget===this.$refs.focusInput?f(this.overlay,`:not([data-p-hidden-focusable="true"])`):this.$refs.focusInput;x(t)},onOptionSelect:function(e,t){var n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:!0;if(this.overlayVisible){var r=this.getOptionValue(t);this.updateModel(e,r),n&&this.hide(!0)}},onOptionMouseMove:function(e,t){this.focusOnHover&&this.changeFocusedOptionIndex(e,t)},onFilterChange:function(e){var t=e.target.value;this.filterValue=t,this.focusedOptionIndex=-1,this.$emit(`filter`,{originalEvent:e,value:t}),!this.virtualScrollerDisabled&&this.virtualScroller.scrollToIndex(0)},onFilterKeyDown:function(e){if(!e.isComposing)switch(e.code){case`ArrowDown`:this.onArrowDownKey(e);break;case`ArrowUp`:this.onArrowUpKey(e,!0);break;case`ArrowLeft`:case`ArrowRight`:this.onArrowLeftKey(e,!0);break;case`Home`:this.onHomeKey(e,!0);break;case`End`:this.onEndKey(e,!0);break;case`Enter`:case`NumpadEnter`:this.onEnterKey(e);break;case`Escape`:this.onEscapeKey(e);break;case`Tab`:this.onTabKey(e)}},onFilterBlur:function(){this.focusedOptionIndex=-1},onFilterUpdated:function(){this.overlayVisible&&this.alignOverlay()},onOverlayClick:function(e){Ta.emit(`overlay-click`,{originalEvent:e,target:this.$el})},onOverlayKeyDown:function(e){e.code===`Escape`&&this.onEscapeKey(e)},onArrowDownKey:function(e){if(!this.overlayVisible)this.show(),this.editable&&this.changeFocusedOptionIndex(e,this.findSelectedOptionIndex());else{var t=this.focusedOptionIndex===-1?this.clicked?this.findFirstOptionIndex():this.findFirstFocusedOptionIndex():this.findNextOptionIndex(this.focusedOptionIndex);this.changeFocusedOptionIndex(e,t)}e.preventDefault()},onArrowUpKey:function(e){var t=arguments.length>1&&arguments[1]!==void 0&&arguments[1];if(e.altKey&&!t)this.focusedOptionIndex!==-1&&this.onOptionSelect(e,this.visibleOptions[this.focusedOptionIndex]),this.overlayVisible&&this.hide(),e.preventDefault();else{var n=this.focusedOptionIndex===-1?this.clicked?this.findLastOptionIndex():this.findLastFocusedOptionIndex():this.findPrevOptionIndex(this.focusedOptionIndex);this.changeFocusedOptionIndex(e,n),!this.overlayVisible&&this.show(),e.preventDefault()}},onArrowLeftKey:function(e){arguments.length>1&&arguments[1]!==void 0&&arguments[1]&&(this.focusedOptionIndex=-1)},onHomeKey:function(e){if(arguments.length>1&&arguments[1]!==void 0&&arguments[1]){var t=e.currentTarget;e.shiftKey?t.setSelectionRange(0,e.target.selectionStart):(t.setSelectionRange(0,0),this.focusedOptionIndex=-1)}else this.changeFocusedOptionIndex(e,this.findFirstOptionIndex()),!this.overlayVisible&&this.show();e.preventDefault()},onEndKey:function(e){if(arguments.length>1&&arguments[1]!==void 0&&arguments[1]){var t=e.currentTarget;if(e.shiftKey)t.setSelectionRange(e.target.selectionStart,t.value.length);else{var n=t.value.length;t.setSelectionRange(n,n),this.focusedOptionIndex=-1}}else this.changeFocusedOptionIndex(e,this.findLastOptionIndex()),!this.overlayVisible&&this.show();e.preventDefault()},onPageUpKey:function(e){this.scrollInView(0),e.preventDefault()},onPageDownKey:function(e){this.scrollInView(this.visibleOptions.length-1),e.preventDefault()},onEnterKey:function(e){this.overlayVisible?(this.focusedOptionIndex!==-1&&this.onOptionSelect(e,this.visibleOptions[this.focusedOptionIndex]),this.hide(!0)):(this.focusedOptionIndex=-1,this.onArrowDownKey(e)),e.preventDefault()},onSpaceKey:function(e){!(arguments.length>1&&arguments[1]!==void 0&&arguments[1])&&this.onEnterKey(e)},onEscapeKey:function(e){this.overlayVisible&&this.hide(!0),e.preventDefault(),e.stopPropagation()},onTabKey:function(e){arguments.length>1&&arguments[1]!==void 0&&arguments[1]||(this.overlayVisible&&this.hasFocusableElements()?(x(this.$refs.firstHiddenFocusableElementOnOverlay),e.preventDefault()):(this.focusedOptionIndex!==-1&&this.onOptionSelect(e,this.visibleOptions[this.focusedOptionIndex]),this.overlayVisible&&this.hide(this.filter)))},onBackspaceKey:function(e){arguments.length>1&&arguments[1]!==void 0&&arguments[1]&&!this.overlayVisible&&this.show()},onOverlayEnter:function(e){var t=this;Y.set(`overlay`,e,this.$primevue.config.zIndex.overlay),c(e,{position:`absolute`,top:`0`}),this.alignOverlay(),this.scrollInView(),this.$attrSelector&&e.setAttribute(this.$attrSelector,``),setTimeout(function(){t.autoFilterFocus&&t.filter&&x(t.$refs.filterInput.$el),t.autoUpdateModel()},1)},onOverlayAfterEnter:function(){this.bindOutsideClickListener(),this.bindScrollListener(),this.bindResizeListener(),this.$emit(`show`)},onOverlayLeave:function(e){var t=this;e.style.pointerEvents=`none`,this.unbindOutsideClickListener(),this.unbindScrollListener(),this.unbindResizeListener(),this.autoFilterFocus&&this.filter&&!this.editable&&this.$nextTick(function(){t.$refs.filterInput&&x(t.$refs.filterInput.$el)}),this.$emit(`hide`),this.overlay=null},onOverlayAfterLeave:function(e){Y.clear(e)},alignOverlay:function(){this.appendTo===`self`?m(this.overlay,this.$el):this.overlay&&(this.overlay.style.minWidth=C(this.$el)+`px`,pe(this.overlay,this.$el))},bindOutsideClickListener:function(){var e=this;this.outsideClickListener||(this.outsideClickListener=function(t){var n=t.composedPath();e.overlayVisible&&e.overlay&&!n.includes(e.$el)&&!n.includes(e.overlay)&&e.hide()},document.addEventListener(`click`,this.outsideClickListener,!0))},unbindOutsideClickListener:function(){this.outsideClickListener&&=(document.removeEventListener(`click`,this.outsideClickListener,!0),null)},bindScrollListener:function(){var e=this;this.scrollHandler||=new un(this.$refs.container,function(){e.overlayVisible&&e.hide()}),this.scrollHandler.bindScrollListener()},unbindScrollListener:function(){this.scrollHandler&&this.scrollHandler.unbindScrollListener()},bindResizeListener:function(){var e=this;this.resizeListener||(this.resizeListener=function(){e.overlayVisible&&!u()&&e.hide()},window.addEventListener(`resize`,this.resizeListener))},unbindResizeListener:function(){this.resizeListener&&=(window.removeEventListener(`resize`,this.resizeListener),null)},bindLabelClickListener:function(){var t=this;if(!this.editable&&!this.labelClickListener){var n=document.querySelector(`label[for="${this.labelId}"]`);n&&e(n)&&(this.labelClickListener=function(){x(t.$refs.focusInput)},n.addEventListener(`click`,this.labelClickListener))}},unbindLabelClickListener:function(){if(this.labelClickListener){var t=document.querySelector(`label[for="${this.labelId}"]`);t&&e(t)&&t.removeEventListener(`click`,this.labelClickListener)}},bindMatchMediaOrientationListener:function(){var e=this;if(!this.matchMediaOrientationListener){var t=matchMedia(`(orientation: portrait)`);this.queryOrientation=t,this.matchMediaOrientationListener=function(){e.alignOverlay()},this.queryOrientation.addEventListener(`change`,this.matchMediaOrientationListener)}},unbindMatchMediaOrientationListener:function(){this.matchMediaOrientationListener&&=(this.queryOrientation.removeEventListener(`change`,this.matchMediaOrientationListener),this.queryOrientation=null,null)},hasFocusableElements:function(){return re(this.overlay,`:not([data-p-hidden-focusable="true"])`).length>0},isOptionExactMatched:function(e){return this.isValidOption(e)&&typeof this.getOptionLabel(e)==`string`&&this.getOptionLabel(e)?.toLocaleLowerCase(this.filterLocale)==this.searchValue.toLocaleLowerCase(this.filterLocale)},isOptionStartsWith:function(e){return this.isValidOption(e)&&typeof this.getOptionLabel(e)==`string`&&this.getOptionLabel(e)?.toLocaleLowerCase(this.filterLocale).startsWith(this.searchValue.toLocaleLowerCase(this.filterLocale))},isValidOption:function(e){return a(e)&&!(this.isOptionDisabled(e)||this.isOptionGroup(e))},isValidSelectedOption:function(e){return this.isValidOption(e)&&this.isSelected(e)},isSelected:function(e){return je(this.d_value,this.getOptionValue(e),this.equalityKey)},findFirstOptionIndex:function(){var e=this;return this.visibleOptions.findIndex(function(t){return e.isValidOption(t)})},findLastOptionIndex:function(){var e=this;return de(this.visibleOptions,function(t){return e.isValidOption(t)})},findNextOptionIndex:function(e){var t=this,n=e<this.visibleOptions.length-1?this.visibleOptions.slice(e+1).findIndex(function(e){return t.isValidOption(e)}):-1;return n>-1?n+e+1:e},findPrevOptionIndex:function(e){var t=this,n=e>0?de(this.visibleOptions.slice(0,e),function(e){return t.isValidOption(e)}):-1;return n>-1?n:e},findSelectedOptionIndex:function(){var e=this;return this.visibleOptions.findIndex(function(t){return e.isValidSelectedOption(t)})},findFirstFocusedOptionIndex:function(){var e=this.findSelectedOptionIndex();return e<0?this.findFirstOptionIndex():e},findLastFocusedOptionIndex:function(){var e=this.findSelectedOptionIndex();return e<0?this.findLastOptionIndex():e},searchOptions:function(e,t){var n=this;this.searchValue=(this.searchValue||``)+t;var r=-1,i=!1;return a(this.searchValue)&&(r=this.visibleOptions.findIndex(function(e){return n.isOptionExactMatched(e)}),r===-1&&(r=this.visibleOptions.findIndex(function(e){return n.isOptionStartsWith(e)})),r!==-1&&(i=!0),r===-1&&this.focusedOptionIndex===-1&&(r=this.findFirstFocusedOptionIndex()),r!==-1&&this.changeFocusedOptionIndex(e,r)),this.searchTimeout&&clearTimeout(this.searchTimeout),this.searchTimeout=setTimeout(function(){n.searchValue=``,n.searchTimeout=null},500),i},changeFocusedOptionIndex:function(e,t){this.focusedOptionIndex!==t&&(this.focusedOptionIndex=t,this.scrollInView(),this.selectOnFocus&&this.onOptionSelect(e,this.visibleOptions[t],!1))},scrollInView:function(){var e=this,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:-1;this.$nextTick(function(){var n=t===-1?e.focusedOptionId:`${e.$id}_${t}`,r=Te(e.list,`li[id="${n}"]`);r?r.scrollIntoView&&r.scrollIntoView({block:`nearest`,inline:`nearest`}):e.virtualScrollerDisabled||e.virtualScroller&&e.virtualScroller.scrollToIndex(t===-1?e.focusedOptionIndex:t)})},autoUpdateModel:function(){this.autoOptionFocus&&(this.focusedOptionIndex=this.findFirstFocusedOptionIndex()),this.selectOnFocus&&this.autoOptionFocus&&!this.$filled&&this.onOptionSelect(null,this.visibleOptions[this.focusedOptionIndex],!1)},updateModel:function(e,t){this.writeValue(t,e),this.$emit(`change`,{originalEvent:e,value:t})},flatOptions:function(e){var t=this;return(e||[]).reduce(function(e,n,r){e.push({optionGroup:n,group:!0,index:r});var i=t.getOptionGroupChildren(n);return i&&i.forEach(function(t){return e.push(t)}),e},[])},overlayRef:function(e){this.overlay=e},listRef:function(e,t){this.list=e,t&&t(e)},virtualScrollerRef:function(e){this.virtualScroller=e}},computed:{visibleOptions:function(){var e=this,t=this.optionGroupLabel?this.flatOptions(this.options):this.options||[];if(this.filterValue){var n=Ht.filter(t,this.searchFields,this.filterValue,this.filterMatchMode,this.filterLocale);if(this.optionGroupLabel){var r=this.options||[],i=[];return r.forEach(function(t){var r=e.getOptionGroupChildren(t).filter(function(e){return n.includes(e)});r.length>0&&i.push(Ia(Ia({},t),{},La({},typeof e.optionGroupChildren==`string`?e.optionGroupChildren:`items`,ka(r))))}),this.flatOptions(i)}return n}return t},hasSelectedOption:function(){return this.$filled},label:function(){var e=this.findSelectedOptionIndex();return e===-1?this.placeholder||`p-emptylabel`:this.getOptionLabel(this.visibleOptions[e])},editableInputValue:function(){var e=this.findSelectedOptionIndex();return e===-1?this.d_value||``:this.getOptionLabel(this.visibleOptions[e])},equalityKey:function(){return this.optionValue?null:this.dataKey},searchFields:function(){return this.filterFields||[this.optionLabel]},filterResultMessageText:function(){return a(this.visibleOptions)?this.filterMessageText.replaceAll(`{0}`,this.visibleOptions.length):this.emptyFilterMessageText},filterMessageText:function(){return this.filterMessage||this.$primevue.config.locale.searchMessage||``},emptyFilterMessageText:function(){return this.emptyFilterMessage||this.$primevue.config.locale.emptySearchMessage||this.$primevue.config.locale.emptyFilterMessage||``},emptyMessageText:function(){return this.emptyMessage||this.$primevue.config.locale.emptyMessage||``},selectionMessageText:function(){return this.selectionMessage||this.$primevue.config.locale.selectionMessage||``},emptySelectionMessageText:function(){return this.emptySelectionMessage||this.$primevue.config.locale.emptySelectionMessage||``},selectedMessageText:function(){return this.$filled?this.selectionMessageText.replaceAll(`{0}`,`1`):this.emptySelectionMessageText},focusedOptionId:function(){return this.focusedOptionIndex===-1?null:`${this.$id}_${this.focusedOptionIndex}`},ariaSetSize:function(){var e=this;return this.visibleOptions.filter(function(t){return!e.isOptionGroup(t)}).length},isClearIconVisible:function(){return this.showClear&&this.d_value!=null&&!this.disabled&&!this.loading},virtualScrollerDisabled:function(){return!this.virtualScrollerOptions},containerDataP:function(){return J(La({invalid:this.$invalid,disabled:this.disabled,focus:this.focused,fluid:this.$fluid,filled:this.$variant===`filled`},this.size,this.size))},labelDataP:function(){return J(La(La({placeholder:!this.editable&&this.label===this.placeholder,clearable:this.showClear,disabled:this.disabled,editable:this.editable},this.size,this.size),`empty`,!this.editable&&!this.$slots.value&&(this.label===`p-emptylabel`||this.label.length===0)))},dropdownIconDataP:function(){return J(La({},this.size,this.size))},overlayDataP:function(){return J(La({},`portal-`+this.appendTo,`portal-`+this.appendTo))}},directives:{ripple:Or},components:{InputText:Sa,VirtualScroller:Ee,Portal:Qr,InputIcon:pa,IconField:ua,TimesIcon:Ln,ChevronDownIcon:qi,SpinnerIcon:ge,SearchIcon:ta,CheckIcon:zi,BlankIcon:ji}},Va=[`id`,`data-p`],Ha=[`name`,`id`,`value`,`placeholder`,`tabindex`,`disabled`,`aria-label`,`aria-labelledby`,`aria-expanded`,`aria-controls`,`aria-activedescendant`,`aria-invalid`,`data-p`],Ua=[`name`,`id`,`tabindex`,`aria-label`,`aria-labelledby`,`aria-expanded`,`aria-controls`,`aria-activedescendant`,`aria-invalid`,`aria-disabled`,`data-p`],Wa=[`data-p`],Ga=[`id`],Ka=[`id`],qa=[`id`,`aria-label`,`aria-selected`,`aria-disabled`,`aria-setsize`,`aria-posinset`,`onMousedown`,`onMousemove`,`data-p-selected`,`data-p-focused`,`data-p-disabled`];function Ja(e,t,n,r,i,a){var o=P(`SpinnerIcon`),s=P(`InputText`),c=P(`SearchIcon`),l=P(`InputIcon`),u=P(`IconField`),d=P(`CheckIcon`),f=P(`BlankIcon`),p=P(`VirtualScroller`),m=P(`Portal`),h=Re(`ripple`);return q(),I(`div`,R({ref:`container`,id:e.$id,class:e.cx(`root`),onClick:t[12]||=function(){return a.onContainerClick&&a.onContainerClick.apply(a,arguments)},"data-p":a.containerDataP},e.ptmi(`root`)),[e.editable?(q(),I(`input`,R({key:0,ref:`focusInput`,name:e.name,id:e.labelId||e.inputId,type:`text`,class:[e.cx(`label`),e.inputClass,e.labelClass],style:[e.inputStyle,e.labelStyle],value:a.editableInputValue,placeholder:e.placeholder,tabindex:e.disabled?-1:e.tabindex,disabled:e.disabled,autocomplete:`off`,role:`combobox`,"aria-label":e.ariaLabel,"aria-labelledby":e.ariaLabelledby,"aria-haspopup":`listbox`,"aria-expanded":i.overlayVisible,"aria-controls":i.overlayVisible?e.$id+`_list`:void 0,"aria-activedescendant":i.focused?a.focusedOptionId:void 0,"aria-invalid":e.invalid||void 0,onFocus:t[0]||=function(){return a.onFocus&&a.onFocus.apply(a,arguments)},onBlur:t[1]||=function(){return a.onBlur&&a.onBlur.apply(a,arguments)},onKeydown:t[2]||=function(){return a.onKeyDown&&a.onKeyDown.apply(a,arguments)},onInput:t[3]||=function(){return a.onEditableInput&&a.onEditableInput.apply(a,arguments)},"data-p":a.labelDataP},e.ptm(`label`)),null,16,Ha)):(q(),I(`span`,R({key:1,ref:`focusInput`,name:e.name,id:e.labelId||e.inputId,class:[e.cx(`label`),e.inputClass,e.labelClass],style:[e.inputStyle,e.labelStyle],tabindex:e.disabled?-1:e.tabindex,role:`combobox`,"aria-label":e.ariaLabel||(a.label===`p-emptylabel`?void 0:a.label),"aria-labelledby":e.ariaLabelledby,"aria-haspopup":`listbox`,"aria-expanded":i.overlayVisible,"aria-controls":e.$id+`_list`,"aria-activedescendant":i.focused?a.focusedOptionId:void 0,"aria-invalid":e.invalid||void 0,"aria-disabled":e.disabled,onFocus:t[4]||=function(){return a.onFocus&&a.onFocus.apply(a,arguments)},onBlur:t[5]||=function(){return a.onBlur&&a.onBlur.apply(a,arguments)},onKeydown:t[6]||=function(){return a.onKeyDown&&a.onKeyDown.apply(a,arguments)},"data-p":a.labelDataP},e.ptm(`label`)),[K(e.$slots,`value`,{value:e.d_value,placeholder:e.placeholder},function(){return[G(N(a.label===`p-emptylabel`?`\xA0`:a.label??`empty`),1)]})],16,Ua)),a.isClearIconVisible?K(e.$slots,`clearicon`,{key:2,class:k(e.cx(`clearIcon`)),clearCallback:a.onClearClick},function(){return[(q(),U(jt(e.clearIcon?`i`:`TimesIcon`),R({ref:`clearIcon`,class:[e.cx(`clearIcon`),e.clearIcon],onClick:a.onClearClick},e.ptm(`clearIcon`),{"data-pc-section":`clearicon`}),null,16,[`class`,`onClick`]))]}):W(``,!0),F(`div`,R({class:e.cx(`dropdown`)},e.ptm(`dropdown`)),[e.loading?K(e.$slots,`loadingicon`,{key:0,class:k(e.cx(`loadingIcon`))},function(){return[e.loadingIcon?(q(),I(`span`,R({key:0,class:[e.cx(`loadingIcon`),`pi-spin`,e.loadingIcon],"aria-hidden":`true`},e.ptm(`loadingIcon`)),null,16)):(q(),U(o,R({key:1,class:e.cx(`loadingIcon`),spin:``,"aria-hidden":`true`},e.ptm(`loadingIcon`)),null,16,[`class`]))]}):K(e.$slots,`dropdownicon`,{key:1,class:k(e.cx(`dropdownIcon`))},function(){return[(q(),U(jt(e.dropdownIcon?`span`:`ChevronDownIcon`),R({class:[e.cx(`dropdownIcon`),e.dropdownIcon],"aria-hidden":`true`,"data-p":a.dropdownIconDataP},e.ptm(`dropdownIcon`)),null,16,[`class`,`data-p`]))]})],16),L(m,{appendTo:e.appendTo},{default:j(function(){return[L(ct,R({name:`p-anchored-overlay`,onEnter:a.onOverlayEnter,onAfterEnter:a.onOverlayAfterEnter,onLeave:a.onOverlayLeave,onAfterLeave:a.onOverlayAfterLeave},e.ptm(`transition`)),{default:j(function(){return[i.overlayVisible?(q(),I(`div`,R({key:0,ref:a.overlayRef,class:[e.cx(`overlay`),e.panelClass,e.overlayClass],style:[e.panelStyle,e.overlayStyle],onClick:t[10]||=function(){return a.onOverlayClick&&a.onOverlayClick.apply(a,arguments)},onKeydown:t[11]||=function(){return a.onOverlayKeyDown&&a.onOverlayKeyDown.apply(a,arguments)},"data-p":a.overlayDataP},e.ptm(`overlay`)),[F(`span`,R({ref:`firstHiddenFocusableElementOnOverlay`,role:`presentation`,"aria-hidden":`true`,class:`p-hidden-accessible p-hidden-focusable`,tabindex:0,onFocus:t[7]||=function(){return a.onFirstHiddenFocus&&a.onFirstHiddenFocus.apply(a,arguments)}},e.ptm(`hiddenFirstFocusableEl`),{"data-p-hidden-accessible":!0,"data-p-hidden-focusable":!0}),null,16),K(e.$slots,`header`,{value:e.d_value,options:a.visibleOptions}),e.filter?(q(),I(`div`,R({key:0,class:e.cx(`header`)},e.ptm(`header`)),[L(u,{unstyled:e.unstyled,pt:e.ptm(`pcFilterContainer`)},{default:j(function(){return[L(s,{ref:`filterInput`,type:`text`,value:i.filterValue,onVnodeMounted:a.onFilterUpdated,onVnodeUpdated:a.onFilterUpdated,class:k(e.cx(`pcFilter`)),placeholder:e.filterPlaceholder,variant:e.variant,unstyled:e.unstyled,role:`searchbox`,autocomplete:`off`,"aria-owns":e.$id+`_list`,"aria-activedescendant":a.focusedOptionId,onKeydown:a.onFilterKeyDown,onBlur:a.onFilterBlur,onInput:a.onFilterChange,pt:e.ptm(`pcFilter`),formControl:{novalidate:!0}},null,8,[`value`,`onVnodeMounted`,`onVnodeUpdated`,`class`,`placeholder`,`variant`,`unstyled`,`aria-owns`,`aria-activedescendant`,`onKeydown`,`onBlur`,`onInput`,`pt`]),L(l,{unstyled:e.unstyled,pt:e.ptm(`pcFilterIconContainer`)},{default:j(function(){return[K(e.$slots,`filtericon`,{},function(){return[e.filterIcon?(q(),I(`span`,R({key:0,class:e.filterIcon},e.ptm(`filterIcon`)),null,16)):(q(),U(c,qe(R({key:1},e.ptm(`filterIcon`))),null,16))]})]}),_:3},8,[`unstyled`,`pt`])]}),_:3},8,[`unstyled`,`pt`]),F(`span`,R({role:`status`,"aria-live":`polite`,class:`p-hidden-accessible`},e.ptm(`hiddenFilterResult`),{"data-p-hidden-accessible":!0}),N(a.filterResultMessageText),17)],16)):W(``,!0),F(`div`,R({class:e.cx(`listContainer`),style:{"max-height":a.virtualScrollerDisabled?e.scrollHeight:``}},e.ptm(`listContainer`)),[L(p,R({ref:a.virtualScrollerRef},e.virtualScrollerOptions,{items:a.visibleOptions,style:{height:e.scrollHeight},tabindex:-1,disabled:a.virtualScrollerDisabled,pt:e.ptm(`virtualScroller`)}),yt({content:j(function(n){var r=n.styleClass,o=n.contentRef,s=n.items,c=n.getItemOptions,l=n.contentStyle,u=n.itemSize;return[F(`ul`,R({ref:function(e){return a.listRef(e,o)},id:e.$id+`_list`,class:[e.cx(`list`),r],style:l,role:`listbox`},e.ptm(`list`)),[(q(!0),I(H,null,dt(s,function(n,r){return q(),I(H,{key:a.getOptionRenderKey(n,a.getOptionIndex(r,c))},[a.isOptionGroup(n)?(q(),I(`li`,R({key:0,id:e.$id+`_`+a.getOptionIndex(r,c),style:{height:u?u+`px`:void 0},class:e.cx(`optionGroup`),role:`option`},{ref_for:!0},e.ptm(`optionGroup`)),[K(e.$slots,`optiongroup`,{option:n.optionGroup,index:a.getOptionIndex(r,c)},function(){return[F(`span`,R({class:e.cx(`optionGroupLabel`)},{ref_for:!0},e.ptm(`optionGroupLabel`)),N(a.getOptionGroupLabel(n.optionGroup)),17)]})],16,Ka)):V((q(),I(`li`,R({key:1,id:e.$id+`_`+a.getOptionIndex(r,c),class:e.cx(`option`,{option:n,focusedOption:a.getOptionIndex(r,c)}),style:{height:u?u+`px`:void 0},role:`option`,"aria-label":a.getOptionLabel(n),"aria-selected":a.isSelected(n),"aria-disabled":a.isOptionDisabled(n),"aria-setsize":a.ariaSetSize,"aria-posinset":a.getAriaPosInset(a.getOptionIndex(r,c)),onMousedown:function(e){return a.onOptionSelect(e,n)},onMousemove:function(e){return a.onOptionMouseMove(e,a.getOptionIndex(r,c))},onClick:t[8]||=Dt(function(){},[`stop`]),"data-p-selected":!e.checkmark&&a.isSelected(n),"data-p-focused":i.focusedOptionIndex===a.getOptionIndex(r,c),"data-p-disabled":a.isOptionDisabled(n)},{ref_for:!0},a.getPTItemOptions(n,c,r,`option`)),[e.checkmark?(q(),I(H,{key:0},[a.isSelected(n)?(q(),U(d,R({key:0,class:e.cx(`optionCheckIcon`)},{ref_for:!0},e.ptm(`optionCheckIcon`)),null,16,[`class`])):(q(),U(f,R({key:1,class:e.cx(`optionBlankIcon`)},{ref_for:!0},e.ptm(`optionBlankIcon`)),null,16,[`class`]))],64)):W(``,!0),K(e.$slots,`option`,{option:n,selected:a.isSelected(n),index:a.getOptionIndex(r,c)},function(){return[F(`span`,R({class:e.cx(`optionLabel`)},{ref_for:!0},e.ptm(`optionLabel`)),N(a.getOptionLabel(n)),17)]})],16,qa)),[[h]])],64)}),128)),i.filterValue&&(!s||s&&s.length===0)?(q(),I(`li`,R({key:0,class:e.cx(`emptyMessage`),role:`option`},e.ptm(`emptyMessage`),{"data-p-hidden-accessible":!0}),[K(e.$slots,`emptyfilter`,{},function(){return[G(N(a.emptyFilterMessageText),1)]})],16)):!e.options||e.options&&e.options.length===0?(q(),I(`li`,R({key:1,class:e.cx(`emptyMessage`),role:`option`},e.ptm(`emptyMessage`),{"data-p-hidden-accessible":!0}),[K(e.$slots,`empty`,{},function(){return[G(N(a.emptyMessageText),1)]})],16)):W(``,!0)],16,Ga)]}),_:2},[e.$slots.loader?{name:`loader`,fn:j(function(t){var n=t.options;return[K(e.$slots,`loader`,{options:n})]}),key:`0`}:void 0]),1040,[`items`,`style`,`disabled`,`pt`])],16),K(e.$slots,`footer`,{value:e.d_value,options:a.visibleOptions}),!e.options||e.options&&e.options.length===0?(q(),I(`span`,R({key:1,role:`status`,"aria-live":`polite`,class:`p-hidden-accessible`},e.ptm(`hiddenEmptyMessage`),{"data-p-hidden-accessible":!0}),N(a.emptyMessageText),17)):W(``,!0),F(`span`,R({role:`status`,"aria-live":`polite`,class:`p-hidden-accessible`},e.ptm(`hiddenSelectedMessage`),{"data-p-hidden-accessible":!0}),N(a.selectedMessageText),17),F(`span`,R({ref:`lastHiddenFocusableElementOnOverlay`,role:`presentation`,"aria-hidden":`true`,class:`p-hidden-accessible p-hidden-focusable`,tabindex:0,onFocus:t[9]||=function(){return a.onLastHiddenFocus&&a.onLastHiddenFocus.apply(a,arguments)}},e.ptm(`hiddenLastFocusableEl`),{"data-p-hidden-accessible":!0,"data-p-hidden-focusable":!0}),null,16)],16,Wa)):W(``,!0)]}),_:3},16,[`onEnter`,`onAfterEnter`,`onLeave`,`onAfterLeave`])]}),_:3},8,[`appendTo`])],16,Va)}Ba.render=Ja;var Ya={class:`lv-tl-chart`,"data-testid":`timeline-drift-chart`},Xa={class:`lv-tl-chart__name`},Za=[`viewBox`,`width`,`height`,`aria-label`],Qa=[`x2`,`y1`,`y2`],$a=[`x2`,`y1`,`y2`],eo=[`x`,`y`,`width`,`height`,`data-idx`],to={class:`lv-tl-chart`,"data-testid":`timeline-seam-chart`},no={class:`lv-tl-chart__name`},ro=[`viewBox`,`width`,`height`,`aria-label`],io=[`x2`,`y1`,`y2`],ao=[`x2`,`y1`,`y2`],oo=[`data-after`],so=[`x`,`y`,`width`,`height`],co=[`x`,`y`],lo={class:`lv-tl-chart`,"data-testid":`timeline-timing-chart`},uo={class:`lv-tl-chart__name`},fo=[`viewBox`,`width`,`height`,`aria-label`],po=[`x2`,`y1`,`y2`],mo={class:`lv-drift__tick`,x:`2`,y:`10`,"dominant-baseline":`middle`},ho=[`x`,`y`,`width`,`height`,`data-idx`,`data-take`],go=mt({__name:`TimelineCharts`,props:{layout:{},job:{},pxPerFrame:{}},setup(e){let{t}=kt(),n=z(()=>Math.max(120,e.layout.span*e.pxPerFrame)),r=t=>{let n=e.layout.clips.find(e=>e.idx===t);return n?{center:(n.start+n.length/2)*e.pxPerFrame,slot:n.length*e.pxPerFrame}:{center:0,slot:0}},i=t=>{let n=e.layout.joins.find(e=>e.after===t);return n?{center:n.at*e.pxPerFrame,slot:24}:{center:0,slot:0}},a=z(()=>Ke(e.layout.clips.map(e=>({idx:e.idx,drift:e.segment.drift,warning:e.segment.drift_warning})),e.job.drift_threshold,n.value,r)),o=z(()=>Ke(e.layout.joins.map(e=>({idx:e.after,drift:e.seam,warning:e.seamWarning})),e.job.seam_threshold,n.value,i)),s=z(()=>He(e.layout.clips.filter(e=>e.segment.take_times.length).map(e=>({idx:e.idx,take:e.segment.take,times:e.segment.take_times})),n.value,r));return(r,i)=>(q(),I(`div`,{class:`lv-tl-charts`,style:Qe({width:`${n.value}px`}),"data-testid":`timeline-charts`},[F(`figure`,Ya,[F(`figcaption`,Xa,N(M(t)(`charts.drift`,{n:e.job.drift_threshold})),1),(q(),I(`svg`,{viewBox:`0 0 ${a.value.width} ${a.value.height}`,width:a.value.width,height:a.value.height,role:`img`,"aria-label":M(t)(`charts.driftLabel`)},[F(`line`,{class:`lv-drift__axis`,x1:`0`,x2:a.value.width,y1:a.value.bottom,y2:a.value.bottom},null,8,Qa),F(`line`,{class:`lv-drift__threshold`,x1:`0`,x2:a.value.width,y1:a.value.thresholdY,y2:a.value.thresholdY},null,8,$a),(q(!0),I(H,null,dt(a.value.bars,e=>(q(),I(`rect`,{key:e.idx,class:k([`lv-drift__bar`,{"lv-drift__bar--warn":e.warning}]),x:e.x,y:e.y,width:e.width,height:Math.max(.5,e.height),"data-idx":e.idx,"data-testid":`timeline-drift-bar`},[F(`title`,null,N(M(t)(`drift.bar`,{segment:e.idx+1,drift:M(Ct)(e.drift,1)})),1)],10,eo))),128))],8,Za))]),F(`figure`,to,[F(`figcaption`,no,N(M(t)(`charts.seam`,{n:e.job.seam_threshold})),1),(q(),I(`svg`,{viewBox:`0 0 ${o.value.width} ${o.value.height}`,width:o.value.width,height:o.value.height,role:`img`,"aria-label":M(t)(`charts.seamLabel`)},[F(`line`,{class:`lv-drift__axis`,x1:`0`,x2:o.value.width,y1:o.value.bottom,y2:o.value.bottom},null,8,io),F(`line`,{class:`lv-drift__threshold`,x1:`0`,x2:o.value.width,y1:o.value.thresholdY,y2:o.value.thresholdY},null,8,ao),(q(!0),I(H,null,dt(o.value.bars,e=>(q(),I(`g`,{key:e.idx,"data-after":e.idx,"data-testid":`timeline-seam-bar`},[F(`rect`,{class:k([`lv-drift__bar`,{"lv-drift__bar--warn":e.warning}]),x:e.x,y:e.y,width:e.width,height:Math.max(.5,e.height)},[F(`title`,null,N(M(t)(`charts.seamBar`,{from:e.idx+1,to:e.idx+2,value:M(Ct)(e.drift,1)})),1)],10,so),F(`text`,{class:`lv-drift__tick`,x:e.x+e.width/2,y:e.y-3,"text-anchor":`middle`},N(M(Ct)(e.drift,1)),9,co)],8,oo))),128))],8,ro))]),F(`figure`,lo,[F(`figcaption`,uo,N(M(t)(`charts.timing`)),1),(q(),I(`svg`,{viewBox:`0 0 ${s.value.width} ${s.value.height}`,width:s.value.width,height:s.value.height,role:`img`,"aria-label":M(t)(`newJob.secondsPerSegment`)},[F(`line`,{class:`lv-drift__axis`,x1:`0`,x2:s.value.width,y1:s.value.bottom,y2:s.value.bottom},null,8,po),F(`text`,mo,N(M(nt)(s.value.yMax)),1),(q(!0),I(H,null,dt(s.value.bars,e=>(q(),I(`rect`,{key:`${e.idx}-${e.take}`,class:k([`lv-timing__bar`,{"lv-timing__bar--chosen":e.chosen}]),x:e.x,y:e.y,width:e.width,height:Math.max(.5,e.height),"data-idx":e.idx,"data-take":e.take,"data-testid":`timeline-timing-bar`},[F(`title`,null,N(M(t)(`timing.bar`,{segment:e.idx+1,take:e.take,time:M(nt)(e.seconds)})),1)],10,ho))),128))],8,fo))])],4))}}),_o=S.extend({name:`popover`,style:`
    .p-popover {
        margin-block-start: dt('popover.gutter');
        background: dt('popover.background');
        color: dt('popover.color');
        border: 1px solid dt('popover.border.color');
        border-radius: dt('popover.border.radius');
        box-shadow: dt('popover.shadow');
        will-change: transform;
    }

    .p-popover-content {
        padding: dt('popover.content.padding');
    }

    .p-popover-flipped {
        margin-block-start: calc(dt('popover.gutter') * -1);
        margin-block-end: dt('popover.gutter');
    }

    .p-popover:after,
    .p-popover:before {
        bottom: 100%;
        left: calc(dt('popover.arrow.offset') + dt('popover.arrow.left'));
        content: ' ';
        height: 0;
        width: 0;
        position: absolute;
        pointer-events: none;
    }

    .p-popover:after {
        border-width: calc(dt('popover.gutter') - 2px);
        margin-left: calc(-1 * (dt('popover.gutter') - 2px));
        border-style: solid;
        border-color: transparent;
        border-bottom-color: dt('popover.background');
    }

    .p-popover:before {
        border-width: dt('popover.gutter');
        margin-left: calc(-1 * dt('popover.gutter'));
        border-style: solid;
        border-color: transparent;
        border-bottom-color: dt('popover.border.color');
    }

    .p-popover-flipped:after,
    .p-popover-flipped:before {
        bottom: auto;
        top: 100%;
    }

    .p-popover.p-popover-flipped:after {
        border-bottom-color: transparent;
        border-top-color: dt('popover.background');
    }

    .p-popover.p-popover-flipped:before {
        border-bottom-color: transparent;
        border-top-color: dt('popover.border.color');
    }
`,classes:{root:`p-popover p-component`,content:`p-popover-content`}}),vo={name:`Popover`,extends:{name:`BasePopover`,extends:E,props:{dismissable:{type:Boolean,default:!0},appendTo:{type:[String,Object],default:`body`},baseZIndex:{type:Number,default:0},autoZIndex:{type:Boolean,default:!0},breakpoints:{type:Object,default:null},closeOnEscape:{type:Boolean,default:!0}},style:_o,provide:function(){return{$pcPopover:this,$parentInstance:this}}},inheritAttrs:!1,emits:[`show`,`hide`],data:function(){return{visible:!1}},watch:{dismissable:{immediate:!0,handler:function(e){e?this.bindOutsideClickListener():this.unbindOutsideClickListener()}}},selfClick:!1,target:null,eventTarget:null,outsideClickListener:null,scrollHandler:null,resizeListener:null,container:null,styleElement:null,overlayEventListener:null,documentKeydownListener:null,contentResizeObserver:null,beforeUnmount:function(){this.dismissable&&this.unbindOutsideClickListener(),this.scrollHandler&&=(this.scrollHandler.destroy(),null),this.destroyStyle(),this.unbindResizeListener(),this.unbindContentResizeListener(),this.target=null,this.container&&this.autoZIndex&&Y.clear(this.container),this.overlayEventListener&&=(Ta.off(`overlay-click`,this.overlayEventListener),null),this.container=null},mounted:function(){this.breakpoints&&this.createStyle()},methods:{toggle:function(e,t){this.visible?this.hide():this.show(e,t)},show:function(e,t){this.visible=!0,this.eventTarget=e.currentTarget,this.target=t||e.currentTarget},hide:function(){this.visible=!1},onContentClick:function(){this.selfClick=!0},onEnter:function(e){var t=this;c(e,{position:`absolute`,top:`0`}),this.alignOverlay(),this.dismissable&&this.bindOutsideClickListener(),this.bindScrollListener(),this.bindResizeListener(),this.autoZIndex&&Y.set(`overlay`,e,this.baseZIndex||this.$primevue.config.zIndex.overlay),this.overlayEventListener=function(e){t.container.contains(e.target)&&(t.selfClick=!0)},this.bindContentResizeListener(),this.focus(),Ta.on(`overlay-click`,this.overlayEventListener),this.$emit(`show`),this.closeOnEscape&&this.bindDocumentKeyDownListener()},onLeave:function(){this.unbindOutsideClickListener(),this.unbindScrollListener(),this.unbindResizeListener(),this.unbindDocumentKeyDownListener(),this.unbindContentResizeListener(),Ta.off(`overlay-click`,this.overlayEventListener),this.overlayEventListener=null,this.$emit(`hide`)},onAfterLeave:function(e){this.autoZIndex&&Y.clear(e)},alignOverlay:function(){pe(this.container,this.target,!1);var e=l(this.container),t=l(this.target),n=0;e.left<t.left&&(n=t.left-e.left),this.container.style.setProperty(me(`popover.arrow.left`).name,`${n}px`),e.top<t.top&&(this.container.setAttribute(`data-p-popover-flipped`,`true`),!this.isUnstyled&&xe(this.container,`p-popover-flipped`))},onContentKeydown:function(e){e.code===`Escape`&&this.closeOnEscape&&(this.hide(),x(this.target))},onButtonKeydown:function(e){switch(e.code){case`ArrowDown`:case`ArrowUp`:case`ArrowLeft`:case`ArrowRight`:e.preventDefault()}},focus:function(){var e=this.container.querySelector(`[autofocus]`);e&&e.focus()},onKeyDown:function(e){e.code===`Escape`&&this.closeOnEscape&&(this.visible=!1)},bindDocumentKeyDownListener:function(){this.documentKeydownListener||(this.documentKeydownListener=this.onKeyDown.bind(this),window.document.addEventListener(`keydown`,this.documentKeydownListener))},unbindDocumentKeyDownListener:function(){this.documentKeydownListener&&=(window.document.removeEventListener(`keydown`,this.documentKeydownListener),null)},bindOutsideClickListener:function(){var e=this;!this.outsideClickListener&&fe()&&(this.outsideClickListener=function(t){e.visible&&!e.selfClick&&!e.isTargetClicked(t)&&(e.visible=!1),e.selfClick=!1},document.addEventListener(`click`,this.outsideClickListener))},unbindOutsideClickListener:function(){this.outsideClickListener&&(document.removeEventListener(`click`,this.outsideClickListener),this.outsideClickListener=null,this.selfClick=!1)},bindScrollListener:function(){var e=this;this.scrollHandler||=new un(this.target,function(){e.visible&&=!1}),this.scrollHandler.bindScrollListener()},unbindScrollListener:function(){this.scrollHandler&&this.scrollHandler.unbindScrollListener()},bindResizeListener:function(){var e=this;this.resizeListener||(this.resizeListener=function(){e.visible&&!u()&&(e.visible=!1)},window.addEventListener(`resize`,this.resizeListener))},unbindResizeListener:function(){this.resizeListener&&=(window.removeEventListener(`resize`,this.resizeListener),null)},bindContentResizeListener:function(){var e=this;this.contentResizeObserver||(this.contentResizeObserver=new ResizeObserver(function(){e.visible&&e.alignOverlay()}),this.contentResizeObserver.observe(this.container))},unbindContentResizeListener:function(){this.contentResizeObserver&&=(this.contentResizeObserver.disconnect(),null)},isTargetClicked:function(e){return this.eventTarget&&(this.eventTarget===e.target||this.eventTarget.contains(e.target))},containerRef:function(e){this.container=e},createStyle:function(){if(!this.styleElement&&!this.isUnstyled){var e;this.styleElement=document.createElement(`style`),this.styleElement.type=`text/css`,ie(this.styleElement,`nonce`,(e=this.$primevue)==null||(e=e.config)==null||(e=e.csp)==null?void 0:e.nonce),document.head.appendChild(this.styleElement);var t=``;for(var n in this.breakpoints)t+=`
                        @media screen and (max-width: ${n}) {
                            .p-popover[${this.$attrSelector}] {
                                width: ${this.breakpoints[n]} !important;
                            }
                        }
                    `;this.styleElement.innerHTML=t}},destroyStyle:function(){this.styleElement&&=(document.head.removeChild(this.styleElement),null)},onOverlayClick:function(e){Ta.emit(`overlay-click`,{originalEvent:e,target:this.target})}},directives:{focustrap:Zr,ripple:Or},components:{Portal:Qr}},yo=[`aria-modal`];function bo(e,t,n,r,i,a){var o=P(`Portal`),s=Re(`focustrap`);return q(),U(o,{appendTo:e.appendTo},{default:j(function(){return[L(ct,R({name:`p-anchored-overlay`,onEnter:a.onEnter,onLeave:a.onLeave,onAfterLeave:a.onAfterLeave},e.ptm(`transition`)),{default:j(function(){return[i.visible?V((q(),I(`div`,R({key:0,ref:a.containerRef,role:`dialog`,"aria-modal":i.visible,onClick:t[3]||=function(){return a.onOverlayClick&&a.onOverlayClick.apply(a,arguments)},class:e.cx(`root`)},e.ptmi(`root`)),[e.$slots.container?K(e.$slots,`container`,{key:0,closeCallback:a.hide,keydownCallback:function(e){return a.onButtonKeydown(e)}}):(q(),I(`div`,R({key:1,class:e.cx(`content`),onClick:t[0]||=function(){return a.onContentClick&&a.onContentClick.apply(a,arguments)},onMousedown:t[1]||=function(){return a.onContentClick&&a.onContentClick.apply(a,arguments)},onKeydown:t[2]||=function(){return a.onContentKeydown&&a.onContentKeydown.apply(a,arguments)}},e.ptm(`content`)),[K(e.$slots,`default`)],16))],16,yo)),[[s]]):W(``,!0)]}),_:3},16,[`onEnter`,`onLeave`,`onAfterLeave`])]}),_:3},8,[`appendTo`])}vo.render=bo;var xo=[`aria-label`],So={scope:`row`},Co=mt({__name:`TimelineHelp`,props:{open:{type:Boolean,default:!1},openModifiers:{}},emits:[`update:open`],setup(e){let{t,te:n}=kt(),r=Ve(e,`open`),i=A(null),a=A(null),o=!1;O(r,async e=>{if(e===o)return;await gt();let t=i.value?.querySelector(`button`);e&&t?a.value?.show({currentTarget:t},t):a.value?.hide()});function s(){o=!0,r.value=!0}function c(){o=!1,r.value=!1}return(e,o)=>{let l=Re(`tooltip`);return q(),I(`div`,{ref_key:`box`,ref:i,class:`lv-tl-help`},[V(L(B,{icon:`pi pi-question-circle`,text:``,size:`small`,"aria-label":M(t)(`timeline.keysButton`),"aria-expanded":r.value,"aria-controls":`lv-tl-keys`,"aria-haspopup":`dialog`,"data-testid":`timeline-help`,onClick:o[0]||=e=>r.value=!r.value},null,8,[`aria-label`,`aria-expanded`]),[[l,M(t)(`timeline.keysButton`),void 0,{bottom:!0}]]),L(M(vo),{ref_key:`pop`,ref:a,onShow:s,onHide:c},{default:j(()=>[F(`div`,{id:`lv-tl-keys`,role:`dialog`,"aria-label":M(t)(`timeline.keysTitle`),tabindex:`0`,autofocus:``,"data-testid":`timeline-keys`},[F(`table`,null,[(q(!0),I(H,null,dt(M(Ci),e=>(q(),I(`tr`,{key:`${e.action}-${e.label}`},[F(`th`,So,[F(`kbd`,null,N(e.label),1)]),F(`td`,null,N(M(n)(`timeline.key.${e.action}`)?M(t)(`timeline.key.${e.action}`):e.what),1)]))),128))])],8,xo)]),_:1},512)],512)}}}),wo=[`aria-label`,`data-idx`],To={class:`lv-row`},Eo={class:`lv-tl-inspector__title`},Do={key:0,class:`lv-tl-chip`},Oo=[`title`],ko={class:`lv-label`,for:`lv-tl-prompt`},Ao={class:`lv-label`,for:`lv-tl-negative`},jo=[`placeholder`],Mo={class:`lv-label`,for:`lv-tl-seed`},No={key:0,class:`lv-muted`,"data-testid":`inspector-waits`},Po={class:`lv-row lv-row--wrap`},Fo={class:`lv-tl-inspector__prompt`},Io={class:`lv-muted`},Lo={class:`lv-label`,for:`lv-tl-new`},Ro={class:`lv-row`},zo=[`placeholder`],Bo={key:4,class:`lv-error`},Vo=mt({__name:`TimelineInspector`,props:{job:{},idx:{}},emits:[`close`,`select`],setup(e,{emit:t}){let{t:n}=kt(),r=t,i=Ai(),a=et(),{busy:o,error:s,run:c}=Nt(),l=We(),u=z(()=>e.job.segments.find(t=>t.idx===e.idx)??null),d=Ye(),f=z(()=>u.value?.status===`running`||u.value?.status===`queued`?d.labelOf(u.value.backend):null),p=z(()=>u.value?.status===`planned`),m=z(()=>ki(e.job)),h=z(()=>e.idx>=m.value-1&&![`finalizing`,`completed`,`cancelled`].includes(e.job.status)),g=z(()=>e.idx===e.job.segments.length-1),_=z(()=>p.value&&e.job.status===`awaiting_prompt`&&e.idx===m.value),v=A(``),y=A(``),b=A(null),ee=A({high:[],low:[]}),te=A(``);O(u,e=>{v.value=e?.prompt??``,y.value=e?.negative_prompt??``,b.value=e?.seed??null,ee.value=e?.loras??{high:[],low:[]}},{immediate:!0});let ne=z(()=>{let e=u.value;return e?v.value!==e.prompt||y.value!==(e.negative_prompt??``)||b.value!==e.seed||JSON.stringify(ee.value)!==JSON.stringify(e.loras):!1});function re(){return c(`save`,()=>i.rewrite(e.job,e.idx,{prompt:v.value.trim(),...y.value?{negative_prompt:y.value}:{},...b.value===null?{}:{seed:b.value},loras:ee.value}),{failure:n(`inspector.saveFailure`)})}function ie(t){return c(`move`,async()=>{await i.move(e.job,e.idx,t),r(`select`,e.idx+t)},{failure:n(`inspector.moveFailure`)})}function x(){let t=te.value.trim();return t?c(`insert`,async()=>{await i.insertAfter(e.job,e.idx,{prompt:t,loras:u.value?.loras??e.job.parameters.loras}),te.value=``,r(`select`,Math.max(e.idx+1,m.value))},{failure:n(`inspector.addFailure`)}):Promise.resolve()}function ae(){return c(`delete`,async()=>{await i.remove(e.job,e.idx),r(`select`,Math.max(0,e.idx-1))},{failure:n(`job.failure.deleteSegment`)})}function S(){return c(`run`,()=>l.continueJob(e.job.id),{failure:n(`inspector.runFailure`)})}function C(){let t=u.value;return t?c(`lock`,()=>a.setLock(e.job.id,e.idx,!t.locked),{failure:n(`inspector.lockFailure`)}):Promise.resolve()}return(t,i)=>{let a=Re(`tooltip`);return u.value?(q(),I(`section`,{key:0,class:`lv-tl-inspector`,"aria-label":M(n)(`newJob.segmentN`,{n:e.idx+1}),"data-testid":`timeline-inspector`,"data-idx":e.idx},[F(`header`,To,[F(`span`,Eo,[F(`b`,null,N(M(n)(`newJob.segmentN`,{n:e.idx+1})),1),L(Le,{status:u.value.status},null,8,[`status`]),u.value.take_count>1?(q(),I(`span`,Do,N(M(n)(`segment.takeOf`,{n:u.value.take,total:u.value.take_count})),1)):W(``,!0)]),u.value.status===`done`?V((q(),U(B,{key:0,icon:u.value.locked?`pi pi-lock`:`pi pi-lock-open`,text:``,size:`small`,loading:M(o)===`lock`,"aria-pressed":u.value.locked,"aria-label":u.value.locked?M(n)(`inspector.unlockTake`):M(n)(`inspector.lockTake`),"data-testid":`inspector-lock`,onClick:C},null,8,[`icon`,`loading`,`aria-pressed`,`aria-label`])),[[a,u.value.locked?M(n)(`takes.unlock`):M(n)(`inspector.lockTitle`),void 0,{bottom:!0}]]):W(``,!0),V(L(B,{icon:`pi pi-times`,text:``,size:`small`,"aria-label":M(n)(`timeline.close`),onClick:i[0]||=e=>r(`close`)},null,8,[`aria-label`]),[[a,M(n)(`timeline.close`),void 0,{bottom:!0}]])]),f.value?(q(),I(`small`,{key:0,class:`lv-muted lv-ellipsis`,title:M(n)(`segment.backendTitle`,{name:f.value}),"data-testid":`inspector-backend`},[i[8]||=F(`i`,{class:`pi pi-server`},null,-1),G(` `+N(M(n)(`segment.backend`,{name:f.value})),1)],8,Oo)):W(``,!0),p.value?(q(),I(H,{key:1},[F(`label`,ko,N(M(n)(`newJob.prompt`)),1),V(F(`textarea`,{id:`lv-tl-prompt`,"onUpdate:modelValue":i[1]||=e=>v.value=e,class:`lv-input lv-textarea`,rows:`3`,"data-testid":`inspector-prompt`},null,512),[[Pe,v.value]]),F(`label`,Ao,N(M(n)(`newJob.negativePrompt`)),1),V(F(`textarea`,{id:`lv-tl-negative`,"onUpdate:modelValue":i[2]||=e=>y.value=e,class:`lv-input lv-textarea`,rows:`2`,placeholder:M(n)(`inspector.jobNegative`),"data-testid":`inspector-negative`},null,8,jo),[[Pe,y.value]]),F(`label`,Mo,N(M(n)(`common.seed`)),1),V(F(`input`,{id:`lv-tl-seed`,"onUpdate:modelValue":i[3]||=e=>b.value=e,class:`lv-input`,type:`number`,min:`0`,"data-testid":`inspector-seed`},null,512),[[Pe,b.value,void 0,{number:!0}]]),L(Be,{modelValue:ee.value,"onUpdate:modelValue":i[4]||=e=>ee.value=e,"can-append":!1},null,8,[`modelValue`]),_.value?(q(),I(`small`,No,N(M(n)(`inspector.waits`)),1)):W(``,!0),F(`div`,Po,[_.value?V((q(),U(B,{key:0,label:M(n)(`inspector.run`),icon:`pi pi-play`,size:`small`,disabled:ne.value,loading:M(o)===`run`,"data-testid":`inspector-run`,onClick:S},null,8,[`label`,`disabled`,`loading`])),[[a,M(n)(`inspector.runTitle`),void 0,{bottom:!0}]]):W(``,!0),L(B,{label:M(n)(`common.save`),icon:`pi pi-check`,size:`small`,disabled:!ne.value||!v.value.trim(),loading:M(o)===`save`,"data-testid":`inspector-save`,onClick:re},null,8,[`label`,`disabled`,`loading`]),V(L(B,{icon:`pi pi-arrow-left`,text:``,size:`small`,disabled:e.idx<=m.value,"aria-label":M(n)(`inspector.earlier`),loading:M(o)===`move`,"data-testid":`inspector-earlier`,onClick:i[5]||=e=>ie(-1)},null,8,[`disabled`,`aria-label`,`loading`]),[[a,M(n)(`inspector.earlier`),void 0,{bottom:!0}]]),V(L(B,{icon:`pi pi-arrow-right`,text:``,size:`small`,disabled:g.value,"aria-label":M(n)(`inspector.later`),"data-testid":`inspector-later`,onClick:i[6]||=e=>ie(1)},null,8,[`disabled`,`aria-label`]),[[a,M(n)(`inspector.later`),void 0,{bottom:!0}]]),L(B,{label:M(n)(`common.delete`),icon:`pi pi-trash`,text:``,size:`small`,severity:`danger`,loading:M(o)===`delete`,"data-testid":`inspector-delete`,onClick:ae},null,8,[`label`,`loading`])])],64)):(q(),I(H,{key:2},[F(`p`,Fo,N(u.value.prompt),1),F(`small`,Io,N(M(n)(`common.seedN`,{seed:u.value.seed}))+N(u.value.negative_prompt?` · ${M(n)(`inspector.negative`,{text:u.value.negative_prompt})}`:``),1),L(xt,{"job-id":e.job.id,segment:u.value,"job-status":e.job.status,version:e.job.updated_at},null,8,[`job-id`,`segment`,`job-status`,`version`])],64)),h.value?(q(),I(`form`,{key:3,class:`lv-tl-insert`,"data-testid":`inspector-insert`,onSubmit:Dt(x,[`prevent`])},[F(`label`,Lo,N(e.job.status===`awaiting_prompt`&&e.idx===e.job.segments.length-1?M(n)(`inspector.nextNow`):M(n)(`inspector.newAfter`,{n:e.idx+1})),1),F(`div`,Ro,[V(F(`input`,{id:`lv-tl-new`,"onUpdate:modelValue":i[7]||=e=>te.value=e,class:`lv-input`,placeholder:M(n)(`inspector.itsPrompt`),"data-testid":`inspector-new-prompt`},null,8,zo),[[Pe,te.value]]),V(L(B,{type:`submit`,icon:`pi pi-plus`,size:`small`,disabled:!te.value.trim(),loading:M(o)===`insert`,"aria-label":M(n)(`inspector.insert`),"data-testid":`inspector-insert-send`},null,8,[`disabled`,`loading`,`aria-label`]),[[a,M(n)(`inspector.insertTitle`),void 0,{bottom:!0}]])])],32)):W(``,!0),M(s)?(q(),I(`small`,Bo,N(M(s)),1)):W(``,!0)],8,wo)):W(``,!0)}}}),Ho=S.extend({name:`slider`,style:`
    .p-slider {
        display: block;
        position: relative;
        background: dt('slider.track.background');
        border-radius: dt('slider.track.border.radius');
    }

    .p-slider-handle {
        cursor: grab;
        touch-action: none;
        user-select: none;
        display: flex;
        justify-content: center;
        align-items: center;
        height: dt('slider.handle.height');
        width: dt('slider.handle.width');
        background: dt('slider.handle.background');
        border-radius: dt('slider.handle.border.radius');
        transition:
            background dt('slider.transition.duration'),
            color dt('slider.transition.duration'),
            border-color dt('slider.transition.duration'),
            box-shadow dt('slider.transition.duration'),
            outline-color dt('slider.transition.duration');
        outline-color: transparent;
    }

    .p-slider-handle::before {
        content: '';
        width: dt('slider.handle.content.width');
        height: dt('slider.handle.content.height');
        display: block;
        background: dt('slider.handle.content.background');
        border-radius: dt('slider.handle.content.border.radius');
        box-shadow: dt('slider.handle.content.shadow');
        transition: background dt('slider.transition.duration');
    }

    .p-slider:not(.p-disabled) .p-slider-handle:hover {
        background: dt('slider.handle.hover.background');
    }

    .p-slider:not(.p-disabled) .p-slider-handle:hover::before {
        background: dt('slider.handle.content.hover.background');
    }

    .p-slider-handle:focus-visible {
        box-shadow: dt('slider.handle.focus.ring.shadow');
        outline: dt('slider.handle.focus.ring.width') dt('slider.handle.focus.ring.style') dt('slider.handle.focus.ring.color');
        outline-offset: dt('slider.handle.focus.ring.offset');
    }

    .p-slider-range {
        display: block;
        background: dt('slider.range.background');
        border-radius: dt('slider.track.border.radius');
    }

    .p-slider.p-slider-horizontal {
        height: dt('slider.track.size');
    }

    .p-slider-horizontal .p-slider-range {
        inset-block-start: 0;
        inset-inline-start: 0;
        height: 100%;
    }

    .p-slider-horizontal .p-slider-handle {
        inset-block-start: 50%;
        margin-block-start: calc(-1 * calc(dt('slider.handle.height') / 2));
        margin-inline-start: calc(-1 * calc(dt('slider.handle.width') / 2));
    }

    .p-slider-vertical {
        min-height: 100px;
        width: dt('slider.track.size');
    }

    .p-slider-vertical .p-slider-handle {
        inset-inline-start: 50%;
        margin-inline-start: calc(-1 * calc(dt('slider.handle.width') / 2));
        margin-block-end: calc(-1 * calc(dt('slider.handle.height') / 2));
    }

    .p-slider-vertical .p-slider-range {
        inset-block-end: 0;
        inset-inline-start: 0;
        width: 100%;
    }
`,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-slider p-component`,{"p-disabled":n.disabled,"p-invalid":t.$invalid,"p-slider-horizontal":n.orientation===`horizontal`,"p-slider-vertical":n.orientation===`vertical`}]},range:`p-slider-range`,handle:`p-slider-handle`},inlineStyles:{handle:{position:`absolute`},range:{position:`absolute`}}}),Uo={name:`BaseSlider`,extends:ha,props:{min:{type:Number,default:0},max:{type:Number,default:100},orientation:{type:String,default:`horizontal`},step:{type:Number,default:null},range:{type:Boolean,default:!1},tabindex:{type:Number,default:0},ariaLabelledby:{type:String,default:null},ariaLabel:{type:String,default:null}},style:Ho,provide:function(){return{$pcSlider:this,$parentInstance:this}}};function Wo(e){"@babel/helpers - typeof";return Wo=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Wo(e)}function Go(e,t,n){return(t=Ko(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Ko(e){var t=qo(e,`string`);return Wo(t)==`symbol`?t:t+``}function qo(e,t){if(Wo(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Wo(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function Jo(e){return Qo(e)||Zo(e)||Xo(e)||Yo()}function Yo(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Xo(e,t){if(e){if(typeof e==`string`)return $o(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?$o(e,t):void 0}}function Zo(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Qo(e){if(Array.isArray(e))return $o(e)}function $o(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}var es={name:`Slider`,extends:Uo,inheritAttrs:!1,emits:[`change`,`slideend`],dragging:!1,handleIndex:null,initX:null,initY:null,barWidth:null,barHeight:null,dragListener:null,dragEndListener:null,beforeUnmount:function(){this.unbindDragListeners()},methods:{updateDomData:function(){var e=this.$el.getBoundingClientRect();this.initX=e.left+_e(),this.initY=e.top+i(),this.barWidth=this.$el.offsetWidth,this.barHeight=this.$el.offsetHeight},setValue:function(e){var t,n=e.touches?e.touches[0].pageX:e.pageX,r=e.touches?e.touches[0].pageY:e.pageY;t=this.orientation===`horizontal`?d(this.$el)?(this.initX+this.barWidth-n)*100/this.barWidth:(n-this.initX)*100/this.barWidth:(this.initY+this.barHeight-r)*100/this.barHeight;var i=(this.max-this.min)*(t/100)+this.min;if(this.step){var a=this.range?this.value[this.handleIndex]:this.value,o=i-a;o<0?i=a+Math.ceil(i/this.step-a/this.step)*this.step:o>0&&(i=a+Math.floor(i/this.step-a/this.step)*this.step)}else i=Math.floor(i);this.updateModel(e,i)},updateModel:function(e,t){var n=Math.round(t*100)/100,r;this.range?(r=this.value?Jo(this.value):[],this.handleIndex==0?(n<this.min?n=this.min:n>=this.max&&(n=this.max),r[0]=n):(n>this.max?n=this.max:n<=this.min&&(n=this.min),r[1]=n)):(n<this.min?n=this.min:n>this.max&&(n=this.max),r=n),this.writeValue(r,e),this.$emit(`change`,r)},onDragStart:function(e,t){this.disabled||(this.$el.setAttribute(`data-p-sliding`,!0),this.dragging=!0,this.updateDomData(),this.handleIndex=this.range&&this.value[0]===this.max?0:t,e.currentTarget.focus())},onDrag:function(e){this.dragging&&this.setValue(e)},onDragEnd:function(e){this.dragging&&(this.dragging=!1,this.$el.setAttribute(`data-p-sliding`,!1),this.$emit(`slideend`,{originalEvent:e,value:this.value}))},onBarClick:function(e){this.disabled||Ne(e.target,`data-pc-section`)!==`handle`&&(this.updateDomData(),this.setValue(e))},onMouseDown:function(e,t){this.bindDragListeners(),this.onDragStart(e,t)},onKeyDown:function(e,t){switch(this.handleIndex=t,e.code){case`ArrowDown`:case`ArrowLeft`:this.decrementValue(e,t),e.preventDefault();break;case`ArrowUp`:case`ArrowRight`:this.incrementValue(e,t),e.preventDefault();break;case`PageDown`:this.decrementValue(e,t,!0),e.preventDefault();break;case`PageUp`:this.incrementValue(e,t,!0),e.preventDefault();break;case`Home`:this.updateModel(e,this.min),e.preventDefault();break;case`End`:this.updateModel(e,this.max),e.preventDefault()}},onBlur:function(e,t){var n,r;(n=(r=this.formField).onBlur)==null||n.call(r,e)},decrementValue:function(e,t){var n=arguments.length>2&&arguments[2]!==void 0&&arguments[2],r=this.range?this.step?this.value[t]-this.step:this.value[t]-1:this.step?this.value-this.step:!this.step&&n?this.value-10:this.value-1;this.updateModel(e,r),e.preventDefault()},incrementValue:function(e,t){var n=arguments.length>2&&arguments[2]!==void 0&&arguments[2],r=this.range?this.step?this.value[t]+this.step:this.value[t]+1:this.step?this.value+this.step:!this.step&&n?this.value+10:this.value+1;this.updateModel(e,r),e.preventDefault()},bindDragListeners:function(){this.dragListener||(this.dragListener=this.onDrag.bind(this),document.addEventListener(`mousemove`,this.dragListener)),this.dragEndListener||(this.dragEndListener=this.onDragEnd.bind(this),document.addEventListener(`mouseup`,this.dragEndListener))},unbindDragListeners:function(){this.dragListener&&=(document.removeEventListener(`mousemove`,this.dragListener),null),this.dragEndListener&&=(document.removeEventListener(`mouseup`,this.dragEndListener),null)},rangeStyle:function(){if(this.range){var e=this.rangeEndPosition>this.rangeStartPosition?this.rangeEndPosition-this.rangeStartPosition:this.rangeStartPosition-this.rangeEndPosition,t=this.rangeEndPosition>this.rangeStartPosition?this.rangeStartPosition:this.rangeEndPosition;return this.horizontal?{"inset-inline-start":t+`%`,width:e+`%`}:{bottom:t+`%`,height:e+`%`}}return this.horizontal?{width:this.handlePosition+`%`}:{height:this.handlePosition+`%`}},handleStyle:function(){return this.horizontal?{"inset-inline-start":this.handlePosition+`%`}:{bottom:this.handlePosition+`%`}},rangeStartHandleStyle:function(){return this.horizontal?{"inset-inline-start":this.rangeStartPosition+`%`}:{bottom:this.rangeStartPosition+`%`}},rangeEndHandleStyle:function(){return this.horizontal?{"inset-inline-start":this.rangeEndPosition+`%`}:{bottom:this.rangeEndPosition+`%`}}},computed:{value:function(){return this.range?[this.d_value?.[0]??this.min,this.d_value?.[1]??this.max]:this.d_value??this.min},horizontal:function(){return this.orientation===`horizontal`},vertical:function(){return this.orientation===`vertical`},handlePosition:function(){return this.value<this.min?0:this.value>this.max?100:(this.value-this.min)*100/(this.max-this.min)},rangeStartPosition:function(){return this.value&&this.value[0]!==void 0?this.value[0]<this.min?0:(this.value[0]-this.min)*100/(this.max-this.min):0},rangeEndPosition:function(){return this.value&&this.value.length===2&&this.value[1]!==void 0?this.value[1]>this.max?100:(this.value[1]-this.min)*100/(this.max-this.min):100},dataP:function(){return J(Go({},this.orientation,this.orientation))}}},ts=[`data-p`],ns=[`data-p`],rs=[`tabindex`,`aria-valuemin`,`aria-valuenow`,`aria-valuemax`,`aria-labelledby`,`aria-label`,`aria-orientation`,`data-p`],is=[`tabindex`,`aria-valuemin`,`aria-valuenow`,`aria-valuemax`,`aria-labelledby`,`aria-label`,`aria-orientation`,`data-p`],as=[`tabindex`,`aria-valuemin`,`aria-valuenow`,`aria-valuemax`,`aria-labelledby`,`aria-label`,`aria-orientation`,`data-p`];function os(e,t,n,r,i,a){return q(),I(`div`,R({class:e.cx(`root`),onClick:t[18]||=function(){return a.onBarClick&&a.onBarClick.apply(a,arguments)}},e.ptmi(`root`),{"data-p-sliding":!1,"data-p":a.dataP}),[F(`span`,R({class:e.cx(`range`),style:[e.sx(`range`),a.rangeStyle()]},e.ptm(`range`),{"data-p":a.dataP}),null,16,ns),e.range?W(``,!0):(q(),I(`span`,R({key:0,class:e.cx(`handle`),style:[e.sx(`handle`),a.handleStyle()],onTouchstartPassive:t[0]||=function(e){return a.onDragStart(e)},onTouchmovePassive:t[1]||=function(e){return a.onDrag(e)},onTouchend:t[2]||=function(e){return a.onDragEnd(e)},onMousedown:t[3]||=function(e){return a.onMouseDown(e)},onKeydown:t[4]||=function(e){return a.onKeyDown(e)},onBlur:t[5]||=function(e){return a.onBlur(e)},tabindex:e.tabindex,role:`slider`,"aria-valuemin":e.min,"aria-valuenow":e.d_value,"aria-valuemax":e.max,"aria-labelledby":e.ariaLabelledby,"aria-label":e.ariaLabel,"aria-orientation":e.orientation},e.ptm(`handle`),{"data-p":a.dataP}),null,16,rs)),e.range?(q(),I(`span`,R({key:1,class:e.cx(`handle`),style:[e.sx(`handle`),a.rangeStartHandleStyle()],onTouchstartPassive:t[6]||=function(e){return a.onDragStart(e,0)},onTouchmovePassive:t[7]||=function(e){return a.onDrag(e)},onTouchend:t[8]||=function(e){return a.onDragEnd(e)},onMousedown:t[9]||=function(e){return a.onMouseDown(e,0)},onKeydown:t[10]||=function(e){return a.onKeyDown(e,0)},onBlur:t[11]||=function(e){return a.onBlur(e,0)},tabindex:e.tabindex,role:`slider`,"aria-valuemin":e.min,"aria-valuenow":e.d_value?e.d_value[0]:null,"aria-valuemax":e.max,"aria-labelledby":e.ariaLabelledby,"aria-label":e.ariaLabel,"aria-orientation":e.orientation},e.ptm(`startHandler`),{"data-p":a.dataP}),null,16,is)):W(``,!0),e.range?(q(),I(`span`,R({key:2,class:e.cx(`handle`),style:[e.sx(`handle`),a.rangeEndHandleStyle()],onTouchstartPassive:t[12]||=function(e){return a.onDragStart(e,1)},onTouchmovePassive:t[13]||=function(e){return a.onDrag(e)},onTouchend:t[14]||=function(e){return a.onDragEnd(e)},onMousedown:t[15]||=function(e){return a.onMouseDown(e,1)},onKeydown:t[16]||=function(e){return a.onKeyDown(e,1)},onBlur:t[17]||=function(e){return a.onBlur(e,1)},tabindex:e.tabindex,role:`slider`,"aria-valuemin":e.min,"aria-valuenow":e.d_value?e.d_value[1]:null,"aria-valuemax":e.max,"aria-labelledby":e.ariaLabelledby,"aria-label":e.ariaLabel,"aria-orientation":e.orientation},e.ptm(`endHandler`),{"data-p":a.dataP}),null,16,as)):W(``,!0)],16,ts)}es.render=os;var ss=[`aria-label`,`data-after`],cs={class:`lv-row`},ls={class:`lv-tl-facts`},us={id:`lv-tl-join-mode-label`,class:`lv-label`},ds={class:`lv-label`},fs=[`aria-label`],ps={class:`lv-check`},ms=[`checked`],hs={class:`lv-check`},gs=[`checked`],_s={key:0,class:`lv-row`},vs=[`max`,`value`,`aria-label`],ys={class:`lv-muted`},bs={key:1,class:`lv-error`},xs=mt({__name:`TimelineJoinEditor`,props:{job:{},join:{}},emits:[`close`],setup(e,{emit:t}){let{t:n}=kt(),r=t,i=Ai(),{busy:a,error:o,run:s}=Nt(),c=z(()=>{let t=e.job.parameters.seam?.joins?.[String(e.join.after)];return t?t.mode===`motion`?`motion${t.frames??e.job.parameters.seam?.motion_frames??5}`:t.mode:`default`}),l=z(()=>[{value:`default`,label:n(`joinEditor.jobDefault`,{mode:e.job.parameters.seam?.mode??`frame`})},{value:`frame`,label:n(`seams.lastFrame`)},{value:`motion5`,label:n(`seams.motionFrames`,{n:5})},{value:`motion9`,label:n(`seams.motionFrames`,{n:9})},{value:`svi`,label:`SVI 2.0 Pro`}]),u=z(()=>(e.job.segments.find(t=>t.idx===e.join.next)?.status??`planned`)!==`planned`),d=A(e.join.crossfade);O(()=>e.join.crossfade,e=>d.value=e);let f=z(()=>e.join.crossfade>0||e.job.segments.filter(e=>e.status===`done`).some(t=>t.idx===e.join.next));function p(t){let[n,r]=t.startsWith(`motion`)?[`motion`,Number(t.slice(6))]:[t==="default"?null:t,void 0];return s(`mode`,()=>i.setJoinMode(e.job,e.join.after,n,r===5||r===9?r:void 0))}function m(t,n=!1){let r=Math.max(0,Math.min(240,Math.round(Number.isFinite(t)?t:0)));d.value=r,r!==e.join.crossfade&&i.setCrossfade(e.job.id,e.join.after,r,n)}return(t,i)=>{let s=Re(`tooltip`);return q(),I(`section`,{class:`lv-tl-inspector`,"aria-label":M(n)(`finalize.joinAfter`,{n:e.join.after+1}),"data-testid":`timeline-join-editor`,"data-after":e.join.after},[F(`header`,cs,[F(`b`,null,N(M(n)(`timeline.join.name`,{from:e.join.after+1,to:e.join.next+1})),1),i[8]||=F(`span`,{class:`lv-tl-spacer`},null,-1),V(L(B,{icon:`pi pi-times`,text:``,size:`small`,"aria-label":M(n)(`timeline.close`),onClick:i[0]||=e=>r(`close`)},null,8,[`aria-label`]),[[s,M(n)(`timeline.close`),void 0,{bottom:!0}]])]),F(`dl`,ls,[F(`dt`,null,N(M(n)(`joinEditor.seamMeter`)),1),F(`dd`,{class:k({"lv-warn-text":e.join.seamWarning})},N(e.join.seam===null?M(n)(`joinEditor.notMeasured`):M(Ct)(e.join.seam,1)),3),F(`dt`,null,N(M(n)(`joinEditor.driftBefore`)),1),F(`dd`,{class:k({"lv-warn-text":e.join.driftWarning})},N(e.join.drift===null?M(n)(`joinEditor.notMeasured`):`ΔE ${M(Ct)(e.join.drift,1)}`),3),F(`dt`,null,N(M(n)(`joinEditor.carried`)),1),F(`dd`,null,N(e.join.carry),1)]),F(`label`,us,N(u.value?M(n)(`joinEditor.handOffRan`,{n:e.join.next+1}):M(n)(`joinEditor.handOff`)),1),L(M(Ba),{"aria-labelledby":`lv-tl-join-mode-label`,"model-value":c.value,options:l.value,"option-label":`label`,"option-value":`value`,disabled:M(a)===`mode`,"data-testid":`join-mode`,"onUpdate:modelValue":i[1]||=e=>p(e)},null,8,[`model-value`,`options`,`disabled`]),f.value?(q(),I(H,{key:0},[F(`span`,ds,N(M(n)(`joinEditor.inFinal`)),1),F(`div`,{class:`lv-row`,role:`radiogroup`,"aria-label":M(n)(`joinEditor.cutOrFade`)},[F(`label`,ps,[F(`input`,{type:`radio`,checked:d.value===0,"data-testid":`join-cut`,onChange:i[2]||=e=>m(0)},null,40,ms),G(` `+N(M(n)(`finalize.cut`)),1)]),F(`label`,hs,[F(`input`,{type:`radio`,checked:d.value>0,"data-testid":`join-crossfade`,onChange:i[3]||=e=>m(M(8))},null,40,gs),G(` `+N(M(n)(`finalize.crossfade`)),1)])],8,fs),d.value>0?(q(),I(`div`,_s,[L(M(es),{"model-value":d.value,min:1,max:Math.min(M(240),48),"aria-label":M(n)(`joinEditor.fadeFrames`),"data-testid":`join-fade-slider`,"onUpdate:modelValue":i[4]||=e=>d.value=Array.isArray(e)?e[0]??d.value:e,onSlideend:i[5]||=e=>m(d.value,!0),onKeyup:i[6]||=e=>m(d.value,!0)},null,8,[`model-value`,`max`,`aria-label`]),F(`input`,{class:`lv-input lv-num--short`,type:`number`,min:`1`,max:M(240),value:d.value,"aria-label":M(n)(`joinEditor.fadeFrames`),"data-testid":`join-fade`,onChange:i[7]||=e=>m(Number(e.target.value))},null,40,vs),F(`small`,ys,N(M(n)(`finalize.frames`)),1)])):W(``,!0)],64)):W(``,!0),M(o)?(q(),I(`small`,bs,N(M(o)),1)):W(``,!0)],8,ss)}}}),Ss=S.extend({name:`contextmenu`,style:`
    .p-contextmenu {
        background: dt('contextmenu.background');
        color: dt('contextmenu.color');
        border: 1px solid dt('contextmenu.border.color');
        border-radius: dt('contextmenu.border.radius');
        box-shadow: dt('contextmenu.shadow');
        min-width: 12.5rem;
    }

    .p-contextmenu-root-list,
    .p-contextmenu-submenu {
        margin: 0;
        padding: dt('contextmenu.list.padding');
        list-style: none;
        outline: 0 none;
        display: flex;
        flex-direction: column;
        gap: dt('contextmenu.list.gap');
    }

    .p-contextmenu-submenu {
        position: absolute;
        display: flex;
        flex-direction: column;
        min-width: 100%;
        z-index: 1;
        background: dt('contextmenu.background');
        color: dt('contextmenu.color');
        border: 1px solid dt('contextmenu.border.color');
        border-radius: dt('contextmenu.border.radius');
        box-shadow: dt('contextmenu.shadow');
    }

    .p-contextmenu-item {
        position: relative;
    }

    .p-contextmenu-item-content {
        transition:
            background dt('contextmenu.transition.duration'),
            color dt('contextmenu.transition.duration');
        border-radius: dt('contextmenu.item.border.radius');
        color: dt('contextmenu.item.color');
    }

    .p-contextmenu-item-link {
        cursor: pointer;
        display: flex;
        align-items: center;
        text-decoration: none;
        overflow: hidden;
        position: relative;
        color: inherit;
        padding: dt('contextmenu.item.padding');
        gap: dt('contextmenu.item.gap');
        user-select: none;
    }

    .p-contextmenu-item-label {
        line-height: 1;
    }

    .p-contextmenu-item-icon {
        color: dt('contextmenu.item.icon.color');
    }

    .p-contextmenu-submenu-icon {
        color: dt('contextmenu.submenu.icon.color');
        margin-left: auto;
        font-size: dt('contextmenu.submenu.icon.size');
        width: dt('contextmenu.submenu.icon.size');
        height: dt('contextmenu.submenu.icon.size');
    }

    .p-contextmenu-submenu-icon:dir(rtl) {
        margin-left: 0;
        margin-right: auto;
    }

    .p-contextmenu-item.p-focus > .p-contextmenu-item-content {
        color: dt('contextmenu.item.focus.color');
        background: dt('contextmenu.item.focus.background');
    }

    .p-contextmenu-item.p-focus > .p-contextmenu-item-content .p-contextmenu-item-icon {
        color: dt('contextmenu.item.icon.focus.color');
    }

    .p-contextmenu-item.p-focus > .p-contextmenu-item-content .p-contextmenu-submenu-icon {
        color: dt('contextmenu.submenu.icon.focus.color');
    }

    .p-contextmenu-item:not(.p-disabled) > .p-contextmenu-item-content:hover {
        color: dt('contextmenu.item.focus.color');
        background: dt('contextmenu.item.focus.background');
    }

    .p-contextmenu-item:not(.p-disabled) > .p-contextmenu-item-content:hover .p-contextmenu-item-icon {
        color: dt('contextmenu.item.icon.focus.color');
    }

    .p-contextmenu-item:not(.p-disabled) > .p-contextmenu-item-content:hover .p-contextmenu-submenu-icon {
        color: dt('contextmenu.submenu.icon.focus.color');
    }

    .p-contextmenu-item-active > .p-contextmenu-item-content {
        color: dt('contextmenu.item.active.color');
        background: dt('contextmenu.item.active.background');
    }

    .p-contextmenu-item-active > .p-contextmenu-item-content .p-contextmenu-item-icon {
        color: dt('contextmenu.item.icon.active.color');
    }

    .p-contextmenu-item-active > .p-contextmenu-item-content .p-contextmenu-submenu-icon {
        color: dt('contextmenu.submenu.icon.active.color');
    }

    .p-contextmenu-separator {
        border-block-start: 1px solid dt('contextmenu.separator.border.color');
    }

    .p-contextmenu-mobile .p-contextmenu-submenu {
        position: static;
        box-shadow: none;
        border: 0 none;
        padding-inline-start: dt('tieredmenu.submenu.mobile.indent');
        padding-inline-end: 0;
    }

    .p-contextmenu-mobile .p-contextmenu-submenu-icon {
        transition: transform 0.2s;
        transform: rotate(90deg);
    }

    .p-contextmenu-mobile .p-contextmenu-item-active > .p-contextmenu-item-content .p-contextmenu-submenu-icon {
        transform: rotate(-90deg);
    }
`,classes:{root:function(e){return[`p-contextmenu p-component`,{"p-contextmenu-mobile":e.instance.queryMatches}]},rootList:`p-contextmenu-root-list`,item:function(e){var t=e.instance,n=e.processedItem;return[`p-contextmenu-item`,{"p-contextmenu-item-active":t.isItemActive(n),"p-focus":t.isItemFocused(n),"p-disabled":t.isItemDisabled(n)}]},itemContent:`p-contextmenu-item-content`,itemLink:`p-contextmenu-item-link`,itemIcon:`p-contextmenu-item-icon`,itemLabel:`p-contextmenu-item-label`,submenuIcon:`p-contextmenu-submenu-icon`,submenu:`p-contextmenu-submenu`,separator:`p-contextmenu-separator`}}),Cs={name:`AngleRightIcon`,extends:Se};function ws(e){return Os(e)||Ds(e)||Es(e)||Ts()}function Ts(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Es(e,t){if(e){if(typeof e==`string`)return ks(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?ks(e,t):void 0}}function Ds(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Os(e){if(Array.isArray(e))return ks(e)}function ks(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function As(e,t,n,r,i,a){return q(),I(`svg`,R({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),ws(t[0]||=[F(`path`,{d:`M5.25 11.1728C5.14929 11.1694 5.05033 11.1455 4.9592 11.1025C4.86806 11.0595 4.78666 10.9984 4.72 10.9228C4.57955 10.7822 4.50066 10.5916 4.50066 10.3928C4.50066 10.1941 4.57955 10.0035 4.72 9.86283L7.72 6.86283L4.72 3.86283C4.66067 3.71882 4.64765 3.55991 4.68275 3.40816C4.71785 3.25642 4.79932 3.11936 4.91585 3.01602C5.03238 2.91268 5.17819 2.84819 5.33305 2.83149C5.4879 2.81479 5.64411 2.84671 5.78 2.92283L9.28 6.42283C9.42045 6.56346 9.49934 6.75408 9.49934 6.95283C9.49934 7.15158 9.42045 7.34221 9.28 7.48283L5.78 10.9228C5.71333 10.9984 5.63193 11.0595 5.5408 11.1025C5.44966 11.1455 5.35071 11.1694 5.25 11.1728Z`,fill:`currentColor`},null,-1)]),16)}Cs.render=As;var js={name:`BaseContextMenu`,extends:E,props:{model:{type:Array,default:null},appendTo:{type:[String,Object],default:`body`},autoZIndex:{type:Boolean,default:!0},baseZIndex:{type:Number,default:0},global:{type:Boolean,default:!1},breakpoint:{type:String,default:`960px`},tabindex:{type:Number,default:0},ariaLabelledby:{type:String,default:null},ariaLabel:{type:String,default:null}},style:Ss,provide:function(){return{$pcContextMenu:this,$parentInstance:this}}},Ms={name:`ContextMenuSub`,hostName:`ContextMenu`,extends:E,emits:[`item-click`,`item-mouseenter`,`item-mousemove`],props:{items:{type:Array,default:null},menuId:{type:String,default:null},focusedItemId:{type:String,default:null},root:{type:Boolean,default:!1},visible:{type:Boolean,default:!1},level:{type:Number,default:0},templates:{type:Object,default:null},activeItemPath:{type:Object,default:null},tabindex:{type:Number,default:0}},methods:{getItemId:function(e){return`${this.menuId}_${e.key}`},getItemKey:function(e){return this.getItemId(e)},getItemProp:function(e,t,n){return e&&e.item?r(e.item[t],n):void 0},getItemLabel:function(e){return this.getItemProp(e,`label`)},getItemLabelId:function(e){return`${this.menuId}_${e.key}_label`},getPTOptions:function(e,t,n){return this.ptm(e,{context:{item:t.item,active:this.isItemActive(t),focused:this.isItemFocused(t),disabled:this.isItemDisabled(t),index:n}})},isItemActive:function(e){return this.activeItemPath.some(function(t){return t.key===e.key})},isItemVisible:function(e){return this.getItemProp(e,`visible`)!==!1},isItemDisabled:function(e){return this.getItemProp(e,`disabled`)},isItemFocused:function(e){return this.focusedItemId===this.getItemId(e)},isItemGroup:function(e){return a(e.items)},onItemClick:function(e,t){this.getItemProp(t,`command`,{originalEvent:e,item:t.item}),this.$emit(`item-click`,{originalEvent:e,processedItem:t,isFocus:!0})},onItemMouseEnter:function(e,t){this.$emit(`item-mouseenter`,{originalEvent:e,processedItem:t})},onItemMouseMove:function(e,t){this.$emit(`item-mousemove`,{originalEvent:e,processedItem:t,isFocus:!0})},getAriaSetSize:function(){var e=this;return this.items.filter(function(t){return e.isItemVisible(t)&&!e.getItemProp(t,`separator`)}).length},getAriaPosInset:function(e){var t=this;return e-this.items.slice(0,e).filter(function(e){return t.isItemVisible(e)&&t.getItemProp(e,`separator`)}).length+1},onEnter:function(){se(this.$refs.container,this.level)},getMenuItemProps:function(e,t){return{action:R({class:this.cx(`itemLink`),tabindex:-1},this.getPTOptions(`itemLink`,e,t)),icon:R({class:[this.cx(`itemIcon`),this.getItemProp(e,`icon`)]},this.getPTOptions(`itemIcon`,e,t)),label:R({class:this.cx(`itemLabel`)},this.getPTOptions(`itemLabel`,e,t)),submenuicon:R({class:this.cx(`submenuIcon`)},this.getPTOptions(`submenuicon`,e,t))}}},components:{AngleRightIcon:Cs},directives:{ripple:Or}},Ns=[`tabindex`],Ps=[`id`,`aria-label`,`aria-disabled`,`aria-expanded`,`aria-haspopup`,`aria-level`,`aria-setsize`,`aria-posinset`,`data-p-active`,`data-p-focused`,`data-p-disabled`],Fs=[`onClick`,`onMouseenter`,`onMousemove`],Is=[`href`,`target`],Ls=[`id`],Rs=[`id`];function zs(e,t,n,r,i,a){var o=P(`AngleRightIcon`),s=P(`ContextMenuSub`,!0),c=Re(`ripple`);return q(),U(ct,R({name:`p-anchored-overlay`,onEnter:a.onEnter},e.ptm(`menu.transition`)),{default:j(function(){return[n.root||n.visible?(q(),I(`ul`,R({key:0,ref:`container`,tabindex:n.tabindex},e.ptm(`rootList`)),[(q(!0),I(H,null,dt(n.items,function(r,i){return q(),I(H,{key:a.getItemKey(r)},[a.isItemVisible(r)&&!a.getItemProp(r,`separator`)?(q(),I(`li`,R({key:0,id:a.getItemId(r),style:a.getItemProp(r,`style`),class:[e.cx(`item`,{processedItem:r}),a.getItemProp(r,`class`)],role:`menuitem`,"aria-label":a.getItemLabel(r),"aria-disabled":a.isItemDisabled(r)||void 0,"aria-expanded":a.isItemGroup(r)?a.isItemActive(r):void 0,"aria-haspopup":a.isItemGroup(r)&&!a.getItemProp(r,`to`)?`menu`:void 0,"aria-level":n.level+1,"aria-setsize":a.getAriaSetSize(),"aria-posinset":a.getAriaPosInset(i)},{ref_for:!0},a.getPTOptions(`item`,r,i),{"data-p-active":a.isItemActive(r),"data-p-focused":a.isItemFocused(r),"data-p-disabled":a.isItemDisabled(r)}),[F(`div`,R({class:e.cx(`itemContent`),onClick:function(e){return a.onItemClick(e,r)},onMouseenter:function(e){return a.onItemMouseEnter(e,r)},onMousemove:function(e){return a.onItemMouseMove(e,r)}},{ref_for:!0},a.getPTOptions(`itemContent`,r,i)),[n.templates.item?(q(),U(jt(n.templates.item),{key:1,item:r.item,hasSubmenu:!!a.getItemProp(r,`items`),label:a.getItemLabel(r),props:a.getMenuItemProps(r,i)},null,8,[`item`,`hasSubmenu`,`label`,`props`])):V((q(),I(`a`,R({key:0,href:a.getItemProp(r,`url`),class:e.cx(`itemLink`),target:a.getItemProp(r,`target`),tabindex:`-1`},{ref_for:!0},a.getPTOptions(`itemLink`,r,i)),[n.templates.itemicon?(q(),U(jt(n.templates.itemicon),{key:0,item:r.item,class:k(e.cx(`itemIcon`))},null,8,[`item`,`class`])):a.getItemProp(r,`icon`)?(q(),I(`span`,R({key:1,class:[e.cx(`itemIcon`),a.getItemProp(r,`icon`)]},{ref_for:!0},a.getPTOptions(`itemIcon`,r,i)),null,16)):W(``,!0),F(`span`,R({id:a.getItemLabelId(r),class:e.cx(`itemLabel`)},{ref_for:!0},a.getPTOptions(`itemLabel`,r,i)),N(a.getItemLabel(r)),17,Ls),a.getItemProp(r,`items`)?(q(),I(H,{key:2},[n.templates.submenuicon?(q(),U(jt(n.templates.submenuicon),{key:0,active:a.isItemActive(r),class:k(e.cx(`submenuIcon`))},null,8,[`active`,`class`])):(q(),U(o,R({key:1,class:e.cx(`submenuIcon`)},{ref_for:!0},a.getPTOptions(`submenuicon`,r,i)),null,16,[`class`]))],64)):W(``,!0)],16,Is)),[[c]])],16,Fs),a.isItemVisible(r)&&a.isItemGroup(r)?(q(),U(s,R({key:0,id:a.getItemId(r)+`_list`,role:`menu`,class:e.cx(`submenu`),menuId:n.menuId,focusedItemId:n.focusedItemId,items:r.items,templates:n.templates,activeItemPath:n.activeItemPath,level:n.level+1,visible:a.isItemActive(r)&&a.isItemGroup(r),pt:e.pt,unstyled:e.unstyled,onItemClick:t[0]||=function(t){return e.$emit(`item-click`,t)},onItemMouseenter:t[1]||=function(t){return e.$emit(`item-mouseenter`,t)},onItemMousemove:t[2]||=function(t){return e.$emit(`item-mousemove`,t)},"aria-labelledby":a.getItemLabelId(r)},{ref_for:!0},e.ptm(`submenu`)),null,16,[`id`,`class`,`menuId`,`focusedItemId`,`items`,`templates`,`activeItemPath`,`level`,`visible`,`pt`,`unstyled`,`aria-labelledby`])):W(``,!0)],16,Ps)):W(``,!0),a.isItemVisible(r)&&a.getItemProp(r,`separator`)?(q(),I(`li`,R({key:1,id:a.getItemId(r),style:a.getItemProp(r,`style`),class:[e.cx(`separator`),a.getItemProp(r,`class`)],role:`separator`},{ref_for:!0},e.ptm(`separator`)),null,16,Rs)):W(``,!0)],64)}),128))],16,Ns)):W(``,!0)]}),_:1},16,[`onEnter`])}Ms.render=zs;var Bs={name:`ContextMenu`,extends:js,inheritAttrs:!1,emits:[`focus`,`blur`,`show`,`hide`,`before-show`,`before-hide`],target:null,outsideClickListener:null,resizeListener:null,documentContextMenuListener:null,matchMediaListener:null,pageX:null,pageY:null,container:null,list:null,data:function(){return{focused:!1,focusedItemInfo:{index:-1,level:0,parentKey:``},activeItemPath:[],visible:!1,submenuVisible:!1,query:null,queryMatches:!1}},watch:{activeItemPath:function(e){a(e)?(this.bindOutsideClickListener(),this.bindResizeListener()):this.visible||(this.unbindOutsideClickListener(),this.unbindResizeListener())}},mounted:function(){this.bindMatchMediaListener(),this.global&&this.bindDocumentContextMenuListener()},beforeUnmount:function(){this.unbindResizeListener(),this.unbindOutsideClickListener(),this.unbindDocumentContextMenuListener(),this.unbindMatchMediaListener(),this.container&&this.autoZIndex&&Y.clear(this.container),this.target=null,this.container=null},methods:{getItemProp:function(e,t){return e?r(e[t]):void 0},getItemLabel:function(e){return this.getItemProp(e,`label`)},isItemDisabled:function(e){return this.getItemProp(e,`disabled`)},isItemVisible:function(e){return this.getItemProp(e,`visible`)!==!1},isItemGroup:function(e){return a(this.getItemProp(e,`items`))},isItemSeparator:function(e){return this.getItemProp(e,`separator`)},getProccessedItemLabel:function(e){return e?this.getItemLabel(e.item):void 0},isProccessedItemGroup:function(e){return e&&a(e.items)},toggle:function(e){this.visible?this.hide():this.show(e)},show:function(e){this.$emit(`before-show`),this.activeItemPath=[],this.focusedItemInfo={index:-1,level:0,parentKey:``},x(this.list),this.pageX=e.pageX,this.pageY=e.pageY,this.visible?this.position():this.visible=!0,e.stopPropagation(),e.preventDefault()},hide:function(){this.$emit(`before-hide`),this.visible=!1,this.activeItemPath=[],this.focusedItemInfo={index:-1,level:0,parentKey:``}},onFocus:function(e){this.focused=!0,this.focusedItemInfo=this.focusedItemInfo.index===-1?{index:-1,level:0,parentKey:``}:this.focusedItemInfo,this.$emit(`focus`,e)},onBlur:function(e){this.focused=!1,this.focusedItemInfo={index:-1,level:0,parentKey:``},this.searchValue=``,this.$emit(`blur`,e)},onKeyDown:function(e){var t=e.metaKey||e.ctrlKey;switch(e.code){case`ArrowDown`:this.onArrowDownKey(e);break;case`ArrowUp`:this.onArrowUpKey(e);break;case`ArrowLeft`:this.onArrowLeftKey(e);break;case`ArrowRight`:this.onArrowRightKey(e);break;case`Home`:this.onHomeKey(e);break;case`End`:this.onEndKey(e);break;case`Space`:this.onSpaceKey(e);break;case`Enter`:case`NumpadEnter`:this.onEnterKey(e);break;case`Escape`:this.onEscapeKey(e);break;case`Tab`:this.onTabKey(e);break;case`PageDown`:case`PageUp`:case`Backspace`:case`ShiftLeft`:case`ShiftRight`:break;default:!t&&he(e.key)&&this.searchItems(e,e.key)}},onItemChange:function(e,t){var n=e.processedItem,r=e.isFocus;if(!y(n)){var i=n.index,o=n.key,s=n.level,c=n.parentKey,l=n.items,u=a(l),d=this.activeItemPath.filter(function(e){return e.parentKey!==c&&e.parentKey!==o});u&&(d.push(n),this.submenuVisible=!0),this.focusedItemInfo={index:i,level:s,parentKey:c},r&&x(this.list),t===`hover`&&this.queryMatches||(this.activeItemPath=d)}},onItemClick:function(e){var t=e.processedItem,n=this.isProccessedItemGroup(t);if(this.isSelected(t)){var r=t.index,i=t.key,a=t.level,o=t.parentKey;this.activeItemPath=this.activeItemPath.filter(function(e){return i!==e.key&&i.startsWith(e.key)}),this.focusedItemInfo={index:r,level:a,parentKey:o},x(this.list)}else n?this.onItemChange(e):this.hide()},onItemMouseEnter:function(e){this.onItemChange(e,`hover`)},onItemMouseMove:function(e){this.focused&&this.changeFocusedItemIndex(e,e.processedItem.index)},onArrowDownKey:function(e){var t=this.focusedItemInfo.index===-1?this.findFirstFocusedItemIndex():this.findNextItemIndex(this.focusedItemInfo.index);this.changeFocusedItemIndex(e,t),e.preventDefault()},onArrowUpKey:function(e){if(e.altKey){if(this.focusedItemInfo.index!==-1){var t=this.visibleItems[this.focusedItemInfo.index];!this.isProccessedItemGroup(t)&&this.onItemChange({originalEvent:e,processedItem:t})}this.popup&&this.hide(),e.preventDefault()}else{var n=this.focusedItemInfo.index===-1?this.findLastFocusedItemIndex():this.findPrevItemIndex(this.focusedItemInfo.index);this.changeFocusedItemIndex(e,n),e.preventDefault()}},onArrowLeftKey:function(e){var t=this,n=this.visibleItems[this.focusedItemInfo.index],r=this.activeItemPath.find(function(e){return e.key===n.parentKey});y(n.parent)||(this.focusedItemInfo={index:-1,parentKey:r?r.parentKey:``},this.searchValue=``,this.onArrowDownKey(e)),this.activeItemPath=this.activeItemPath.filter(function(e){return e.parentKey!==t.focusedItemInfo.parentKey}),e.preventDefault()},onArrowRightKey:function(e){var t=this.visibleItems[this.focusedItemInfo.index];this.isProccessedItemGroup(t)&&(this.onItemChange({originalEvent:e,processedItem:t}),this.focusedItemInfo={index:-1,parentKey:t.key},this.searchValue=``,this.onArrowDownKey(e)),e.preventDefault()},onHomeKey:function(e){this.changeFocusedItemIndex(e,this.findFirstItemIndex()),e.preventDefault()},onEndKey:function(e){this.changeFocusedItemIndex(e,this.findLastItemIndex()),e.preventDefault()},onEnterKey:function(e){if(this.focusedItemInfo.index!==-1){var t=Te(this.list,`li[id="${`${this.focusedItemIdx}`}"]`),n=t&&Te(t,`[data-pc-section="itemlink"]`);n?n.click():t&&t.click();var r=this.visibleItems[this.focusedItemInfo.index];!this.isProccessedItemGroup(r)&&(this.focusedItemInfo.index=this.findFirstFocusedItemIndex())}e.preventDefault()},onSpaceKey:function(e){this.onEnterKey(e)},onEscapeKey:function(e){this.hide(),!this.popup&&(this.focusedItemInfo.index=this.findFirstFocusedItemIndex()),e.preventDefault()},onTabKey:function(e){if(this.focusedItemInfo.index!==-1){var t=this.visibleItems[this.focusedItemInfo.index];!this.isProccessedItemGroup(t)&&this.onItemChange({originalEvent:e,processedItem:t})}this.hide()},onEnter:function(e){c(e,{position:`absolute`}),this.position(),this.autoZIndex&&Y.set(`menu`,e,this.baseZIndex||this.$primevue.config.zIndex.menu)},onAfterEnter:function(){this.bindOutsideClickListener(),this.bindResizeListener(),this.$emit(`show`),x(this.list)},onLeave:function(){this.$emit(`hide`),this.container=null},onAfterLeave:function(e){this.autoZIndex&&Y.clear(e),this.unbindOutsideClickListener(),this.unbindResizeListener()},position:function(){var e=this.pageX+1,t=this.pageY+1,n=this.container.offsetParent?this.container.offsetWidth:o(this.container),r=this.container.offsetParent?this.container.offsetHeight:p(this.container),i=le(),a=window.scrollY||document.documentElement.scrollTop||document.body.scrollTop||0,s=window.scrollX||document.documentElement.scrollLeft||document.body.scrollLeft||0;e+n-s>i.width&&(e-=n),t+r-a>i.height&&(t-=r),e<s&&(e=s),t<a&&(t=a),this.container.style.left=e+`px`,this.container.style.top=t+`px`},bindOutsideClickListener:function(){var e=this;this.outsideClickListener||(this.outsideClickListener=function(t){var n=e.container&&!e.container.contains(t.target),r=!e.visible||!e.target||e.target!==t.target&&!e.target.contains(t.target);n&&r&&e.hide()},document.addEventListener(`click`,this.outsideClickListener,!0))},unbindOutsideClickListener:function(){this.outsideClickListener&&=(document.removeEventListener(`click`,this.outsideClickListener,!0),null)},bindResizeListener:function(){var e=this;this.resizeListener||(this.resizeListener=function(){e.visible&&!u()&&e.hide()},window.addEventListener(`resize`,this.resizeListener))},unbindResizeListener:function(){this.resizeListener&&=(window.removeEventListener(`resize`,this.resizeListener),null)},bindDocumentContextMenuListener:function(){var e=this;this.documentContextMenuListener||(this.documentContextMenuListener=function(t){t.button===2&&e.show(t)},document.addEventListener(`contextmenu`,this.documentContextMenuListener))},unbindDocumentContextMenuListener:function(){this.documentContextMenuListener&&=(document.removeEventListener(`contextmenu`,this.documentContextMenuListener),null)},bindMatchMediaListener:function(){var e=this;if(!this.matchMediaListener){var t=matchMedia(`(max-width: ${this.breakpoint})`);this.query=t,this.queryMatches=t.matches,this.matchMediaListener=function(){e.queryMatches=t.matches},this.query.addEventListener(`change`,this.matchMediaListener)}},unbindMatchMediaListener:function(){this.matchMediaListener&&=(this.query.removeEventListener(`change`,this.matchMediaListener),null)},isItemMatched:function(e){return this.isValidItem(e)&&this.getProccessedItemLabel(e)?.toLocaleLowerCase().startsWith(this.searchValue.toLocaleLowerCase())},isValidItem:function(e){return!!e&&!this.isItemDisabled(e.item)&&!this.isItemSeparator(e.item)&&this.isItemVisible(e.item)},isValidSelectedItem:function(e){return this.isValidItem(e)&&this.isSelected(e)},isSelected:function(e){return this.activeItemPath.some(function(t){return t.key===e.key})},findFirstItemIndex:function(){var e=this;return this.visibleItems.findIndex(function(t){return e.isValidItem(t)})},findLastItemIndex:function(){var e=this;return de(this.visibleItems,function(t){return e.isValidItem(t)})},findNextItemIndex:function(e){var t=this,n=e<this.visibleItems.length-1?this.visibleItems.slice(e+1).findIndex(function(e){return t.isValidItem(e)}):-1;return n>-1?n+e+1:e},findPrevItemIndex:function(e){var t=this,n=e>0?de(this.visibleItems.slice(0,e),function(e){return t.isValidItem(e)}):-1;return n>-1?n:e},findSelectedItemIndex:function(){var e=this;return this.visibleItems.findIndex(function(t){return e.isValidSelectedItem(t)})},findFirstFocusedItemIndex:function(){var e=this.findSelectedItemIndex();return e<0?this.findFirstItemIndex():e},findLastFocusedItemIndex:function(){var e=this.findSelectedItemIndex();return e<0?this.findLastItemIndex():e},searchItems:function(e,t){var n=this;this.searchValue=(this.searchValue||``)+t;var r=-1,i=!1;return this.focusedItemInfo.index===-1?r=this.visibleItems.findIndex(function(e){return n.isItemMatched(e)}):(r=this.visibleItems.slice(this.focusedItemInfo.index).findIndex(function(e){return n.isItemMatched(e)}),r=r===-1?this.visibleItems.slice(0,this.focusedItemInfo.index).findIndex(function(e){return n.isItemMatched(e)}):r+this.focusedItemInfo.index),r!==-1&&(i=!0),r===-1&&this.focusedItemInfo.index===-1&&(r=this.findFirstFocusedItemIndex()),r!==-1&&this.changeFocusedItemIndex(e,r),this.searchTimeout&&clearTimeout(this.searchTimeout),this.searchTimeout=setTimeout(function(){n.searchValue=``,n.searchTimeout=null},500),i},changeFocusedItemIndex:function(e,t){this.focusedItemInfo.index!==t&&(this.focusedItemInfo.index=t,this.scrollInView())},scrollInView:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:-1,t=e===-1?this.focusedItemIdx:`${this.$id}_${e}`,n=Te(this.list,`li[id="${t}"]`);n&&n.scrollIntoView&&n.scrollIntoView({block:`nearest`,inline:`start`})},createProcessedItems:function(e){var t=this,n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:0,r=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{},i=arguments.length>3&&arguments[3]!==void 0?arguments[3]:``,a=[];return e&&e.forEach(function(e,o){var s=(i===``?``:i+`_`)+o,c={item:e,index:o,level:n,key:s,parent:r,parentKey:i};c.items=t.createProcessedItems(e.items,n+1,c,s),a.push(c)}),a},containerRef:function(e){this.container=e},listRef:function(e){this.list=e?e.$el:void 0}},computed:{processedItems:function(){return this.createProcessedItems(this.model||[])},visibleItems:function(){var e=this,t=this.activeItemPath.find(function(t){return t.key===e.focusedItemInfo.parentKey});return t?t.items:this.processedItems},focusedItemIdx:function(){return this.focusedItemInfo.index===-1?null:`${this.$id}${a(this.focusedItemInfo.parentKey)?`_`+this.focusedItemInfo.parentKey:``}_${this.focusedItemInfo.index}`}},components:{ContextMenuSub:Ms,Portal:Qr}};function Vs(e,t,n,r,i,a){var o=P(`ContextMenuSub`),s=P(`Portal`);return q(),U(s,{appendTo:e.appendTo},{default:j(function(){return[L(ct,R({name:`p-anchored-overlay`,onEnter:a.onEnter,onAfterEnter:a.onAfterEnter,onLeave:a.onLeave,onAfterLeave:a.onAfterLeave},e.ptm(`transition`)),{default:j(function(){return[i.visible?(q(),I(`div`,R({key:0,ref:a.containerRef,class:e.cx(`root`)},e.ptmi(`root`)),[L(o,{ref:a.listRef,id:e.$id+`_list`,class:k(e.cx(`rootList`)),role:`menubar`,root:!0,tabindex:e.tabindex,"aria-orientation":`vertical`,"aria-activedescendant":i.focused?a.focusedItemIdx:void 0,menuId:e.$id,focusedItemId:i.focused?a.focusedItemIdx:void 0,items:a.processedItems,templates:e.$slots,activeItemPath:i.activeItemPath,"aria-labelledby":e.ariaLabelledby,"aria-label":e.ariaLabel,level:0,visible:i.submenuVisible,pt:e.pt,unstyled:e.unstyled,onFocus:a.onFocus,onBlur:a.onBlur,onKeydown:a.onKeyDown,onItemClick:a.onItemClick,onItemMouseenter:a.onItemMouseEnter,onItemMousemove:a.onItemMouseMove},null,8,[`id`,`class`,`tabindex`,`aria-activedescendant`,`menuId`,`focusedItemId`,`items`,`templates`,`activeItemPath`,`aria-labelledby`,`aria-label`,`visible`,`pt`,`unstyled`,`onFocus`,`onBlur`,`onKeydown`,`onItemClick`,`onItemMouseenter`,`onItemMousemove`])],16)):W(``,!0)]}),_:1},16,[`onEnter`,`onAfterEnter`,`onLeave`,`onAfterLeave`])]}),_:1},8,[`appendTo`])}Bs.render=Vs;var Hs=[`data-id`],Us={key:0},Ws=mt({__name:`TimelineMenu`,props:{items:{},label:{}},emits:[`pick`,`close`],setup(e,{expose:t,emit:n}){let r=n,i=A(null),a=z(()=>e.items.map(e=>({key:e.id,label:e.label,shortcut:e.key,disabled:e.disabled??!1,command:()=>r(`pick`,e.id)})));function o(e,t){let n={pageX:e+window.scrollX,pageY:t+window.scrollY,stopPropagation:()=>void 0,preventDefault:()=>void 0};i.value?.show(n)}return t({show:o}),(t,n)=>(q(),U(M(Bs),{ref_key:`menu`,ref:i,model:a.value,"aria-label":e.label,"data-testid":`timeline-menu`,onHide:n[0]||=e=>r(`close`)},{item:j(({item:e,props:t})=>[F(`a`,R(t.action,{"data-id":e.key}),[F(`span`,null,N(e.label),1),e.shortcut?(q(),I(`kbd`,Us,N(e.shortcut),1)):W(``,!0)],16,Hs)]),_:1},8,[`model`,`aria-label`]))}}),Gs={class:`lv-tl-preview`,"data-testid":`timeline-preview`},Ks={key:0,class:`lv-tl-preview__empty lv-muted`},qs=mt({__name:`TimelinePreview`,props:{layout:{},frame:{},rate:{}},emits:[`frame`,`ended`],setup(e,{emit:t}){let{t:n}=kt(),r=t,i=A(null),a=A(null),o=z(()=>bi(e.layout,e.frame)),s=z(()=>Math.max(1,e.layout.fps));function c(t){let n=e.layout.clips.find(e=>e.idx===t);return n?.segment.video?ht.segmentVideo(n.segment):null}function l(e,t,n,r){if(!e)return;let i=t===null?null:c(t);if(!i){e.removeAttribute(`src`),delete e.dataset.src,delete e.dataset.idx;return}e.dataset.src!==i&&(e.src=i,e.dataset.src=i,e.dataset.idx=String(t)),e.dataset.local=String(n);let a=(n+.5)/s.value,o=Math.abs(e.currentTime-a)*s.value;r?(o>1.5&&(e.currentTime=a),e.paused&&e.play().catch(()=>void 0)):(e.paused||e.pause(),o>.25&&(e.currentTime=a))}function u(){let t=o.value,n=e.rate===1;l(i.value,t?.idx??null,t?.local??0,n),l(a.value,t?.under?.idx??null,t?.under?.local??0,n),a.value&&(a.value.style.opacity=String(t?.under?.weight??0))}O([o,()=>e.rate],u,{flush:`post`}),O([i,a],u);let d=0,f={time:0,frame:0};function p(t){let n=f.frame+Math.trunc((t-f.time)/1e3*s.value*e.rate),i=Math.max(0,e.layout.total-1);e.rate>0&&n>=i||e.rate<0&&n<=0?(r(`frame`,Math.min(i,Math.max(0,n))),r(`ended`),d=0):(n!==e.frame&&r(`frame`,n),d=requestAnimationFrame(p))}return O(()=>e.rate,t=>{d&&cancelAnimationFrame(d),d=0,t!==0&&(f={time:performance.now(),frame:e.frame},d=requestAnimationFrame(p))},{immediate:!0}),lt(()=>{d&&cancelAnimationFrame(d)}),(e,t)=>(q(),I(`div`,Gs,[F(`video`,{ref_key:`top`,ref:i,class:`lv-tl-preview__video`,muted:``,playsinline:``,preload:`auto`,"data-testid":`timeline-video`},null,512),F(`video`,{ref_key:`under`,ref:a,class:`lv-tl-preview__video lv-tl-preview__under`,muted:``,playsinline:``,preload:`auto`,"data-testid":`timeline-video-under`},null,512),o.value?W(``,!0):(q(),I(`p`,Ks,N(M(n)(`timeline.nothingYet`)),1))]))}}),Js=[`data-idx`,`data-frames`,`aria-pressed`,`aria-label`,`onClick`,`onDblclick`,`onContextmenu`,`onMouseenter`,`onMousemove`],Ys=[`src`],Xs=[`data-cell`,`data-frame`],Zs={class:`lv-tl-clip__head`},Qs={key:0,class:`lv-tl-chip`},$s=[`aria-label`],ec={key:2,class:`lv-tl-chip lv-tl-chip--warn`,"data-testid":`clip-stale`},tc=[`title`],nc={key:2,class:`lv-tl-clip__prompt`},rc=[`data-after`,`aria-pressed`,`aria-label`,`onClick`],ic={class:`lv-tl-join__mode`},ac={key:0,class:`lv-tl-join__fade`},oc={key:1,class:`lv-tl-join__seam`},sc=mt({__name:`TimelineTrack`,props:{layout:{},frame:{},selected:{},selectedJoin:{default:null},pxPerFrame:{}},emits:[`seek`,`select`,`join`,`menu`],setup(e,{emit:t}){let{t:n}=kt(),r=Ye(),i=e=>e.status===`running`||e.status===`queued`?r.labelOf(e.backend):null,a=t,o=st(),s=A(null);function c(e){let t=e.segment;if(t.status!==`done`||!t.video||!t.frames||t.frames<2)return null;let n=ut(t.frames,12);return{frames:n,url:ht.filmstrip(t,n.length)}}function l(e,t){let n=c(e);if(!n)return;let r=t.currentTarget.getBoundingClientRect(),i=Math.max(0,Math.min(1,(t.clientX-r.left)/Math.max(1,r.width)))*((e.segment.frames??1)-1),a=0;n.frames.forEach((e,t)=>{Math.abs(e-i)<Math.abs((n.frames[a]??0)-i)&&(a=t)}),s.value={idx:e.idx,cell:a}}function u(e){let t=c(e),n=t?.frames.length??1,r=s.value?.cell??0;return{backgroundImage:`url("${t?.url??``}")`,backgroundSize:`${n*100}% 100%`,backgroundPosition:`${n>1?r/(n-1)*100:0}% 0`}}let d=A(null),f=z(()=>Math.max(1,e.layout.span)*e.pxPerFrame),p=z(()=>{let t=Math.max(1,e.layout.fps),n=t*e.pxPerFrame,r=[1,2,5,10,30,60].find(e=>e*n>=48)??120,i=[];for(let n=0;n*t<=e.layout.span;n+=r)i.push({x:n*t*e.pxPerFrame,label:`${n}s`});return i});function m(t){let n=e.layout.clips.find(e=>e.idx===t)?.segment;if(!n||n.status!==`running`)return null;let r=o.ofPrompt(n.prompt_id)??n.progress;return r?Math.round(r.fraction*1e3)/10:0}function h(e){let t=e=>e?` ${n(`timeline.join.above`)}`:``,r=[n(`timeline.join.name`,{from:e.after+1,to:e.next+1}),e.mode===`motion`?n(`timeline.join.motion`,{n:e.carry}):e.mode===`svi`?n(`timeline.join.svi`):n(`timeline.join.frame`),e.crossfade?n(`timeline.join.crossfade`,{n:e.crossfade}):n(`timeline.join.cut`),e.seam===null?n(`timeline.join.notMeasured`):n(`timeline.join.seam`,{value:Ct(e.seam,1)})+t(e.seamWarning)];return e.drift!==null&&r.push(n(`timeline.join.drift`,{value:Ct(e.drift,1)})+t(e.driftWarning)),r.join(` · `)}let g=!1;function _(t){let n=d.value;if(!n)return 0;let r=t.clientX-n.getBoundingClientRect().left;return Math.max(0,Math.min(Math.max(0,e.layout.total-1),Math.floor(r/e.pxPerFrame)))}function v(e){e.button===0&&(g=!0,e.currentTarget.setPointerCapture?.(e.pointerId),a(`seek`,_(e)))}function y(e){g&&a(`seek`,_(e))}function b(){g=!1}return(t,r)=>{let o=Re(`tooltip`);return q(),I(`div`,{ref_key:`area`,ref:d,class:`lv-tl-track`,style:Qe({width:`${f.value}px`}),"data-testid":`timeline-track`},[F(`div`,{class:`lv-tl-ruler`,"data-testid":`timeline-ruler`,onPointerdown:v,onPointermove:y,onPointerup:b,onPointercancel:b},[(q(!0),I(H,null,dt(p.value,e=>(q(),I(`span`,{key:e.x,class:`lv-tl-ruler__tick`,style:Qe({left:`${e.x}px`})},N(e.label),5))),128)),V(F(`span`,{class:`lv-tl-ruler__end`,style:Qe({left:`${e.layout.total*e.pxPerFrame}px`})},null,4),[[o,M(n)(`timeline.end`),void 0,{top:!0}]])],32),F(`div`,{class:`lv-tl-clips`,onPointerdown:Dt(v,[`self`]),onPointermove:y,onPointerup:b},[(q(!0),I(H,null,dt(e.layout.clips,t=>(q(),I(`button`,{key:t.idx,type:`button`,class:k([`lv-tl-clip`,[`lv-tl-clip--${t.segment.status}`,{"lv-tl-clip--selected":e.selected===t.idx,"lv-tl-clip--stale":t.segment.stale}]]),style:Qe({left:`${t.start*e.pxPerFrame}px`,width:`${Math.max(4,t.length*e.pxPerFrame-2)}px`}),"data-idx":t.idx,"data-frames":t.length,"aria-pressed":e.selected===t.idx,"data-testid":`timeline-clip`,"aria-label":M(n)(`timeline.clipLabel`,{n:t.idx+1,status:M(n)(`status.${t.segment.status}`),frames:t.length}),"aria-haspopup":`menu`,onClick:e=>a(`select`,t.idx),onDblclick:e=>t.inFinal&&a(`seek`,t.start),onContextmenu:Dt(e=>a(`menu`,t.idx,e.clientX,e.clientY),[`prevent`]),onMouseenter:e=>l(t,e),onMousemove:e=>l(t,e),onMouseleave:r[0]||=e=>s.value=null},[t.segment.status===`done`&&t.segment.last_frame?(q(),I(`img`,{key:0,class:`lv-tl-clip__poster`,src:M(ht).lastFrame(t.segment),alt:``,loading:`lazy`,draggable:`false`},null,8,Ys)):W(``,!0),s.value?.idx===t.idx&&c(t)?(q(),I(`span`,{key:1,class:`lv-tl-clip__poster lv-tl-clip__strip`,style:Qe(u(t)),"data-cell":s.value.cell,"data-frame":c(t)?.frames[s.value.cell],"data-testid":`clip-filmstrip`},null,12,Xs)):W(``,!0),F(`span`,Zs,[F(`b`,null,N(t.idx+1),1),t.segment.take_count>1?V((q(),I(`span`,Qs,[G(N(M(n)(`segment.takeOf`,{n:t.segment.take,total:t.segment.take_count})),1)])),[[o,M(n)(`timeline.takeCounts`),void 0,{top:!0}]]):W(``,!0),t.segment.locked?V((q(),I(`i`,{key:1,class:`pi pi-lock`,"aria-label":M(n)(`segment.locked`)},null,8,$s)),[[o,M(n)(`timeline.locked`),void 0,{top:!0}]]):W(``,!0),t.segment.stale?V((q(),I(`span`,ec,[G(N(M(n)(`segment.stale`)),1)])),[[o,M(n)(`timeline.staleTitle`),void 0,{top:!0}]]):W(``,!0),t.segment.status===`done`?W(``,!0):(q(),U(Le,{key:3,status:t.segment.status},null,8,[`status`])),i(t.segment)?(q(),I(`span`,{key:4,class:`lv-tl-chip lv-tl-chip--name`,title:M(n)(`segment.backendTitle`,{name:i(t.segment)??``}),"data-testid":`clip-backend`},N(i(t.segment)),9,tc)):W(``,!0)]),t.segment.status===`planned`||!t.inFinal?(q(),I(`span`,nc,N(t.segment.prompt),1)):W(``,!0),m(t.idx)===null?W(``,!0):(q(),U(ot,{key:3,class:`lv-tl-clip__progress`,value:m(t.idx)??0},null,8,[`value`]))],46,Js))),128)),(q(!0),I(H,null,dt(e.layout.joins,t=>V((q(),I(`button`,{key:`j${t.after}`,type:`button`,class:k([`lv-tl-join`,`lv-tl-join--${M(Si)(t)}`]),style:Qe({left:`${t.at*e.pxPerFrame}px`}),"data-after":t.after,"aria-pressed":e.selectedJoin===t.after,"aria-label":h(t),"data-testid":`timeline-join`,onClick:e=>a(`join`,t.after)},[F(`span`,ic,N(t.mode===`motion`?`M${t.carry}`:t.mode===`svi`?`SVI`:`F`),1),t.crossfade?(q(),I(`span`,ac,`×`+N(t.crossfade),1)):W(``,!0),t.seam===null?W(``,!0):(q(),I(`span`,oc,N(M(Ct)(t.seam,1)),1))],14,rc)),[[o,h(t),void 0,{top:!0}]])),128))],32),F(`div`,{class:`lv-tl-playhead`,style:Qe({left:`${e.frame*e.pxPerFrame}px`}),"data-testid":`timeline-playhead`,"aria-hidden":`true`},null,4)],4)}}}),cc=[`autofocus`,`aria-label`],lc={class:`lv-tl-bar`},uc=[`aria-label`],dc=[`data-frame`,`data-total`],fc={key:0,class:`lv-tl-chip`},pc={class:`lv-tl-side`},mc={key:0,class:`lv-empty lv-tl-empty`,"data-testid":`timeline-no-job`},hc={key:0,class:`lv-tl-side lv-tl-side--edit`},gc=mt({__name:`TimelineRoot`,props:{inOverlay:{type:Boolean}},setup(e){let t=e,{t:n}=kt(),r=We(),i=$e(),a=Ge(),o=Tt(),s=Ai(),c=rt(),{busy:l,run:u}=Nt(),d=A(null),f=A(null),p=Ze(f,800),m=A(!1),{rate:h,zoom:g,joinAfter:_}=Je(o);At(()=>{a.connect(`timeline`),r.loaded||r.loadJobs().catch(()=>void 0)}),lt(()=>{a.disconnect(`timeline`),h.value=0}),O(()=>i.jobId,e=>{e!==null&&r.current?.id!==e&&r.openJob(e).catch(()=>void 0)},{immediate:!0});let v=z(()=>i.jobId!==null&&r.current?.id===i.jobId?r.current:null);O(()=>v.value?.id,()=>{v.value&&o.restoreDraft(v.value.id,v.value.finalize_options)},{immediate:!0});let y=z(()=>v.value?yi(v.value,o.draftOf(v.value.id)):null),b=z(()=>y.value?.total??0),ee=z(()=>y.value?.fps??16),te=z(()=>{let e=Math.max(1,y.value?.span??1);return Math.max(.25,(p.value-24)/e*g.value)});O(b,e=>{o.frame>Math.max(0,e-1)&&o.seek(Math.max(0,e-1))}),O(()=>i.jobId,e=>{e!==o.viewJob&&(o.viewJob=e,h.value=0,o.seek(0),o.select(null),_.value=null)},{immediate:!0});let ne=z(()=>y.value?.joins.find(e=>e.after===_.value)??null);function re(e){_.value=null,o.select(e)}function ie(e){o.select(null),_.value=e}function x(){return u(`undo`,async()=>{let e=await s.undo();e&&Xe(`info`,n(`edits.undone`),e)},{failure:n(`edits.undoFailure`)})}let ae=z(()=>{let e=v.value;if(!e||e.status!==`awaiting_prompt`)return null;let t=e.segments.find(e=>e.status!==`done`);return t?.status===`planned`?t.idx:null});function S(){let e=v.value;return!e||ae.value===null?Promise.resolve():u(`continue`,()=>r.continueJob(e.id),{failure:n(`inspector.runFailure`)})}function C(){return o.selected===null?(y.value?bi(y.value,o.frame)?.idx:void 0)??null:o.selected}async function oe(e){e!==null&&y.value?.joins.some(t=>t.after===e)&&(ie(e),await gt(),d.value?.querySelector(`[data-testid="timeline-join-editor"] [data-testid="join-mode"] [role="combobox"]`)?.focus())}function w(){let e=y.value?bi(y.value,o.frame):null,t=v.value;return!e||!t?Promise.resolve():u(`new-job`,async()=>{let r=await _i.frameImage(t.id,e.idx,e.local),a=r.subfolder?`${r.subfolder}/${r.name}`:r.name;c.newJob={inputImage:a,source:n(`edits.frameSource`,{n:o.frame+1,name:t.name})},i.show(`new`),document.querySelector(`.lv-root`)||Pt(`Workspace.ToggleSidebarTab.longvideo`),Xe(`info`,n(`timeline.newJobFromFrame`),n(`edits.frameToast`,{n:e.idx+1,frame:e.local+1}))},{failure:n(`edits.frameFailure`)})}let se=A(null),ce=A(null),le=z(()=>{let e=v.value,t=e?.segments.find(e=>e.idx===se.value);if(!e||!t)return[];let r=y.value?.clips.find(e=>e.idx===t.idx),i=t.status===`planned`,a=t.status===`done`||t.status===`failed`,o=![`finalizing`,`completed`,`cancelled`].includes(e.status);return[{id:`play`,label:n(`menu.play`),key:`Space`,disabled:!r?.inFinal},{id:`edit`,label:n(i?`menu.edit`:`menu.takes`),key:`Enter`},...a?[{id:`redo`,label:n(`redo.redo`),key:`R`,disabled:t.locked||!o},{id:`seeds`,label:n(`takes.runSeeds`),key:`S`,disabled:t.locked||!o}]:[],...t.status===`done`?[{id:`lock`,label:t.locked?n(`menu.unlock`):n(`menu.lock`),key:`Shift+L`}]:[],...ae.value===t.idx?[{id:`run`,label:n(`menu.run`),key:`G`}]:[],{id:`insert`,label:n(`menu.insert`),key:`I`,disabled:!o},...y.value?.joins.some(e=>e.after===t.idx)?[{id:`join`,label:n(`menu.join`),key:`E`}]:[],...i?[{id:`earlier`,label:n(`menu.earlier`),key:`Alt+←`},{id:`later`,label:n(`menu.later`),key:`Alt+→`},{id:`delete`,label:n(`common.delete`),key:`Delete`}]:[],{id:`new-job`,label:n(`timeline.newJobFromFrame`),key:`N`,disabled:!r?.inFinal}]});async function ue(e,t,n){re(e),se.value=e,await gt(),ce.value?.show(t,n)}function T(){let e=document.activeElement;e&&e!==d.value&&d.value?.contains(e)||d.value?.querySelector(`[data-testid="timeline-clip"][data-idx="${se.value}"]`)?.focus()}let de={redo:`redo`,seeds:`seeds`,lock:`lock`,earlier:`move-earlier`,later:`move-later`,delete:`delete`,"new-job":`new-job`,insert:`insert`,run:`continue`,join:`join`};async function E(e){let t=se.value;if(T(),t===null)return;let n=y.value?.clips.find(e=>e.idx===t);if((e===`play`||e===`new-job`)&&n?.inFinal&&D(n.start),e===`play`){h.value=1;return}await gt();let r=de[e];r&&ge(r)}function fe(e){d.value?.querySelector(`[data-testid="timeline-inspector"] [data-testid="${e}"]`)?.click()}function pe(e){let t=y.value?.clips??[],n=t.findIndex(e=>e.idx===o.selected),r=t[n===-1?e>0?0:t.length-1:Math.min(t.length-1,Math.max(0,n+e))];r&&re(r.idx)}function D(e){o.seek(Math.min(Math.max(0,b.value-1),Math.max(0,e)))}function me(){h.value===0?(o.frame>=b.value-1&&D(0),h.value=1):h.value=0}function he(){return(y.value?.clips??[]).filter(e=>e.inFinal).map(e=>e.start)}function ge(e){let n=ee.value;switch(e){case`play`:return me();case`pause`:h.value=0;return;case`forward`:h.value=h.value>=1?Math.min(4,h.value*2):1;return;case`backward`:h.value=h.value<=-1?Math.max(-4,h.value*2):-1;return;case`frame-next`:return h.value=0,D(o.frame+1);case`frame-prev`:return h.value=0,D(o.frame-1);case`second-next`:return D(o.frame+n);case`second-prev`:return D(o.frame-n);case`start`:return D(0);case`end`:return D(b.value-1);case`clip-next`:return D(he().find(e=>e>o.frame)??b.value-1);case`clip-prev`:return D([...he()].reverse().find(e=>e<o.frame)??0);case`zoom-in`:g.value=Math.min(16,g.value*1.5);return;case`zoom-out`:g.value=Math.max(1,g.value/1.5);return;case`help`:m.value=!m.value;return;case`select-here`:{let e=y.value?bi(y.value,o.frame):null;e&&re(e.idx);return}case`select-prev`:return pe(-1);case`select-next`:return pe(1);case`deselect`:m.value?m.value=!1:o.selected===null&&_.value===null&&t.inOverlay?pt():re(null);return;case`move-earlier`:return fe(`inspector-earlier`);case`move-later`:return fe(`inspector-later`);case`insert`:d.value?.querySelector(`[data-testid="inspector-new-prompt"]`)?.focus();return;case`delete`:return fe(`inspector-delete`);case`redo`:return fe(`redo`);case`seeds`:return fe(`run-seeds`);case`lock`:return fe(`inspector-lock`);case`new-job`:w();return;case`continue`:S();return;case`join`:oe(C());return;case`undo`:x();return;case`menu`:{let e=C(),t=d.value?.querySelector(`[data-testid="timeline-clip"][data-idx="${e}"]`);if(e==null||!t)return;let n=t.getBoundingClientRect();ue(e,n.left+8,n.bottom-8);return}}}function _e(e){let t=e.target;if(t&&/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)||e.defaultPrevented||t?.closest(`[role="combobox"], [role="slider"]`)||(e.key===`Enter`||e.key===` `)&&t?.closest(`button, a, [role="menuitem"]`))return;let n=wi(e);n&&(e.preventDefault(),e.stopPropagation(),ge(n))}function ve(e){typeof e==`number`&&Number.isInteger(e)&&e>0&&i.openJob(e)}return(t,a)=>{let c=Re(`tooltip`);return q(),I(`div`,{ref_key:`root`,ref:d,class:`lv-panel lv-tl`,tabindex:`0`,autofocus:e.inOverlay,"data-testid":`timeline-view`,"aria-label":M(n)(`timeline.title`),onKeydown:_e},[F(`header`,lc,[L(M(Ba),{class:`lv-tl-job`,"model-value":M(i).jobId,options:M(r).jobs,"option-label":`name`,"option-value":`id`,placeholder:M(n)(`timeline.chooseJob`),filter:M(r).jobs.length>8,"filter-placeholder":M(n)(`timeline.findJob`),"empty-filter-message":M(n)(`timeline.noJobFound`),"aria-label":M(n)(`job.job`),"data-testid":`timeline-job`,"onUpdate:modelValue":ve},null,8,[`model-value`,`options`,`placeholder`,`filter`,`filter-placeholder`,`empty-filter-message`,`aria-label`]),F(`div`,{class:`lv-tl-transport`,role:`group`,"aria-label":M(n)(`timeline.playback`)},[V(L(B,{icon:`pi pi-step-backward`,text:``,size:`small`,"aria-label":M(n)(`timeline.prevFrame`),onClick:a[0]||=e=>ge(`frame-prev`)},null,8,[`aria-label`]),[[c,M(n)(`timeline.prevFrame`),void 0,{bottom:!0}]]),V(L(B,{icon:M(h)===0?`pi pi-play`:`pi pi-pause`,size:`small`,"aria-label":M(h)===0?M(n)(`timeline.play`):M(n)(`timeline.pause`),disabled:!b.value,"data-testid":`timeline-play`,onClick:me},null,8,[`icon`,`aria-label`,`disabled`]),[[c,M(h)===0?M(n)(`timeline.play`):M(n)(`timeline.pause`),void 0,{bottom:!0}]]),V(L(B,{icon:`pi pi-step-forward`,text:``,size:`small`,"aria-label":M(n)(`timeline.nextFrame`),onClick:a[1]||=e=>ge(`frame-next`)},null,8,[`aria-label`]),[[c,M(n)(`timeline.nextFrame`),void 0,{bottom:!0}]])],8,uc),F(`output`,{class:`lv-tl-counter`,"data-frame":M(o).frame,"data-total":b.value,"data-testid":`timeline-counter`,"aria-live":`off`},[F(`b`,null,N(b.value?M(o).frame+1:b.value),1),G(` `+N(M(n)(`timeline.ofFrames`,{n:b.value}))+` · `+N(M(xi)(M(o).frame,ee.value))+` `,1),M(h)!==0&&M(h)!==1?(q(),I(`span`,fc,N(M(h)>0?`${M(h)}×`:`◀ ${-M(h)}×`),1)):W(``,!0)],8,dc),a[7]||=F(`span`,{class:`lv-tl-spacer`},null,-1),V(L(B,{icon:`pi pi-undo`,text:``,size:`small`,label:M(s).undoLabel?M(n)(`common.undo`):``,disabled:!M(s).undoLabel,loading:M(l)===`undo`,"aria-label":M(s).undoLabel?M(n)(`timeline.undo`,{what:M(s).undoLabel}):M(n)(`timeline.nothingToUndo`),"data-testid":`timeline-undo`,onClick:x},null,8,[`label`,`disabled`,`loading`,`aria-label`]),[[c,M(s).undoLabel?M(n)(`timeline.undo`,{what:M(s).undoLabel}):M(n)(`timeline.nothingToUndo`),void 0,{bottom:!0}]]),V(L(B,{icon:`pi pi-file-plus`,text:``,size:`small`,label:M(n)(`timeline.newJobFromFrame`),disabled:!b.value,loading:M(l)===`new-job`,"data-testid":`timeline-new-job`,onClick:w},null,8,[`label`,`disabled`,`loading`]),[[c,M(n)(`timeline.newJobFromFrameTitle`),void 0,{bottom:!0}]]),L(Co,{open:m.value,"onUpdate:open":a[2]||=e=>m.value=e},null,8,[`open`]),e.inOverlay?V((q(),U(B,{key:0,icon:`pi pi-times`,text:``,size:`small`,"aria-label":M(n)(`timeline.closeLabel`),"data-testid":`timeline-close`,onClick:M(pt)},null,8,[`aria-label`,`onClick`])),[[c,M(n)(`timeline.close`),void 0,{bottom:!0}]]):W(``,!0)]),F(`div`,{class:k([`lv-tl-body`,{"lv-tl-body--edit":v.value&&(M(o).selected!==null||ne.value)}])},[F(`div`,pc,[y.value?(q(),U(qs,{key:0,layout:y.value,frame:M(o).frame,rate:M(h),onFrame:D,onEnded:a[3]||=e=>h.value=0},null,8,[`layout`,`frame`,`rate`])):W(``,!0)]),F(`div`,{ref_key:`scroller`,ref:f,class:`lv-tl-scroll`},[y.value?(q(),U(sc,{key:1,layout:y.value,frame:M(o).frame,selected:M(o).selected,"selected-join":M(_),"px-per-frame":te.value,onSeek:a[4]||=e=>{h.value=0,D(e)},onSelect:re,onJoin:ie,onMenu:ue},null,8,[`layout`,`frame`,`selected`,`selected-join`,`px-per-frame`])):(q(),I(`p`,mc,N(M(n)(`timeline.noJob`)),1)),y.value&&v.value?(q(),U(go,{key:2,layout:y.value,job:v.value,"px-per-frame":te.value},null,8,[`layout`,`job`,`px-per-frame`])):W(``,!0)],512),v.value&&(M(o).selected!==null||ne.value)?(q(),I(`div`,hc,[M(o).selected===null?ne.value?(q(),U(xs,{key:`j${ne.value.after}`,job:v.value,join:ne.value,onClose:a[6]||=e=>_.value=null},null,8,[`job`,`join`])):W(``,!0):(q(),U(Vo,{key:M(o).selected,job:v.value,idx:M(o).selected,onClose:a[5]||=e=>re(null),onSelect:re},null,8,[`job`,`idx`]))])):W(``,!0)],2),L(Ws,{ref_key:`menu`,ref:ce,items:le.value,label:M(n)(`newJob.segmentN`,{n:(se.value??0)+1}),onPick:E,onClose:T},null,8,[`items`,`label`])],40,cc)}}}),_c=mt({__name:`TimelineWindow`,setup(e){let{t}=kt();function n(e){e||pt()}return(e,r)=>M(Ot).placed?(q(),U(M(ri),{key:0,visible:M(Ot).open,modal:``,"dismissable-mask":``,"close-on-escape":!1,"show-header":!1,"block-scroll":!0,"append-to":`self`,"aria-label":M(t)(`timeline.title`),"aria-labelledby":null,"data-testid":`timeline-dialog`,"onUpdate:visible":n},{default:j(()=>[L(gc,{"in-overlay":``})]),_:1},8,[`visible`,`aria-label`])):(q(),U(gc,{key:1}))}});wt(Rt);function vc(e){In(e)}export{_c as default,vc as setupTimelineApp};